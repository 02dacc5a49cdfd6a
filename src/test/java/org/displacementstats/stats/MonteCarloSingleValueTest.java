package org.displacementstats.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.displacementstats.figure.Count;
import org.displacementstats.figure.QuantifierPolicy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A count whose words allow a single value (« environ 0 », "fewer than 1") draws only that value. */
class MonteCarloSingleValueTest {
    private static final MonteCarlo MC =
            MonteCarlo.of(new UncertaintySettings(1L, 1_000, 10), QuantifierPolicy.DEFAULT);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"~0", "<~0", "<=0", "<1"})
    void a_triangle_of_zero_width_draws_its_only_value(String text) {
        // GIVEN a count whose interval is [0, 0]
        Count count = Count.parse(text);

        double[] draws = MC.draw("x", count);

        // THEN every draw is 0, rather than a failure to build a distribution of zero width
        assertThat(count.interval().high()).hasValue(0L);
        assertThat(Arrays.stream(draws).distinct()).containsExactly(0.0);
    }
}
