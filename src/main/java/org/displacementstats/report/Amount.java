package org.displacementstats.report;

import java.util.Locale;
import java.util.OptionalLong;
import org.displacementstats.figure.Estimate;

/**
 * A count of people as the charts and the HTML report print it: point, low and high (empty when unbounded).
 *
 * @param point the point estimate
 * @param low the low bound; empty when unbounded (a difference of unbounded counts)
 * @param high the high bound; empty when unbounded
 */
record Amount(long point, OptionalLong low, OptionalLong high) {
    /** A figure's estimate; a mention with no number has point 0. */
    static Amount of(Estimate e) {
        return new Amount(e.point().orElse(0), e.interval().low(), e.interval().high());
    }

    /** The sum of two counts of different people; unbounded if either is. */
    Amount plus(Amount other) {
        return new Amount(point + other.point, sum(low, other.low), sum(high, other.high));
    }

    private static OptionalLong sum(OptionalLong a, OptionalLong b) {
        return a.isPresent() && b.isPresent() ? OptionalLong.of(a.getAsLong() + b.getAsLong()) : OptionalLong.empty();
    }

    /** This count as {@link #label(OptionalLong, OptionalLong, OptionalLong)} prints it. */
    String label() {
        return label(OptionalLong.of(point), low, high);
    }

    /**
     * A count as the charts print it: {@code 6,000} when exact, {@code ≈ 4,000 [3,000 – 4,000]} otherwise,
     * {@code ≈ 6,000 [6,000 – ∞)} when unbounded; grouped with {@code ,} whatever the default locale.
     */
    static String label(long point, long low, OptionalLong high) {
        return label(OptionalLong.of(point), OptionalLong.of(low), high);
    }

    /**
     * A count as the report prints it, each part optional: {@code 6,000} when exact,
     * {@code ≈ 4,000 [3,000 – 4,000]} otherwise, {@code ∞)} for no high bound, {@code (−∞} for no low bound,
     * and no {@code ≈} part without a point (a mention with no number: {@code [0 – ∞)}).
     */
    static String label(OptionalLong point, OptionalLong low, OptionalLong high) {
        if (point.isPresent() && low.isPresent() && high.isPresent() && low.getAsLong() == high.getAsLong()) {
            return group(point.getAsLong());
        }
        return (point.isPresent() ? "≈ " + group(point.getAsLong()) + " " : "")
                + (low.isPresent() ? "[" + group(low.getAsLong()) : "(−∞") + " – "
                + (high.isPresent() ? group(high.getAsLong()) + "]" : "∞)");
    }

    /** A whole number grouped with {@code ,} by thousands, whatever the default locale. */
    static String group(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
