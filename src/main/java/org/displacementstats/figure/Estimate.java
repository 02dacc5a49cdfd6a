package org.displacementstats.figure;

import java.util.Objects;
import java.util.OptionalLong;
import org.displacementstats.DisplacementDataException;

/**
 * A number of people as we use it in computations: a point estimate and the interval around it.
 *
 * <p>Immutable and safe to share between threads.
 *
 * @param point the point estimate; empty for a mention with no number
 * @param interval the values the evidence allows; contains {@code point}
 */
public record Estimate(OptionalLong point, Interval interval) {

    /**
     * Checks that the point lies within the interval.
     *
     * @param point the point estimate; empty for a mention with no number
     * @param interval the values the evidence allows; contains {@code point}
     */
    public Estimate {
        Objects.requireNonNull(point, "Estimate.point");
        Objects.requireNonNull(interval, "Estimate.interval");
        if (point.isPresent() && !interval.contains(point.getAsLong())) {
            throw new DisplacementDataException(
                    "Estimate.point must lie within Estimate.interval " + interval + " but was " + point.getAsLong());
        }
    }

    /**
     * The estimate a stated count gives under a policy.
     *
     * @param count the stated count
     * @param policy the margin for ABOUT and NEARLY
     * @return its point and interval
     */
    public static Estimate of(Count count, QuantifierPolicy policy) {
        return new Estimate(count.point(), count.interval(policy));
    }

    /**
     * This minus {@code other}: points subtract, intervals subtract as intervals.
     *
     * @param other the estimate to subtract
     * @return the difference; no point if either has none
     */
    public Estimate minus(Estimate other) {
        OptionalLong p = point.isPresent() && other.point.isPresent()
                ? OptionalLong.of(combine(point.getAsLong(), other.point.getAsLong(), true))
                : OptionalLong.empty();
        return new Estimate(p, interval.minus(other.interval));
    }

    /**
     * This plus {@code other}: points add, intervals add as intervals.
     *
     * @param other the estimate to add
     * @return the sum; no point if either has none
     */
    public Estimate plus(Estimate other) {
        OptionalLong p = point.isPresent() && other.point.isPresent()
                ? OptionalLong.of(combine(point.getAsLong(), other.point.getAsLong(), false))
                : OptionalLong.empty();
        return new Estimate(p, interval.plus(other.interval));
    }

    static long combine(long a, long b, boolean subtract) {
        try {
            return subtract ? Math.subtractExact(a, b) : Math.addExact(a, b);
        } catch (ArithmeticException e) {
            // Interval bounds unbounded on the overflowing side do not catch this, so the point must.
            throw new DisplacementDataException(
                    "Estimate.point arithmetic must stay within 64-bit whole numbers but " + a
                            + (subtract ? " - " : " + ") + b + " overflows",
                    e);
        }
    }
}
