package org.displacementstats.stats;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The spread of one derived quantity over the Monte Carlo draws, and the input that moves it most.
 *
 * @param name the expression's name
 * @param p5 the 5th percentile
 * @param p50 the median
 * @param p95 the 95th percentile
 * @param draws the number of draws
 * @param mainDriver the input whose draws are most correlated (Spearman rank correlation) with this
 *     quantity; empty if nothing varies
 * @param driverCorrelation that correlation, from −1 to 1
 */
public record Uncertainty(
        String name,
        double p5,
        double p50,
        double p95,
        int draws,
        Optional<String> mainDriver,
        OptionalDouble driverCorrelation) {

    /**
     * Checks that the percentiles are ordered.
     *
     * @param name the expression's name
     * @param p5 the 5th percentile
     * @param p50 the median
     * @param p95 the 95th percentile
     * @param draws the number of draws
     * @param mainDriver the input whose draws are most correlated (Spearman rank correlation) with this quantity;
     *     empty if nothing varies
     * @param driverCorrelation that correlation, from −1 to 1
     */
    public Uncertainty {
        Objects.requireNonNull(name, "Uncertainty.name");
        Objects.requireNonNull(mainDriver, "Uncertainty.mainDriver");
        Objects.requireNonNull(driverCorrelation, "Uncertainty.driverCorrelation");
        if (!(p5 <= p50 && p50 <= p95)) {
            throw new IllegalArgumentException("Uncertainty percentiles must be ordered p5 <= p50 <= p95 but were " + p5
                    + ", " + p50 + ", " + p95);
        }
    }
}
