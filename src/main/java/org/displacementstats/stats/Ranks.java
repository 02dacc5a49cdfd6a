package org.displacementstats.stats;

import java.util.Arrays;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.apache.commons.math3.stat.ranking.NaturalRanking;

/**
 * Spearman's rank correlation with the numbers of Commons Math's {@link SpearmansCorrelation} (natural ranking,
 * ties given their average rank, then Pearson's correlation of the ranks), ranked with a radix sort of
 * primitives instead of sorting 100,000 boxed pairs: the ranking was most of a report's time. Ranks of the same
 * array are computed once and reused for every pair they appear in.
 */
final class Ranks {
    /** Bits sorted at a time. */
    private static final int DIGIT = 16;

    private final double[] ranks;

    private Ranks(double[] ranks) {
        this.ranks = ranks;
    }

    /**
     * @param values finite values (a NaN makes Commons Math rank instead, with its own NaN rule)
     * @return each value's rank from 1, ties sharing the average of their positions
     */
    static Ranks of(double[] values) {
        int n = values.length;
        // Each value as a long that orders as Double.compare does (-0.0 below 0.0), its sign bit flipped so that
        // the longs order as unsigned numbers, digit by digit.
        long[] keys = new long[n];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(values[i])) {
                return new Ranks(new NaturalRanking().rank(values));
            }
            long bits = Double.doubleToRawLongBits(values[i]);
            keys[i] = (bits ^ ((bits >> 63) & Long.MAX_VALUE)) ^ Long.MIN_VALUE;
            order[i] = i;
        }
        sortByKey(keys, order);
        // A tie at sorted positions first..last has ranks first+1..last+1: their average, exact in a double.
        double[] ranks = new double[n];
        for (int first = 0, last; first < n; first = last + 1) {
            last = first;
            while (last + 1 < n && keys[last + 1] == keys[first]) {
                last++;
            }
            double rank = (first + last + 2) / 2d;
            for (int j = first; j <= last; j++) {
                ranks[order[j]] = rank;
            }
        }
        return new Ranks(ranks);
    }

    /**
     * Sorts {@code keys} as unsigned numbers, and {@code order} with them: a radix sort, {@value #DIGIT} bits at a
     * time, that skips a digit all keys share; for 100,000 draws, several times faster than sorting the values and
     * searching each one.
     */
    private static void sortByKey(long[] keys, int[] order) {
        int n = keys.length;
        long[] keysTo = new long[n];
        int[] orderTo = new int[n];
        int[] counts = new int[1 << DIGIT];
        for (int shift = 0; shift < Long.SIZE; shift += DIGIT) {
            Arrays.fill(counts, 0);
            for (long k : keys) {
                counts[(int) (k >>> shift) & ((1 << DIGIT) - 1)]++;
            }
            if (n == 0 || counts[(int) (keys[0] >>> shift) & ((1 << DIGIT) - 1)] == n) {
                continue;
            }
            for (int d = 0, at = 0; d < counts.length; d++) {
                int c = counts[d];
                counts[d] = at;
                at += c;
            }
            for (int i = 0; i < n; i++) {
                int to = counts[(int) (keys[i] >>> shift) & ((1 << DIGIT) - 1)]++;
                keysTo[to] = keys[i];
                orderTo[to] = order[i];
            }
            System.arraycopy(keysTo, 0, keys, 0, n);
            System.arraycopy(orderTo, 0, order, 0, n);
        }
    }

    /**
     * @param other the ranks of as many values
     * @return Spearman's rho of the two ranked arrays
     */
    double correlation(Ranks other) {
        return new PearsonsCorrelation().correlation(ranks, other.ranks);
    }
}
