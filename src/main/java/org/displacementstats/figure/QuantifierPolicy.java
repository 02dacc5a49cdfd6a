package org.displacementstats.figure;

/**
 * How wide "about" and "nearly" are: a margin in whole percent of the stated value (default 10).
 *
 * <p>Immutable and safe to share between threads.
 *
 * @param marginPercent the margin m, from 0 to 100
 */
public record QuantifierPolicy(int marginPercent) {

    /** The widest margin: 100 %, so that "about 10" reads as 0 to 20. */
    public static final int MAX_MARGIN_PERCENT = 100;

    /** The default policy: a 10 % margin (README.md, "How the words become numbers"). */
    public static final QuantifierPolicy DEFAULT = new QuantifierPolicy(10);

    /**
     * Checks that the margin is between 0 and 100 percent.
     *
     * @param marginPercent the margin m, from 0 to 100
     * @throws IllegalArgumentException if the margin is outside 0 to 100
     */
    public QuantifierPolicy {
        if (marginPercent < 0 || marginPercent > MAX_MARGIN_PERCENT) {
            throw new IllegalArgumentException("QuantifierPolicy.marginPercent must be between 0 and "
                    + MAX_MARGIN_PERCENT + " but was " + marginPercent);
        }
    }

    /**
     * The lower bound ⌊v·(100−m)/100⌋, in whole people.
     *
     * @param value the stated value v, at most {@link Count#MAX_VALUE}
     * @return the lower bound
     */
    public long below(long value) {
        return Math.floorDiv(value * (100 - marginPercent), 100);
    }

    /**
     * The upper bound ⌈v·(100+m)/100⌉, in whole people.
     *
     * @param value the stated value v, at most {@link Count#MAX_VALUE}
     * @return the upper bound
     */
    public long above(long value) {
        return -Math.floorDiv(-value * (100 + marginPercent), 100);
    }
}
