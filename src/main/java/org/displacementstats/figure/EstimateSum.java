package org.displacementstats.figure;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Estimates added up one at a time: the same sum, and the same overflow error, as {@link Estimate#plus} applied to
 * them in the order they are added, without three objects per term. A summary of a million figures adds a million
 * estimates.
 *
 * <pre>{@code
 * EstimateSum sum = new EstimateSum();
 * figures.forEach(f -> sum.add(f.estimate()));
 * Optional<Estimate> total = sum.sum();   // empty when nothing was added
 * }</pre>
 *
 * <p>Not safe for use by several threads at once.
 */
public final class EstimateSum {
    private Estimate first;
    private long terms;
    private boolean hasPoint;
    private long point;
    private boolean lowBounded;
    private long low;
    private boolean highBounded;
    private long high;

    /** Starts with nothing added. */
    public EstimateSum() {}

    /**
     * Adds an estimate.
     *
     * @param estimate the estimate
     * @throws org.displacementstats.DisplacementDataException if the sum leaves 64-bit whole numbers
     */
    public void add(Estimate estimate) {
        Objects.requireNonNull(estimate, "estimate");
        Interval i = estimate.interval();
        OptionalLong p = estimate.point();
        if (terms == 0) {
            first = estimate;
            hasPoint = p.isPresent();
            point = hasPoint ? p.getAsLong() : 0;
            lowBounded = i.lowBounded;
            low = i.low;
            highBounded = i.highBounded;
            high = i.high;
        } else {
            // In Estimate.plus's order: the point, then the low bound, then the high.
            hasPoint = hasPoint && p.isPresent();
            point = hasPoint ? Estimate.combine(point, p.getAsLong(), false) : 0;
            lowBounded = lowBounded && i.lowBounded;
            low = lowBounded ? Interval.add(low, i.low) : 0;
            highBounded = highBounded && i.highBounded;
            high = highBounded ? Interval.add(high, i.high) : 0;
        }
        terms++;
    }

    /** Forgets what was added. */
    public void clear() {
        first = null;
        terms = 0;
    }

    /** @return the sum of the estimates added, or empty when none was */
    public Optional<Estimate> sum() {
        if (terms <= 1) {
            return Optional.ofNullable(first);
        }
        return Optional.of(new Estimate(
                hasPoint ? OptionalLong.of(point) : OptionalLong.empty(),
                new Interval(low, lowBounded, high, highBounded)));
    }
}
