package org.displacementstats.table;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.displacementstats.figure.Estimate;
import org.displacementstats.stats.Ratio;

/**
 * One row of the population balance ({@link SummaryTables#populationBalance()}): a stated stock with flows out of
 * its place, the people who left, those who remain, the share who left and the rate of departure per day.
 *
 * <p>Built by {@link SummaryTables#populationBalance()}. Equal rows have equal fields.
 * Immutable and safe to share between threads.
 */
public final class PopulationBalanceRow {
    /** Column {@value}: the stock's place. */
    public static final String PLACE = "place";
    /** Column {@value}: who controls the place; empty when not stated. */
    public static final String CONTROLLED_BY = "controlled_by";
    /** Column {@value}: the stated population's point estimate. */
    public static final String POPULATION_POINT = "population_point";
    /** Column {@value}: its lower bound. */
    public static final String POPULATION_LOW = "population_low";
    /** Column {@value}: true when {@link #POPULATION_LOW} is unbounded below (its cell is then missing). */
    public static final String POPULATION_LOW_UNBOUNDED = "population_low_unbounded";
    /** Column {@value}: its upper bound; missing when unbounded. */
    public static final String POPULATION_HIGH = "population_high";
    /** Column {@value}: true when {@link #POPULATION_HIGH} is unbounded above (its cell is then missing). */
    public static final String POPULATION_HIGH_UNBOUNDED = "population_high_unbounded";
    /** Column {@value}: the people who left. */
    public static final String OUTFLOW_POINT = "outflow_point";
    /** Column {@value}: their lower bound. */
    public static final String OUTFLOW_LOW = "outflow_low";
    /** Column {@value}: true when {@link #OUTFLOW_LOW} is unbounded below (its cell is then missing). */
    public static final String OUTFLOW_LOW_UNBOUNDED = "outflow_low_unbounded";
    /** Column {@value}: their upper bound; missing when unbounded. */
    public static final String OUTFLOW_HIGH = "outflow_high";
    /** Column {@value}: true when {@link #OUTFLOW_HIGH} is unbounded above (its cell is then missing). */
    public static final String OUTFLOW_HIGH_UNBOUNDED = "outflow_high_unbounded";
    /** Column {@value}: the people who remain. */
    public static final String REMAINING_POINT = "remaining_point";
    /** Column {@value}: their lower bound; missing when unbounded below. */
    public static final String REMAINING_LOW = "remaining_low";
    /** Column {@value}: true when {@link #REMAINING_LOW} is unbounded below (its cell is then missing). */
    public static final String REMAINING_LOW_UNBOUNDED = "remaining_low_unbounded";
    /** Column {@value}: their upper bound; missing when unbounded. */
    public static final String REMAINING_HIGH = "remaining_high";
    /** Column {@value}: true when {@link #REMAINING_HIGH} is unbounded above (its cell is then missing). */
    public static final String REMAINING_HIGH_UNBOUNDED = "remaining_high_unbounded";
    /** Column {@value}: the share who left. */
    public static final String SHARE_OUT_POINT = "share_out_point";
    /** Column {@value}: its lower bound. */
    public static final String SHARE_OUT_LOW = "share_out_low";
    /** Column {@value}: true when {@link #SHARE_OUT_LOW} is unbounded below (its cell is then missing). */
    public static final String SHARE_OUT_LOW_UNBOUNDED = "share_out_low_unbounded";
    /** Column {@value}: its upper bound; missing when unbounded or undefined. */
    public static final String SHARE_OUT_HIGH = "share_out_high";
    /** Column {@value}: true when {@link #SHARE_OUT_HIGH} is unbounded above (its cell is then missing). */
    public static final String SHARE_OUT_HIGH_UNBOUNDED = "share_out_high_unbounded";
    /** Column {@value}: the first day of the outflows. */
    public static final String OUTFLOW_START = "outflow_start";
    /** Column {@value}: the last day of the outflows. */
    public static final String OUTFLOW_END = "outflow_end";
    /** Column {@value}: the days of the outflows, both ends included. */
    public static final String OUTFLOW_DAYS = "outflow_days";
    /** Column {@value}: the people who left per day. */
    public static final String OUTFLOW_PER_DAY_POINT = "outflow_per_day_point";
    /** Column {@value}: its lower bound. */
    public static final String OUTFLOW_PER_DAY_LOW = "outflow_per_day_low";
    /** Column {@value}: true when {@link #OUTFLOW_PER_DAY_LOW} is unbounded below (its cell is then missing). */
    public static final String OUTFLOW_PER_DAY_LOW_UNBOUNDED = "outflow_per_day_low_unbounded";
    /** Column {@value}: its upper bound; missing when unbounded. */
    public static final String OUTFLOW_PER_DAY_HIGH = "outflow_per_day_high";
    /** Column {@value}: true when {@link #OUTFLOW_PER_DAY_HIGH} is unbounded above (its cell is then missing). */
    public static final String OUTFLOW_PER_DAY_HIGH_UNBOUNDED = "outflow_per_day_high_unbounded";
    /** Column {@value}: the stock's id. */
    public static final String POPULATION_ID = "population_id";
    /** Column {@value}: the flows' ids, separated by a space. */
    public static final String OUTFLOW_IDS = "outflow_ids";
    /** Column {@value}: the id of the derived remaining population. */
    public static final String REMAINING_ID = "remaining_id";

    /** The columns of {@code population-balance}, in order. */
    public static final Columns<PopulationBalanceRow> COLUMNS = Columns.<PopulationBalanceRow>named(
                    "population-balance")
            .text(PLACE, PopulationBalanceRow::place)
            .optionalText(CONTROLLED_BY, PopulationBalanceRow::controlledBy)
            .estimate(POPULATION_POINT, POPULATION_LOW, POPULATION_HIGH, PopulationBalanceRow::population)
            .estimate(OUTFLOW_POINT, OUTFLOW_LOW, OUTFLOW_HIGH, PopulationBalanceRow::outflow)
            .estimate(REMAINING_POINT, REMAINING_LOW, REMAINING_HIGH, PopulationBalanceRow::remaining)
            .ratio(SHARE_OUT_POINT, SHARE_OUT_LOW, SHARE_OUT_HIGH, PopulationBalanceRow::shareOut)
            .date(OUTFLOW_START, PopulationBalanceRow::outflowStart)
            .date(OUTFLOW_END, PopulationBalanceRow::outflowEnd)
            .integer(OUTFLOW_DAYS, PopulationBalanceRow::outflowDays)
            .ratio(
                    OUTFLOW_PER_DAY_POINT,
                    OUTFLOW_PER_DAY_LOW,
                    OUTFLOW_PER_DAY_HIGH,
                    PopulationBalanceRow::outflowPerDay)
            .text(POPULATION_ID, PopulationBalanceRow::populationId)
            .text(OUTFLOW_IDS, r -> String.join(" ", r.outflowIds()))
            .text(REMAINING_ID, PopulationBalanceRow::remainingId)
            .build();

    private final String place;
    private final Optional<String> controlledBy;
    private final Estimate population;
    private final Estimate outflow;
    private final Estimate remaining;
    private final Ratio shareOut;
    private final LocalDate outflowStart;
    private final LocalDate outflowEnd;
    private final int outflowDays;
    private final Ratio outflowPerDay;
    private final String populationId;
    private final List<String> outflowIds;
    private final String remainingId;

    /**
     * Checks that nothing is null and copies the ids.
     *
     * @param place the stock's place
     * @param controlledBy who controls the place, if stated
     * @param population the stated population
     * @param outflow the sum of the flows out of the place
     * @param remaining the population minus the outflow (interval arithmetic), as the dataset derives it
     * @param shareOut the outflow over the population
     * @param outflowStart the first day of the outflows
     * @param outflowEnd the last day of the outflows
     * @param outflowDays the days from {@code outflowStart} to {@code outflowEnd}, both included
     * @param outflowPerDay the outflow over the days
     * @param populationId the stock's id
     * @param outflowIds the flows' ids
     * @param remainingId the id of the derived remaining population
     */
    PopulationBalanceRow(
            String place,
            Optional<String> controlledBy,
            Estimate population,
            Estimate outflow,
            Estimate remaining,
            Ratio shareOut,
            LocalDate outflowStart,
            LocalDate outflowEnd,
            int outflowDays,
            Ratio outflowPerDay,
            String populationId,
            List<String> outflowIds,
            String remainingId) {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(controlledBy, "controlledBy");
        Objects.requireNonNull(population, "population");
        Objects.requireNonNull(outflow, "outflow");
        Objects.requireNonNull(remaining, "remaining");
        Objects.requireNonNull(shareOut, "shareOut");
        Objects.requireNonNull(outflowPerDay, "outflowPerDay");
        Objects.requireNonNull(populationId, "populationId");
        Objects.requireNonNull(remainingId, "remainingId");
        if (outflowEnd.isBefore(outflowStart)) {
            throw new IllegalArgumentException("outflowEnd " + outflowEnd + " is before outflowStart " + outflowStart);
        }
        outflowIds = List.copyOf(outflowIds);
        this.place = place;
        this.controlledBy = controlledBy;
        this.population = population;
        this.outflow = outflow;
        this.remaining = remaining;
        this.shareOut = shareOut;
        this.outflowStart = outflowStart;
        this.outflowEnd = outflowEnd;
        this.outflowDays = outflowDays;
        this.outflowPerDay = outflowPerDay;
        this.populationId = populationId;
        this.outflowIds = outflowIds;
        this.remainingId = remainingId;
    }

    /** @return the stock's place */
    public String place() {
        return place;
    }

    /** @return who controls the place, if stated */
    public Optional<String> controlledBy() {
        return controlledBy;
    }

    /** @return the stated population */
    public Estimate population() {
        return population;
    }

    /** @return the sum of the flows out of the place */
    public Estimate outflow() {
        return outflow;
    }

    /** @return the population minus the outflow (interval arithmetic), as the dataset derives it */
    public Estimate remaining() {
        return remaining;
    }

    /** @return the outflow over the population */
    public Ratio shareOut() {
        return shareOut;
    }

    /** @return the first day of the outflows */
    public LocalDate outflowStart() {
        return outflowStart;
    }

    /** @return the last day of the outflows */
    public LocalDate outflowEnd() {
        return outflowEnd;
    }

    /** @return the days from {@code outflowStart} to {@code outflowEnd}, both included */
    public int outflowDays() {
        return outflowDays;
    }

    /** @return the outflow over the days */
    public Ratio outflowPerDay() {
        return outflowPerDay;
    }

    /** @return the stock's id */
    public String populationId() {
        return populationId;
    }

    /** @return the flows' ids */
    public List<String> outflowIds() {
        return outflowIds;
    }

    /** @return the id of the derived remaining population */
    public String remainingId() {
        return remainingId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PopulationBalanceRow r
                && place.equals(r.place)
                && controlledBy.equals(r.controlledBy)
                && population.equals(r.population)
                && outflow.equals(r.outflow)
                && remaining.equals(r.remaining)
                && shareOut.equals(r.shareOut)
                && outflowStart.equals(r.outflowStart)
                && outflowEnd.equals(r.outflowEnd)
                && outflowDays == r.outflowDays
                && outflowPerDay.equals(r.outflowPerDay)
                && populationId.equals(r.populationId)
                && outflowIds.equals(r.outflowIds)
                && remainingId.equals(r.remainingId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                place,
                controlledBy,
                population,
                outflow,
                remaining,
                shareOut,
                outflowStart,
                outflowEnd,
                outflowDays,
                outflowPerDay,
                populationId,
                outflowIds,
                remainingId);
    }

    /** @return the row as a record would print it: {@code PopulationBalanceRow[place=..., ...]} */
    @Override
    public String toString() {
        return "PopulationBalanceRow[place=" + place + ", controlledBy=" + controlledBy + ", population=" + population
                + ", outflow=" + outflow + ", remaining=" + remaining + ", shareOut=" + shareOut + ", outflowStart="
                + outflowStart + ", outflowEnd=" + outflowEnd + ", outflowDays=" + outflowDays + ", outflowPerDay="
                + outflowPerDay + ", populationId=" + populationId + ", outflowIds=" + outflowIds + ", remainingId="
                + remainingId + "]";
    }
}
