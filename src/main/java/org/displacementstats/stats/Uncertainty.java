package org.displacementstats.stats;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The spread of one derived quantity over the Monte Carlo draws, and the input that moves it most. Built by
 * {@link MonteCarlo#propagate}; equal spreads have equal fields.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class Uncertainty {
    private final String name;
    private final double p5;
    private final double p50;
    private final double p95;
    private final int draws;
    private final Optional<String> mainDriver;
    private final OptionalDouble driverCorrelation;

    /** Checks that the percentiles are ordered. */
    Uncertainty(
            String name,
            double p5,
            double p50,
            double p95,
            int draws,
            Optional<String> mainDriver,
            OptionalDouble driverCorrelation) {
        Objects.requireNonNull(name, "Uncertainty.name");
        Objects.requireNonNull(mainDriver, "Uncertainty.mainDriver");
        Objects.requireNonNull(driverCorrelation, "Uncertainty.driverCorrelation");
        if (!(p5 <= p50 && p50 <= p95)) {
            throw new IllegalArgumentException("Uncertainty percentiles must be ordered p5 <= p50 <= p95 but were " + p5
                    + ", " + p50 + ", " + p95);
        }
        this.name = name;
        this.p5 = p5;
        this.p50 = p50;
        this.p95 = p95;
        this.draws = draws;
        this.mainDriver = mainDriver;
        this.driverCorrelation = driverCorrelation;
    }

    /** @return the expression's name */
    public String name() {
        return name;
    }

    /** @return the 5th percentile */
    public double p5() {
        return p5;
    }

    /** @return the median */
    public double p50() {
        return p50;
    }

    /** @return the 95th percentile */
    public double p95() {
        return p95;
    }

    /** @return the number of draws */
    public int draws() {
        return draws;
    }

    /**
     * @return the input whose draws are most correlated (Spearman rank correlation) with this quantity; empty if
     *     nothing varies
     */
    public Optional<String> mainDriver() {
        return mainDriver;
    }

    /** @return that correlation, from −1 to 1; empty if nothing varies */
    public OptionalDouble driverCorrelation() {
        return driverCorrelation;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Uncertainty u
                && name.equals(u.name)
                && Double.compare(p5, u.p5) == 0
                && Double.compare(p50, u.p50) == 0
                && Double.compare(p95, u.p95) == 0
                && draws == u.draws
                && mainDriver.equals(u.mainDriver)
                && driverCorrelation.equals(u.driverCorrelation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, p5, p50, p95, draws, mainDriver, driverCorrelation);
    }

    /** @return the spread as a record would print it: {@code Uncertainty[name=remaining, p5=..., ...]} */
    @Override
    public String toString() {
        return "Uncertainty[name=" + name + ", p5=" + p5 + ", p50=" + p50 + ", p95=" + p95 + ", draws=" + draws
                + ", mainDriver=" + mainDriver + ", driverCorrelation=" + driverCorrelation + "]";
    }
}
