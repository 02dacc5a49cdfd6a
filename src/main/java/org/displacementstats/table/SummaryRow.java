package org.displacementstats.table;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.displacementstats.figure.Estimate;

/**
 * One row of the grouped summaries ({@link SummaryTables#byOrigin()}, {@link SummaryTables#byDestination()},
 * {@link SummaryTables#byPeriod()}): the stocks and the flows of one group, kept apart.
 *
 * <p>An absent {@code stock} or {@code flow} (the group has none) is not an unbounded one (present, with an empty
 * {@code interval().high()}); in the table, an absent estimate leaves its point, low and high cells and their
 * {@code _unbounded} flags all missing, an unbounded one only its high, with {@code stock_high_unbounded} true.
 *
 * <p>Built by {@link SummaryTables}. Equal rows have equal fields.
 * Immutable and safe to share between threads.
 */
public final class SummaryRow {
    /** Column {@value} of {@link #BY_ORIGIN}: the flows' origin. */
    public static final String ORIGIN = "origin";
    /** Column {@value} of {@link #BY_DESTINATION}: the stocks' place or the flows' destination. */
    public static final String DESTINATION = "destination";
    /** Column {@value} of {@link #BY_PERIOD}: the period. */
    public static final String PERIOD = "period";
    /** Column {@value} of {@link #BY_PERIOD}: the period's first day. */
    public static final String PERIOD_START = "period_start";
    /** Column {@value} of {@link #BY_PERIOD}: the period's last day. */
    public static final String PERIOD_END = "period_end";
    /** Column {@value}: how many stocks are summed. */
    public static final String STOCKS = "stocks";
    /** Column {@value}: the latest of their dates. */
    public static final String STOCK_AS_OF = "stock_as_of";
    /** Column {@value}: their sum's point estimate. */
    public static final String STOCK_POINT = "stock_point";
    /** Column {@value}: its lower bound. */
    public static final String STOCK_LOW = "stock_low";
    /** Column {@value}: true when {@link #STOCK_LOW} is unbounded below (its cell is then missing). */
    public static final String STOCK_LOW_UNBOUNDED = "stock_low_unbounded";
    /** Column {@value}: its upper bound; missing when unbounded or when there is no stock. */
    public static final String STOCK_HIGH = "stock_high";
    /** Column {@value}: true when {@link #STOCK_HIGH} is unbounded above (its cell is then missing). */
    public static final String STOCK_HIGH_UNBOUNDED = "stock_high_unbounded";
    /** Column {@value}: what they count. */
    public static final String STOCK_WHAT = "stock_what";
    /** Column {@value}: how many flows are summed. */
    public static final String FLOWS = "flows";
    /** Column {@value}: the first day of the flows. */
    public static final String FLOW_START = "flow_start";
    /** Column {@value}: the last day of the flows. */
    public static final String FLOW_END = "flow_end";
    /** Column {@value}: their sum's point estimate. */
    public static final String FLOW_POINT = "flow_point";
    /** Column {@value}: its lower bound. */
    public static final String FLOW_LOW = "flow_low";
    /** Column {@value}: true when {@link #FLOW_LOW} is unbounded below (its cell is then missing). */
    public static final String FLOW_LOW_UNBOUNDED = "flow_low_unbounded";
    /** Column {@value}: its upper bound; missing when unbounded or when there is no flow. */
    public static final String FLOW_HIGH = "flow_high";
    /** Column {@value}: true when {@link #FLOW_HIGH} is unbounded above (its cell is then missing). */
    public static final String FLOW_HIGH_UNBOUNDED = "flow_high_unbounded";
    /** Column {@value}: what they count. */
    public static final String FLOW_WHAT = "flow_what";

    /** The columns of {@code summary-by-origin}, in order. */
    public static final Columns<SummaryRow> BY_ORIGIN =
            groupColumns(Columns.<SummaryRow>named("summary-by-origin").optionalText(ORIGIN, SummaryRow::key));

    /** The columns of {@code summary-by-destination}, in order. */
    public static final Columns<SummaryRow> BY_DESTINATION = groupColumns(
            Columns.<SummaryRow>named("summary-by-destination").optionalText(DESTINATION, SummaryRow::key));

    /** The columns of {@code summary-by-period}, in order. */
    public static final Columns<SummaryRow> BY_PERIOD = groupColumns(Columns.<SummaryRow>named("summary-by-period")
            .optionalText(PERIOD, SummaryRow::key)
            .optionalDate(PERIOD_START, SummaryRow::periodStart)
            .optionalDate(PERIOD_END, SummaryRow::periodEnd));

    private static Columns<SummaryRow> groupColumns(Columns.Builder<SummaryRow> key) {
        return key.integer(STOCKS, SummaryRow::stocks)
                .optionalDate(STOCK_AS_OF, SummaryRow::stockAsOf)
                .optionalEstimate(STOCK_POINT, STOCK_LOW, STOCK_HIGH, SummaryRow::stock)
                .optionalText(STOCK_WHAT, SummaryRow::stockWhat)
                .integer(FLOWS, SummaryRow::flows)
                .optionalDate(FLOW_START, SummaryRow::flowStart)
                .optionalDate(FLOW_END, SummaryRow::flowEnd)
                .optionalEstimate(FLOW_POINT, FLOW_LOW, FLOW_HIGH, SummaryRow::flow)
                .optionalText(FLOW_WHAT, SummaryRow::flowWhat)
                .build();
    }

    private final Optional<String> key;
    private final Optional<LocalDate> periodStart;
    private final Optional<LocalDate> periodEnd;
    private final int stocks;
    private final Optional<LocalDate> stockAsOf;
    private final Optional<Estimate> stock;
    private final Optional<String> stockWhat;
    private final int flows;
    private final Optional<LocalDate> flowStart;
    private final Optional<LocalDate> flowEnd;
    private final Optional<Estimate> flow;
    private final Optional<String> flowWhat;

    /**
     * Checks that nothing is null and that the counts are not negative.
     *
     * @param key the group; empty for the figures that state none
     * @param periodStart the period's first day
     * @param periodEnd the period's last day
     * @param stocks how many stocks are summed
     * @param stockAsOf the latest of their dates
     * @param stock their sum
     * @param stockWhat what they count
     * @param flows how many flows are summed
     * @param flowStart the first day of the flows
     * @param flowEnd the last day of the flows
     * @param flow their sum
     * @param flowWhat what they count
     */
    SummaryRow(
            Optional<String> key,
            Optional<LocalDate> periodStart,
            Optional<LocalDate> periodEnd,
            int stocks,
            Optional<LocalDate> stockAsOf,
            Optional<Estimate> stock,
            Optional<String> stockWhat,
            int flows,
            Optional<LocalDate> flowStart,
            Optional<LocalDate> flowEnd,
            Optional<Estimate> flow,
            Optional<String> flowWhat) {
        // One by one, not through an array: a large import makes a row per day.
        requireComponent(key);
        requireComponent(periodStart);
        requireComponent(periodEnd);
        requireComponent(stockAsOf);
        requireComponent(stock);
        requireComponent(stockWhat);
        requireComponent(flowStart);
        requireComponent(flowEnd);
        requireComponent(flow);
        requireComponent(flowWhat);
        if (stocks < 0 || flows < 0) {
            throw new IllegalArgumentException("stocks and flows are counts, not " + stocks + " and " + flows);
        }
        this.key = key;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.stocks = stocks;
        this.stockAsOf = stockAsOf;
        this.stock = stock;
        this.stockWhat = stockWhat;
        this.flows = flows;
        this.flowStart = flowStart;
        this.flowEnd = flowEnd;
        this.flow = flow;
        this.flowWhat = flowWhat;
    }

    private static void requireComponent(Object component) {
        Objects.requireNonNull(component, "SummaryRow components are never null");
    }

    /**
     * @return the group: an origin, a destination, a period ({@code 2016-12-31} or {@code 2016-01-01/2016-12-31}) or
     *     {@code total}; empty for the figures that state none
     */
    public Optional<String> key() {
        return key;
    }

    /** @return the period's first day ({@link #BY_PERIOD} only; empty on the total row) */
    public Optional<LocalDate> periodStart() {
        return periodStart;
    }

    /** @return the period's last day ({@link #BY_PERIOD} only; empty on the total row) */
    public Optional<LocalDate> periodEnd() {
        return periodEnd;
    }

    /** @return how many stocks are summed */
    public int stocks() {
        return stocks;
    }

    /** @return the latest of their dates */
    public Optional<LocalDate> stockAsOf() {
        return stockAsOf;
    }

    /** @return their sum, for each place its stocks at the latest date, summed over places */
    public Optional<Estimate> stock() {
        return stock;
    }

    /** @return what they count, sorted, separated by {@code "; "} */
    public Optional<String> stockWhat() {
        return stockWhat;
    }

    /** @return how many flows are summed */
    public int flows() {
        return flows;
    }

    /** @return the first day of the flows */
    public Optional<LocalDate> flowStart() {
        return flowStart;
    }

    /** @return the last day of the flows */
    public Optional<LocalDate> flowEnd() {
        return flowEnd;
    }

    /** @return their sum */
    public Optional<Estimate> flow() {
        return flow;
    }

    /** @return what they count, sorted, separated by {@code "; "} */
    public Optional<String> flowWhat() {
        return flowWhat;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SummaryRow r
                && key.equals(r.key)
                && periodStart.equals(r.periodStart)
                && periodEnd.equals(r.periodEnd)
                && stocks == r.stocks
                && stockAsOf.equals(r.stockAsOf)
                && stock.equals(r.stock)
                && stockWhat.equals(r.stockWhat)
                && flows == r.flows
                && flowStart.equals(r.flowStart)
                && flowEnd.equals(r.flowEnd)
                && flow.equals(r.flow)
                && flowWhat.equals(r.flowWhat);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                key,
                periodStart,
                periodEnd,
                stocks,
                stockAsOf,
                stock,
                stockWhat,
                flows,
                flowStart,
                flowEnd,
                flow,
                flowWhat);
    }

    /** @return the row as a record would print it: {@code SummaryRow[key=..., ...]} */
    @Override
    public String toString() {
        return "SummaryRow[key=" + key + ", periodStart=" + periodStart + ", periodEnd=" + periodEnd + ", stocks="
                + stocks + ", stockAsOf=" + stockAsOf + ", stock=" + stock + ", stockWhat=" + stockWhat + ", flows="
                + flows + ", flowStart=" + flowStart + ", flowEnd=" + flowEnd + ", flow=" + flow + ", flowWhat="
                + flowWhat + "]";
    }
}
