package org.displacementstats.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.displacementstats.flowlog.FlowLogSummary;
import org.displacementstats.flowlog.FlowLogSummary.DateTotals;
import org.displacementstats.flowlog.FlowLogSummary.DestinationTotals;
import org.displacementstats.flowlog.FlowLogSummary.OriginDestinationTotals;
import org.displacementstats.flowlog.FlowLogSummary.RejectedRow;
import org.displacementstats.flowlog.FlowLogSummary.Totals;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A flow log's summary as Tablesaw tables, built from its small result records (never from the rows):
 * counts in {@code LongColumn}s, an empty {@code high} for an unbounded sum, shares in a {@code DoubleColumn}.
 *
 * <pre>{@code
 * FlowLogTables t = FlowLogTables.of(FlowLogSummary.summarize(Path.of("flows.csv"), Options.defaults()));
 * Table od = t.byOriginDestination();   // origin, destination, rows, point, low, high
 * }</pre>
 */
public final class FlowLogTables {
    private final FlowLogSummary summary;

    private FlowLogTables(FlowLogSummary summary) {
        this.summary = summary;
    }

    /**
     * @param summary a flow log's summary
     * @return its tables, built on request
     */
    public static FlowLogTables of(FlowLogSummary summary) {
        return new FlowLogTables(Objects.requireNonNull(summary, "summary"));
    }

    /** @return columns origin, destination, rows, point, low, high; by origin then destination */
    public Table byOriginDestination() {
        // Built column by column from arrays: the table can have a row per pair of places, and cell-by-cell
        // appends cost more than the whole summary of a million-row log.
        List<OriginDestinationTotals> rows = summary.byOriginDestination();
        String[] origins = new String[rows.size()];
        String[] destinations = new String[rows.size()];
        List<Totals> totals = new ArrayList<>(rows.size());
        for (int i = 0; i < origins.length; i++) {
            OriginDestinationTotals r = rows.get(i);
            origins[i] = r.origin();
            destinations[i] = r.destination();
            totals.add(r.totals());
        }
        Table t = Table.create("flows-by-origin-destination", StringColumn.create("origin", origins),
                StringColumn.create("destination", destinations));
        t.addColumns(people(totals));
        return t;
    }

    /** The columns rows, point, low, high; a missing high where the sum is unbounded. */
    private static LongColumn[] people(List<Totals> totals) {
        long[] rows = new long[totals.size()];
        long[] point = new long[rows.length];
        long[] low = new long[rows.length];
        long[] high = new long[rows.length];
        for (int i = 0; i < rows.length; i++) {
            Totals t = totals.get(i);
            rows[i] = t.rows();
            point[i] = t.point();
            low[i] = t.low();
            high[i] = t.high().orElse(0);
        }
        LongColumn highColumn = LongColumn.create("high", high);
        for (int i = 0; i < rows.length; i++) {
            if (totals.get(i).high().isEmpty()) {
                highColumn.setMissing(i);
            }
        }
        return new LongColumn[] {LongColumn.create("rows", rows), LongColumn.create("point", point),
            LongColumn.create("low", low), highColumn};
    }

    /** @return columns date, rows, point, low, high; by date */
    public Table byDate() {
        TableBuilder b = new TableBuilder("flows-by-date").date("date").people("rows", "point", "low", "high");
        for (DateTotals r : summary.byDate()) {
            Totals t = r.totals();
            b.row(r.date(), t.rows(), t.point(), t.low(), t.high());
        }
        return b.build();
    }

    /** @return columns destination, rows, point, low, high, share_of_point; by destination */
    public Table byDestination() {
        TableBuilder b = new TableBuilder("flows-by-destination").text("destination").people("rows", "point", "low", "high")
                .decimal("share_of_point");
        for (DestinationTotals r : summary.byDestination()) {
            Totals t = r.totals();
            b.row(r.destination(), t.rows(), t.point(), t.low(), t.high(), r.shareOfPoint());
        }
        return b.build();
    }

    /** @return columns line, column, field, value, reason: the rows left out, by line */
    public Table rejected() {
        TableBuilder b = new TableBuilder("rejected").people("line").integer("column").text("field", "value", "reason");
        for (RejectedRow r : summary.rejected()) {
            b.row(r.line(), r.column(), r.field(), r.value(), r.reason());
        }
        return b.build();
    }
}
