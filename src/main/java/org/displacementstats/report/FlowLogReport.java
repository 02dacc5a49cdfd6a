package org.displacementstats.report;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.RejectedRow;
import org.displacementstats.flowlog.FlowLogSummary;
import org.displacementstats.flowlog.FlowLogSummary.DateTotals;
import org.displacementstats.flowlog.FlowLogSummary.DestinationTotals;
import org.displacementstats.flowlog.FlowLogSummary.Totals;
import org.displacementstats.internal.AtomicDirectory;
import org.displacementstats.internal.CsvCells;
import org.displacementstats.table.FlowLogTables;

/**
 * Writes a flow log's summary as CSV files, with the conventions of {@link CsvReport} (UTF-8, {@code \n},
 * RFC 4180, guarded text cells, shares rounded half-even to {@value CsvReport#DECIMALS} places,
 * {@value CsvReport#UNBOUNDED} as the {@code high} of an unbounded sum, written atomically):
 * {@code flows-by-origin-destination.csv}, {@code flows-by-date.csv}, {@code flows-by-destination.csv}, and
 * {@code rejected.csv} when bad rows were left out. {@link CsvReport#writeTable} writes one of these tables to a
 * {@code Writer} instead.
 *
 * <pre>{@code
 * FlowLogReport.write(FlowLogSummary.summarize(Path.of("flows.csv"), Options.defaults()), Path.of("summary"));
 * }</pre>
 *
 * <p>The files hold the columns of {@link FlowLogTables}, cell for cell as {@link CsvReport#writeTable} prints
 * those tables, but are written straight from the summary's records: building the Tablesaw tables (and loading
 * Tablesaw) took about a fifth of a 5-million-row {@code summarize}.
 */
public final class FlowLogReport {
    /** Every file a flow-log report may hold, in the order they are written. */
    public static final List<String> FILES =
            List.of("flows-by-origin-destination.csv", "flows-by-date.csv", "flows-by-destination.csv", "rejected.csv");

    // The columns of FlowLogTables, without the flags that the report folds into "inf"; named here rather than
    // read from FlowLogTables' declarations, which would load Tablesaw's column types.
    private static final List<String> BY_ORIGIN_DESTINATION = List.of(
            FlowLogTables.ORIGIN,
            FlowLogTables.DESTINATION,
            FlowLogTables.ROWS,
            FlowLogTables.POINT,
            FlowLogTables.LOW,
            FlowLogTables.HIGH);
    private static final List<String> BY_DATE =
            List.of(FlowLogTables.DATE, FlowLogTables.ROWS, FlowLogTables.POINT, FlowLogTables.LOW, FlowLogTables.HIGH);
    private static final List<String> BY_DESTINATION = List.of(
            FlowLogTables.DESTINATION,
            FlowLogTables.ROWS,
            FlowLogTables.POINT,
            FlowLogTables.LOW,
            FlowLogTables.HIGH,
            FlowLogTables.SHARE_OF_POINT);
    private static final List<String> REJECTED = List.of(
            FlowLogTables.LINE, FlowLogTables.COLUMN, FlowLogTables.FIELD, FlowLogTables.VALUE, FlowLogTables.REASON);

    private FlowLogReport() {}

    /** Choices for {@link #write(FlowLogSummary, Path, Option...)}. */
    public enum Option {
        /** Also write {@code rejected.csv}, the rows left out (header only when none was). */
        REJECTED_ROWS
    }

    /**
     * Writes the report of {@code summary} into {@code dir}, replacing a previous flow-log report there.
     *
     * @param summary the summary
     * @param dir the directory; created if missing
     * @param options {@link Option#REJECTED_ROWS} to write {@code rejected.csv}
     * @throws DisplacementDataException if {@code dir} holds other files, or cannot be written; a previous
     *     report is then left as it was
     */
    public static void write(FlowLogSummary summary, Path dir, Option... options) {
        Objects.requireNonNull(summary, "summary");
        boolean rejected = List.of(options).contains(Option.REJECTED_ROWS);
        AtomicDirectory.replace(dir, "the report", Set.copyOf(FILES), temporary -> {
            write(temporary.resolve(FILES.get(0)), BY_ORIGIN_DESTINATION, summary.byOriginDestination(), (r, cells) -> {
                cells[0] = CsvCells.guard(r.origin());
                cells[1] = CsvCells.guard(r.destination());
                totals(r.totals(), cells, 2);
            });
            write(temporary.resolve(FILES.get(1)), BY_DATE, summary.byDate(), (DateTotals r, String[] cells) -> {
                cells[0] = r.date().toString();
                totals(r.totals(), cells, 1);
            });
            write(
                    temporary.resolve(FILES.get(2)),
                    BY_DESTINATION,
                    summary.byDestination(),
                    (DestinationTotals r, String[] cells) -> {
                        cells[0] = CsvCells.guard(r.destination());
                        totals(r.totals(), cells, 1);
                        cells[5] = r.shareOfPoint().isPresent()
                                ? ReportWriter.decimal(r.shareOfPoint().getAsDouble())
                                : "";
                    });
            if (rejected) {
                writeRejected(temporary.resolve(FILES.get(3)), summary.rejected());
            }
        });
    }

    private static void writeRejected(Path file, List<RejectedRow> rows) throws IOException {
        write(file, REJECTED, rows, (RejectedRow r, String[] cells) -> {
            cells[0] = Long.toString(r.line());
            cells[1] = Integer.toString(r.column());
            cells[2] = CsvCells.guard(r.field());
            cells[3] = CsvCells.guard(r.value());
            cells[4] = CsvCells.guard(r.reason());
        });
    }

    /** The four cells of a sum from {@code at}: rows, point, low, and high or {@value CsvReport#UNBOUNDED}. */
    private static void totals(Totals t, String[] cells, int at) {
        cells[at] = Long.toString(t.rows());
        cells[at + 1] = Long.toString(t.point());
        cells[at + 2] = Long.toString(t.low());
        cells[at + 3] = t.high().isPresent() ? Long.toString(t.high().getAsLong()) : CsvReport.UNBOUNDED;
    }

    /** One file: the header, then one row per record, its cells set by {@code cells}. */
    private static <R> void write(Path file, List<String> header, List<R> rows, BiConsumer<R, String[]> cells)
            throws IOException {
        try (Writer out = new BufferedWriter(
                        new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
                CsvWriter csv =
                        CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out)) {
            csv.writeRecord(header);
            String[] row = new String[header.size()];
            for (R r : rows) {
                cells.accept(r, row);
                csv.writeRecord(row);
            }
        }
    }
}
