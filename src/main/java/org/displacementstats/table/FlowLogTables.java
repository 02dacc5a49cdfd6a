package org.displacementstats.table;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.displacementstats.RejectedRow;
import org.displacementstats.flowlog.FlowLogSummary;
import org.displacementstats.flowlog.FlowLogSummary.DateTotals;
import org.displacementstats.flowlog.FlowLogSummary.DestinationTotals;
import org.displacementstats.flowlog.FlowLogSummary.OriginDestinationTotals;
import org.displacementstats.flowlog.FlowLogSummary.Totals;
import tech.tablesaw.api.Table;

/**
 * A flow log's summary as Tablesaw tables, built from its small result records (never from the rows), which are
 * the tables' typed rows: counts in {@code LongColumn}s, a missing {@code high} with {@code high_unbounded} true
 * for an unbounded sum, shares in a {@code DoubleColumn}. Immutable and safe to share.
 *
 * <pre>{@code
 * FlowLogTables t = FlowLogTables.of(FlowLogSummary.summarize(Path.of("flows.csv"), Options.defaults()));
 * Table od = t.byOriginDestination();   // origin, destination, rows, point, low, high
 * }</pre>
 */
public final class FlowLogTables {
    /** Column {@value}: where the people left. */
    public static final String ORIGIN = "origin";
    /** Column {@value}: where they went. */
    public static final String DESTINATION = "destination";
    /** Column {@value}: the day of the flows. */
    public static final String DATE = "date";
    /** Column {@value}: how many rows of the log are summed. */
    public static final String ROWS = "rows";
    /** Column {@value}: the sum of their point estimates. */
    public static final String POINT = "point";
    /** Column {@value}: the sum of their lower bounds. */
    public static final String LOW = "low";
    /** Column {@value}: the sum of their upper bounds; missing when one is unbounded. */
    public static final String HIGH = "high";
    /** Column {@value}: true when {@link #HIGH} is unbounded above (its cell is then missing). */
    public static final String HIGH_UNBOUNDED = "high_unbounded";
    /** Column {@value}: the destination's share of all the points. */
    public static final String SHARE_OF_POINT = "share_of_point";
    /** Column {@value}: the line of a row left out. */
    public static final String LINE = "line";
    /** Column {@value}: the column of the bad value. */
    public static final String COLUMN = "column";
    /** Column {@value}: the field of the bad value. */
    public static final String FIELD = "field";
    /** Column {@value}: the bad value. */
    public static final String VALUE = "value";
    /** Column {@value}: why the row was left out, and what would be valid. */
    public static final String REASON = "reason";

    /** The columns of {@code flows-by-origin-destination}, in order. */
    public static final Columns<OriginDestinationTotals> BY_ORIGIN_DESTINATION = totals(
                    Columns.<OriginDestinationTotals>named("flows-by-origin-destination")
                            .text(ORIGIN, OriginDestinationTotals::origin)
                            .text(DESTINATION, OriginDestinationTotals::destination),
                    OriginDestinationTotals::totals)
            .build();

    /** The columns of {@code flows-by-date}, in order. */
    public static final Columns<DateTotals> BY_DATE = totals(
                    Columns.<DateTotals>named("flows-by-date").date(DATE, DateTotals::date), DateTotals::totals)
            .build();

    /** The columns of {@code flows-by-destination}, in order. */
    public static final Columns<DestinationTotals> BY_DESTINATION = totals(
                    Columns.<DestinationTotals>named("flows-by-destination")
                            .text(DESTINATION, DestinationTotals::destination),
                    DestinationTotals::totals)
            .decimal(SHARE_OF_POINT, DestinationTotals::shareOfPoint)
            .build();

    /** The columns of {@code rejected}, in order. */
    public static final Columns<RejectedRow> REJECTED = Columns.<RejectedRow>named("rejected")
            .people(LINE, RejectedRow::line)
            .integer(COLUMN, RejectedRow::column)
            .text(FIELD, RejectedRow::field)
            .text(VALUE, RejectedRow::value)
            .text(REASON, RejectedRow::reason)
            .build();

    private final FlowLogSummary summary;

    private FlowLogTables(FlowLogSummary summary) {
        this.summary = summary;
    }

    private static <R> Columns.Builder<R> totals(Columns.Builder<R> key, Function<R, Totals> totals) {
        return key.people(ROWS, r -> totals.apply(r).rows())
                .people(POINT, r -> totals.apply(r).point())
                .people(LOW, r -> totals.apply(r).low())
                .peopleBound(HIGH, r -> Optional.of(totals.apply(r).high()));
    }

    /**
     * @param summary a flow log's summary
     * @return its tables, built on request
     */
    public static FlowLogTables of(FlowLogSummary summary) {
        return new FlowLogTables(Objects.requireNonNull(summary, "summary"));
    }

    /** @return columns origin, destination, rows, point, low, high, high_unbounded; by origin then destination */
    public Table byOriginDestination() {
        return BY_ORIGIN_DESTINATION.table(summary.byOriginDestination());
    }

    /** @return columns date, rows, point, low, high, high_unbounded; by date */
    public Table byDate() {
        return BY_DATE.table(summary.byDate());
    }

    /** @return columns destination, rows, point, low, high, high_unbounded, share_of_point; by destination */
    public Table byDestination() {
        return BY_DESTINATION.table(summary.byDestination());
    }

    /** @return columns line, column, field, value, reason: the rows left out, by line */
    public Table rejected() {
        return REJECTED.table(summary.rejected());
    }
}
