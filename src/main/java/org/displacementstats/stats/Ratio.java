package org.displacementstats.stats;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.apache.commons.math3.fraction.BigFraction;
import org.displacementstats.figure.Estimate;
import org.displacementstats.figure.Interval;

/**
 * A share or a rate computed from counts: a point and an interval. A bound is infinite when unbounded
 * ({@link Double#POSITIVE_INFINITY} above, {@link Double#NEGATIVE_INFINITY} below: « au moins 6.000 » of
 * [9000, 10000] is [0.6, inf)), and empty when undefined (a denominator that can be 0).
 *
 * <p>Each value is computed exactly as a fraction of whole numbers and only then converted to the nearest
 * {@code double}. The interval is interval division: it assumes nothing about how the numerator and the
 * denominator vary together, so it is wide but never too narrow.
 *
 * @param point the point estimate (numerator point over denominator point); empty if either has none or the
 *     denominator's point is 0
 * @param low the lower bound; negative infinity if unbounded below, empty if undefined
 * @param high the upper bound; positive infinity if unbounded above, empty if undefined
 */
public record Ratio(OptionalDouble point, OptionalDouble low, OptionalDouble high) {

    /**
     * Checks that the bounds are ordered and enclose the point.
     *
     * @param point the point estimate (numerator point over denominator point); empty if either has none or the
     *     denominator's point is 0
     * @param low the lower bound; negative infinity if unbounded below, empty if undefined
     * @param high the upper bound; positive infinity if unbounded above, empty if undefined
     * @throws IllegalArgumentException if the bounds are not ordered or do not enclose the point
     */
    public Ratio {
        Objects.requireNonNull(point, "Ratio.point");
        Objects.requireNonNull(low, "Ratio.low");
        Objects.requireNonNull(high, "Ratio.high");
        if (low.isPresent() && high.isPresent() && low.getAsDouble() > high.getAsDouble()) {
            throw new IllegalArgumentException(
                    "Ratio.low must be <= Ratio.high but was " + low.getAsDouble() + " > " + high.getAsDouble());
        }
        if (point.isPresent()
                && (low.isPresent() && point.getAsDouble() < low.getAsDouble()
                        || high.isPresent() && point.getAsDouble() > high.getAsDouble())) {
            throw new IllegalArgumentException("Ratio.point must lie within its bounds but was " + point.getAsDouble());
        }
    }

    /**
     * {@code numerator / denominator}, as a share ("6,000 of the nearly 10,000 who fled" is 0.6).
     *
     * @param numerator the part
     * @param denominator the whole
     * @return the ratio; bounds are infinite where the numerator's are unbounded, undefined (empty) when the
     *     denominator's interval reaches 0
     */
    public static Ratio of(Estimate numerator, Estimate denominator) {
        Interval a = numerator.interval();
        Interval b = denominator.interval();
        OptionalDouble point = divide(numerator.point(), denominator.point());
        if (b.low().isEmpty() || b.low().getAsLong() <= 0) {
            return new Ratio(point, OptionalDouble.empty(), OptionalDouble.empty());
        }
        long bl = b.low().getAsLong();
        OptionalLong bh = b.high();
        // For a denominator in [bl, bh] with bl > 0: a non-negative numerator bound is smallest over bh and
        // largest over bl, a negative one the other way round.
        OptionalDouble low = a.low().isEmpty()
                ? OptionalDouble.of(Double.NEGATIVE_INFINITY)
                : a.low().getAsLong() >= 0
                        ? (bh.isPresent() ? divide(a.low(), bh) : OptionalDouble.of(0))
                        : divide(a.low(), OptionalLong.of(bl));
        OptionalDouble high = a.high().isEmpty()
                ? OptionalDouble.of(Double.POSITIVE_INFINITY)
                : a.high().getAsLong() >= 0
                        ? divide(a.high(), OptionalLong.of(bl))
                        : bh.isPresent() ? divide(a.high(), bh) : OptionalDouble.of(0);
        return new Ratio(point, low, high);
    }

    /**
     * A count spread over a number of days: people per day.
     *
     * @param count the count
     * @param days the number of days, at least 1
     * @return the rate
     * @throws IllegalArgumentException if {@code days} is below 1
     */
    public static Ratio perDay(Estimate count, long days) {
        if (days < 1) {
            throw new IllegalArgumentException("Ratio.perDay days must be >= 1 but was " + days);
        }
        return of(count, new Estimate(OptionalLong.of(days), Interval.point(days)));
    }

    private static OptionalDouble divide(OptionalLong a, OptionalLong b) {
        if (a.isEmpty() || b.isEmpty() || b.getAsLong() == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(
                new BigFraction(a.getAsLong()).divide(b.getAsLong()).doubleValue());
    }
}
