package org.displacementstats.stats;

/**
 * How the Monte Carlo propagation draws: the seed, the number of draws, and the tail of unbounded counts.
 *
 * @param seed the seed; the same seed gives the same results, byte for byte
 * @param draws the number of draws, from 1,000 to 10,000,000
 * @param tailPercent the mean excess of an unbounded count (« au moins v ») over v, in percent of v
 *
 * <pre>{@code
 * UncertaintySettings quick = UncertaintySettings.defaults().withSeed(7).withDraws(10_000);
 * }</pre>
 */
public record UncertaintySettings(long seed, int draws, int tailPercent) {

    /** The fewest draws: 1,000. */
    public static final int MIN_DRAWS = 1_000;

    /** The most draws: 10,000,000. */
    public static final int MAX_DRAWS = 10_000_000;

    /** The longest tail: 1,000 % of the stated value. */
    public static final int MAX_TAIL_PERCENT = 1_000;

    /** 100,000 draws, seed 20161129, a 10 % tail. */
    public static final UncertaintySettings DEFAULT = new UncertaintySettings(20161129L, 100_000, 10);

    /**
     * Checks the ranges.
     *
     * @param seed the seed; the same seed gives the same results, byte for byte
     * @param draws the number of draws, from 1,000 to 10,000,000
     * @param tailPercent the mean excess of an unbounded count (« au moins v ») over v, in percent of v
     * @throws IllegalArgumentException if the draws or the tail are out of their ranges
     */
    public UncertaintySettings {
        if (draws < MIN_DRAWS || draws > MAX_DRAWS) {
            throw new IllegalArgumentException("UncertaintySettings.draws must be between " + MIN_DRAWS + " and "
                    + MAX_DRAWS + " but was " + draws);
        }
        if (tailPercent < 0 || tailPercent > MAX_TAIL_PERCENT) {
            throw new IllegalArgumentException("UncertaintySettings.tailPercent must be between 0 and "
                    + MAX_TAIL_PERCENT + " but was " + tailPercent);
        }
    }

    /** @return {@link #DEFAULT}: 100,000 draws, seed 20161129, a 10 % tail */
    public static UncertaintySettings defaults() {
        return DEFAULT;
    }

    /**
     * @param otherSeed the seed; the same seed gives the same results, byte for byte
     * @return these settings with that seed
     */
    public UncertaintySettings withSeed(long otherSeed) {
        return new UncertaintySettings(otherSeed, draws, tailPercent);
    }

    /**
     * @param otherDraws the number of draws, from 1,000 to 10,000,000
     * @return these settings with that number of draws
     */
    public UncertaintySettings withDraws(int otherDraws) {
        return new UncertaintySettings(seed, otherDraws, tailPercent);
    }

    /**
     * @param otherTailPercent the mean excess of an unbounded count over its value, in percent of it
     * @return these settings with that tail
     */
    public UncertaintySettings withTailPercent(int otherTailPercent) {
        return new UncertaintySettings(seed, draws, otherTailPercent);
    }
}
