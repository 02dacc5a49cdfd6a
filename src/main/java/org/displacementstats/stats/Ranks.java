package org.displacementstats.stats;

import java.util.Arrays;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.apache.commons.math3.stat.ranking.NaturalRanking;

/**
 * Spearman's rank correlation with the numbers of Commons Math's {@link SpearmansCorrelation} (natural ranking,
 * ties given their average rank, then Pearson's correlation of the ranks), ranked with a primitive sort instead
 * of sorting 100,000 boxed pairs: the ranking was most of a report's time. Ranks of the same array are computed
 * once and reused for every pair they appear in.
 */
final class Ranks {
    private final double[] ranks;

    private Ranks(double[] ranks) {
        this.ranks = ranks;
    }

    /**
     * @param values finite values (a NaN makes Commons Math rank instead, with its own NaN rule)
     * @return each value's rank from 1, ties sharing the average of their positions
     */
    static Ranks of(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        if (sorted.length > 0 && Double.isNaN(sorted[sorted.length - 1])) {
            return new Ranks(new NaturalRanking().rank(values));
        }
        // A tie at sorted positions first..last has ranks first+1..last+1: their average, exact in a double, is
        // noted at its first position, where a value's search ends.
        double[] tieRank = new double[sorted.length];
        for (int first = 0, last; first < sorted.length; first = last + 1) {
            last = first;
            while (last + 1 < sorted.length && Double.compare(sorted[last + 1], sorted[first]) == 0) {
                last++;
            }
            tieRank[first] = (first + last + 2) / 2d;
        }
        double[] ranks = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            ranks[i] = tieRank[firstIndexOf(sorted, values[i])];
        }
        return new Ranks(ranks);
    }

    /**
     * @param other the ranks of as many values
     * @return Spearman's rho of the two ranked arrays
     */
    double correlation(Ranks other) {
        return new PearsonsCorrelation().correlation(ranks, other.ranks);
    }

    private static int firstIndexOf(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Double.compare(sorted[mid], v) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
