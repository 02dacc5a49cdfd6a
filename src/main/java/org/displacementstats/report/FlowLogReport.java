package org.displacementstats.report;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.flowlog.FlowLogSummary;
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
            Lines lines = new Lines();
            lines.write(temporary.resolve(FILES.get(0)), BY_ORIGIN_DESTINATION, summary.byOriginDestination(), r -> {
                lines.first(r.origin()).later(r.destination());
                lines.totals(r.totals());
            });
            lines.write(temporary.resolve(FILES.get(1)), BY_DATE, summary.byDate(), r -> {
                lines.raw(r.date().toString());
                lines.totals(r.totals());
            });
            lines.write(temporary.resolve(FILES.get(2)), BY_DESTINATION, summary.byDestination(), r -> {
                lines.first(r.destination()).totals(r.totals());
                lines.raw(
                        r.shareOfPoint().isPresent()
                                ? ReportWriter.decimal(r.shareOfPoint().getAsDouble())
                                : "");
            });
            if (rejected) {
                lines.write(temporary.resolve(FILES.get(3)), REJECTED, summary.rejected(), r -> {
                    String record = lines.record(
                            Long.toString(r.line()),
                            Integer.toString(r.column()),
                            CsvCells.guard(r.field()),
                            CsvCells.guard(r.value()),
                            CsvCells.guard(r.reason()));
                    lines.raw(record.substring(0, record.length() - 1));
                });
            }
        });
    }

    /**
     * The files' lines, cell by cell, exactly as FastCSV's writer prints them (quoted when a cell holds a comma, a
     * quote or a line break, or, as the first of its line, begins with {@code #}), but with the text of each place's
     * cell made once, not once per line: the by-origin-destination file has a line per pair.
     */
    private static final class Lines {
        private final StringWriter text = new StringWriter();
        private final CsvWriter csv =
                CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(text);
        private final Map<String, String> firstCells = new HashMap<>();
        private final Map<String, String> laterCells = new HashMap<>();
        private final StringBuilder line = new StringBuilder(1 << 17);

        /** One file: the header, then one line per record, its cells appended by {@code cells}. */
        <R> void write(Path file, List<String> header, List<R> rows, Consumer<R> cells) throws IOException {
            // Encoded a block at a time by String.getBytes (a copy when the text is ASCII), not char by char.
            try (OutputStream out = Files.newOutputStream(file)) {
                line.setLength(0);
                line.append(record(header.toArray(new String[0])));
                for (R r : rows) {
                    cells.accept(r);
                    // Each cell is followed by a comma; the line's last ends it.
                    line.setCharAt(line.length() - 1, '\n');
                    if (line.length() >= 1 << 16) {
                        out.write(line.toString().getBytes(StandardCharsets.UTF_8));
                        line.setLength(0);
                    }
                }
                out.write(line.toString().getBytes(StandardCharsets.UTF_8));
            }
        }

        /** A record as FastCSV writes it, with its line feed. */
        String record(String... cells) {
            csv.writeRecord(cells);
            try {
                csv.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("a StringWriter cannot fail", e);
            }
            String r = text.toString();
            text.getBuffer().setLength(0);
            return r;
        }

        /** Appends the first cell of a line: a place's name, guarded. */
        Lines first(String name) {
            line.append(firstCells.computeIfAbsent(name, n -> {
                        String r = record(CsvCells.guard(n), "x");
                        return r.substring(0, r.length() - ",x\n".length());
                    }))
                    .append(',');
            return this;
        }

        /** Appends a later cell of a line: a place's name, guarded. */
        Lines later(String name) {
            line.append(laterCells.computeIfAbsent(name, n -> {
                        String r = record("x", CsvCells.guard(n));
                        return r.substring("x,".length(), r.length() - 1);
                    }))
                    .append(',');
            return this;
        }

        /** Appends a cell that needs no quotes (a number, a date), or a line that {@link #record} made. */
        Lines raw(String cell) {
            line.append(cell).append(',');
            return this;
        }

        /** Appends the four cells of a sum: rows, point, low, and high or {@value CsvReport#UNBOUNDED}. */
        Lines totals(Totals t) {
            line.append(t.rows())
                    .append(',')
                    .append(t.point())
                    .append(',')
                    .append(t.low())
                    .append(',');
            if (t.high().isPresent()) {
                line.append(t.high().getAsLong());
            } else {
                line.append(CsvReport.UNBOUNDED);
            }
            line.append(',');
            return this;
        }
    }
}
