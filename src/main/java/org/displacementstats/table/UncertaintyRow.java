package org.displacementstats.table;

import java.util.Objects;
import java.util.OptionalDouble;
import org.displacementstats.dataset.DerivedQuantity;
import org.displacementstats.stats.Ratio;

/**
 * One row of {@link SummaryTables#uncertainty}: a derived figure, share or rate, its point and interval (interval
 * arithmetic), and the percentiles and main driver of its seeded Monte Carlo draws.
 *
 * @param quantity the derived quantity and its Monte Carlo percentiles
 * @param value its point and interval by interval arithmetic (people as whole numbers)
 * @param seed the seed of the draws
 */
public record UncertaintyRow(DerivedQuantity quantity, Ratio value, long seed) {
    /** Column {@value}: the quantity's name (a derived figure's id, {@code share-out:<stock>}, ...). */
    public static final String QUANTITY = "quantity";
    /** Column {@value}: {@code people}, {@code share} or {@code people_per_day}. */
    public static final String KIND = "kind";
    /** Column {@value}: the computation over figure ids. */
    public static final String FORMULA = "formula";
    /** Column {@value}: the point estimate. */
    public static final String POINT = "point";
    /** Column {@value}: the lower bound by interval arithmetic. */
    public static final String INTERVAL_LOW = "interval_low";
    /** Column {@value}: true when {@link #INTERVAL_LOW} is unbounded below (its cell is then missing). */
    public static final String INTERVAL_LOW_UNBOUNDED = "interval_low_unbounded";
    /** Column {@value}: the upper bound by interval arithmetic; missing when unbounded. */
    public static final String INTERVAL_HIGH = "interval_high";
    /** Column {@value}: true when {@link #INTERVAL_HIGH} is unbounded above (its cell is then missing). */
    public static final String INTERVAL_HIGH_UNBOUNDED = "interval_high_unbounded";
    /** Column {@value}: the 5th percentile of the draws. */
    public static final String P5 = "p5";
    /** Column {@value}: the median of the draws. */
    public static final String P50 = "p50";
    /** Column {@value}: the 95th percentile of the draws. */
    public static final String P95 = "p95";
    /** Column {@value}: the number of draws. */
    public static final String DRAWS = "draws";
    /** Column {@value}: the seed of the draws. */
    public static final String SEED = "seed";
    /** Column {@value}: the input whose draws move the quantity most; empty if nothing varies. */
    public static final String MAIN_DRIVER = "main_driver";
    /** Column {@value}: the Spearman rank correlation of that input with the quantity. */
    public static final String DRIVER_RANK_CORRELATION = "driver_rank_correlation";

    /** The columns of {@code uncertainty}, in order. */
    public static final Columns<UncertaintyRow> COLUMNS = Columns.<UncertaintyRow>named("uncertainty")
            .text(QUANTITY, r -> r.quantity().name())
            .text(KIND, r -> r.quantity().kind())
            .text(FORMULA, r -> r.quantity().formula())
            .ratio(POINT, INTERVAL_LOW, INTERVAL_HIGH, UncertaintyRow::value)
            .decimal(P5, r -> OptionalDouble.of(r.quantity().uncertainty().p5()))
            .decimal(P50, r -> OptionalDouble.of(r.quantity().uncertainty().p50()))
            .decimal(P95, r -> OptionalDouble.of(r.quantity().uncertainty().p95()))
            .integer(DRAWS, r -> r.quantity().uncertainty().draws())
            .people(SEED, UncertaintyRow::seed)
            .optionalText(MAIN_DRIVER, r -> r.quantity().uncertainty().mainDriver())
            .decimal(DRIVER_RANK_CORRELATION, r -> r.quantity().uncertainty().driverCorrelation())
            .build();

    /**
     * Checks that nothing is null.
     *
     * @param quantity the derived quantity and its Monte Carlo percentiles
     * @param value its point and interval by interval arithmetic (people as whole numbers)
     * @param seed the seed of the draws
     */
    public UncertaintyRow {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(value, "value");
    }
}
