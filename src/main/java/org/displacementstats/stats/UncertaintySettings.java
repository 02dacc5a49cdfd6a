package org.displacementstats.stats;

import org.displacementstats.DisplacementDataException;

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

    /** 100,000 draws, seed 20161129, a 10 % tail. */
    public static final UncertaintySettings DEFAULT = new UncertaintySettings(20161129L, 100_000, 10);

    /**
     * Checks the ranges.
     *
     * @param seed the seed; the same seed gives the same results, byte for byte
     * @param draws the number of draws, from 1,000 to 10,000,000
     * @param tailPercent the mean excess of an unbounded count (« au moins v ») over v, in percent of v
     */
    public UncertaintySettings {
        if (draws < 1_000 || draws > 10_000_000) {
            throw new DisplacementDataException(
                    "UncertaintySettings.draws must be between 1000 and 10000000 but was " + draws);
        }
        if (tailPercent < 0 || tailPercent > 1_000) {
            throw new DisplacementDataException(
                    "UncertaintySettings.tailPercent must be between 0 and 1000 but was " + tailPercent);
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
