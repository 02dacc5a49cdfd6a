package org.displacementstats.table;

import java.util.Objects;
import org.displacementstats.flowlog.FlowLogSummary;
import org.displacementstats.flowlog.FlowLogSummary.DateTotals;
import org.displacementstats.flowlog.FlowLogSummary.DestinationTotals;
import org.displacementstats.flowlog.FlowLogSummary.OriginDestinationTotals;
import org.displacementstats.flowlog.FlowLogSummary.RejectedRow;
import org.displacementstats.flowlog.FlowLogSummary.Totals;
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
        TableBuilder b = new TableBuilder("flows-by-origin-destination").text("origin", "destination")
                .people("rows", "point", "low", "high");
        for (OriginDestinationTotals r : summary.byOriginDestination()) {
            Totals t = r.totals();
            b.row(r.origin(), r.destination(), t.rows(), t.point(), t.low(), t.high());
        }
        return b.build();
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
