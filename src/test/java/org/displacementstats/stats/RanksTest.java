package org.displacementstats.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.apache.commons.math3.exception.NotANumberException;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.junit.jupiter.api.Test;

class RanksTest {

    private static double[] values(Random random, int n, int distinct) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = random.nextInt(distinct) - distinct / 2 + (random.nextInt(4) == 0 ? 0.25 : 0);
        }
        return v;
    }

    @Test
    void correlation_has_the_bits_of_commons_math_spearman_with_and_without_ties() {
        Random random = new Random(20161129);
        for (int distinct : new int[] {2, 7, 1_000, 1_000_000}) {
            double[] x = values(random, 5_000, distinct);
            double[] y = values(random, 5_000, distinct);
            for (int i = 0; i < y.length; i += 3) {
                y[i] = x[i] * 2;
            }

            double expected = new SpearmansCorrelation().correlation(x, y);

            assertThat(Ranks.of(x).correlation(Ranks.of(y)))
                    .as("%d distinct values", distinct)
                    .isEqualTo(expected);
        }
    }

    @Test
    void negative_zero_ranks_below_zero_as_in_commons_math() {
        double[] x = {0.0, -0.0, 1, -0.0, 0.0, 2};
        double[] y = {3, 1, 4, 1, 5, 9};

        assertThat(Ranks.of(x).correlation(Ranks.of(y))).isEqualTo(new SpearmansCorrelation().correlation(x, y));
    }

    @Test
    void a_nan_is_left_to_commons_math() {
        double[] x = {1, Double.NaN, 3};

        assertThatThrownBy(() -> Ranks.of(x)).isInstanceOf(NotANumberException.class);
    }
}
