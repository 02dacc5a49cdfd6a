package org.displacementstats.report;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.flowlog.FlowLogSummary;
import org.displacementstats.table.FlowLogTables;
import tech.tablesaw.api.Table;

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
 */
public final class FlowLogReport {
    /** Every file a flow-log report may hold, in the order they are written. */
    public static final List<String> FILES =
            List.of("flows-by-origin-destination.csv", "flows-by-date.csv", "flows-by-destination.csv", "rejected.csv");

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
        FlowLogTables t = FlowLogTables.of(summary);
        Map<String, Table> tables = new LinkedHashMap<>();
        tables.put(FILES.get(0), t.byOriginDestination());
        tables.put(FILES.get(1), t.byDate());
        tables.put(FILES.get(2), t.byDestination());
        if (List.of(options).contains(Option.REJECTED_ROWS)) {
            tables.put(FILES.get(3), t.rejected());
        }
        ReportWriter.write(tables, dir, FILES, Set.of(), file -> {});
    }
}
