package org.displacementstats.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.figure.Count;
import org.displacementstats.figure.Estimate;
import org.displacementstats.figure.Interval;
import org.displacementstats.figure.Quantifier;
import org.displacementstats.figure.QuantifierPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The seeded Monte Carlo propagation against closed forms. Tolerances are not guesses: a sample p-quantile
 * of n draws has standard error sqrt(p(1 − p)/n) / f(x_p), where f is the density at the quantile, and a
 * sample mean of an exponential with mean μ has standard error μ/sqrt(n). Each check allows
 * {@value #SIGMAS} standard errors (the chance of a false failure is below one in a million per check; the
 * seed is fixed, so a pass is repeatable) plus one person for the rounding of each draw to whole people.
 */
class MonteCarloTest {
    private static final double SIGMAS = 5;
    private static final int N = UncertaintySettings.DEFAULT.draws();
    private static final MonteCarlo DEFAULT = MonteCarlo.of(UncertaintySettings.DEFAULT, QuantifierPolicy.DEFAULT);

    // ---- Closed forms --------------------------------------------------------------------------------------

    @ParameterizedTest(name = "between {0}..{0}+{2} plus between {1}..{1}+{2}")
    @CsvSource({"6000, 2000, 4000", "0, 100, 1000", "10000, 50000, 20000", "6000, 6000, 4000"})
    void sum_of_two_equal_width_between_inputs_has_the_triangular_percentiles(long a, long b, long width) {
        // GIVEN two independent BETWEEN counts of equal width w, each uniform
        Map<String, Count> inputs = Map.of("a", Count.between(a, a + width), "b", Count.between(b, b + width));
        Expression sum = Expression.people("sum", LinearSum.of("a").plus(LinearSum.of("b"), 1));

        // WHEN propagating 100,000 draws
        Uncertainty u = DEFAULT.propagate(inputs, List.of(sum)).get(0);

        // THEN the sum is triangular on [a + b, a + b + 2w] with its mode at a + b + w:
        // F(x) = (x − lo)² / 2w² below the mode, so P5 = lo + w·sqrt(0.1), P50 = lo + w, P95 = lo + 2w − w·sqrt(0.1)
        double lo = a + b;
        double w = width;
        double p5 = lo + w * Math.sqrt(0.1);
        double densityAtP5 = Math.sqrt(0.1) / w;
        double densityAtMode = 1 / w;
        assertThat(u.p5()).isCloseTo(p5, within(tolerance(0.05, densityAtP5)));
        assertThat(u.p50()).isCloseTo(lo + w, within(tolerance(0.5, densityAtMode)));
        assertThat(u.p95()).isCloseTo(lo + 2 * w - w * Math.sqrt(0.1), within(tolerance(0.95, densityAtP5)));
        assertThat(u.draws()).isEqualTo(N);
    }

    @Test
    void about_is_a_symmetric_triangle_with_its_median_at_the_stated_value() {
        // GIVEN « quelque 250.000 »: triangular on [225000, 275000] with its mode at 250000
        Map<String, Count> inputs = Map.of("population", Count.about(250_000));

        // WHEN propagating the count itself
        Uncertainty u = DEFAULT.propagate(inputs, List.of(Expression.people("x", LinearSum.of("population"))))
                .get(0);

        // THEN the median is the stated value and the 5th and 95th percentiles mirror each other:
        // F(x) = (x − a)² / ((b − a)(c − a)) below the mode, so P5 = a + sqrt(0.05 (b − a)(c − a))
        double a = 225_000;
        double b = 275_000;
        double c = 250_000;
        double p5 = a + Math.sqrt(0.05 * (b - a) * (c - a));
        double densityAtP5 = 2 * (p5 - a) / ((b - a) * (c - a));
        assertThat(u.p50()).isCloseTo(c, within(tolerance(0.5, 2 / (b - a))));
        assertThat(u.p5()).isCloseTo(p5, within(tolerance(0.05, densityAtP5)));
        assertThat(u.p95()).isCloseTo(2 * c - p5, within(tolerance(0.95, densityAtP5)));
        assertThat((u.p5() + u.p95()) / 2).isCloseTo(c, within(tolerance(0.05, densityAtP5)));
    }

    @Test
    void nearly_leans_towards_the_stated_value_and_never_exceeds_it() {
        // GIVEN « près de 10.000 »: triangular on [9000, 10000] with its mode at the stated value
        double[] draws = DEFAULT.draw("fled", Count.nearly(10_000));

        // WHEN taking the median of the draws
        double median = DEFAULT.propagate(
                        Map.of("fled", Count.nearly(10_000)), List.of(Expression.people("x", LinearSum.of("fled"))))
                .get(0)
                .p50();

        // THEN every draw is within [9000, 10000] and the median is 9000 + 1000/sqrt(2) (F(x) = ((x − a)/(b − a))²)
        assertThat(Arrays.stream(draws).min().orElseThrow()).isGreaterThanOrEqualTo(9_000);
        assertThat(Arrays.stream(draws).max().orElseThrow()).isLessThanOrEqualTo(10_000);
        double expected = 9_000 + 1_000 / Math.sqrt(2);
        double densityAtMedian = 2 * (expected - 9_000) / (1_000.0 * 1_000.0);
        assertThat(median).isCloseTo(expected, within(tolerance(0.5, densityAtMedian)));
    }

    @Test
    void exact_inputs_give_a_constant_with_no_driver() {
        // GIVEN « dont 6.000 » and 4,000, both without qualifying words
        Map<String, Count> inputs = Map.of("kurdish", Count.exact(6_000), "government", Count.exact(4_000));
        LinearSum total = LinearSum.of("kurdish").plus(LinearSum.of("government"), 1);

        // WHEN propagating their sum and a share
        List<Uncertainty> u = DEFAULT.propagate(
                inputs,
                List.of(Expression.people("total", total), Expression.ratio("share", LinearSum.of("kurdish"), total)));

        // THEN every draw is the same number and no input moves it
        assertThat(u.get(0).p5()).isEqualTo(10_000);
        assertThat(u.get(0).p50()).isEqualTo(10_000);
        assertThat(u.get(0).p95()).isEqualTo(10_000);
        assertThat(u.get(1).p5()).isEqualTo(0.6);
        assertThat(u.get(1).p95()).isEqualTo(0.6);
        assertThat(u).allSatisfy(x -> {
            assertThat(x.mainDriver()).isEmpty();
            assertThat(x.driverCorrelation()).isEmpty();
        });
    }

    @ParameterizedTest(name = "{0} {1} with a {2} % tail")
    @CsvSource({
        "AT_LEAST, 10000, 10, 10000",
        "AT_LEAST, 6000, 50, 6000",
        "MORE_THAN, 10000, 10, 10001",
        "AT_LEAST, 250000, 1000, 250000"
    })
    void unbounded_count_is_its_low_bound_plus_an_excess_whose_mean_is_the_tail_percent_of_the_value(
            Quantifier quantifier, long value, int tail, long low) {
        // GIVEN « au moins v » and a tail of t %
        MonteCarlo mc = MonteCarlo.of(new UncertaintySettings(20161129L, N, tail), QuantifierPolicy.DEFAULT);

        // WHEN drawing it
        double[] draws = mc.draw("x", Count.of(quantifier, value));

        // THEN no draw is below the low bound, and the mean excess is t % of v (exponential: se = mean / sqrt(n))
        double mean = value * tail / 100.0;
        assertThat(Arrays.stream(draws).min().orElseThrow()).isGreaterThanOrEqualTo(low);
        assertThat(Arrays.stream(draws).average().orElseThrow() - low)
                .isCloseTo(mean, within(SIGMAS * mean / Math.sqrt(N) + 1));
    }

    @Test
    void unbounded_count_with_no_tail_is_its_low_bound() {
        MonteCarlo mc = MonteCarlo.of(new UncertaintySettings(1L, 1_000, 0), QuantifierPolicy.DEFAULT);

        double[] draws = mc.draw("x", Count.atLeast(10_000));

        assertThat(draws).hasSize(1_000).containsOnly(10_000.0);
    }

    @Test
    void every_draw_is_a_whole_number_of_people() {
        for (Count c : List.of(
                Count.about(250_000),
                Count.nearly(10_000),
                Count.between(6_000, 10_000),
                Count.upTo(4_000),
                Count.lessThan(4_000),
                Count.atLeast(10_000))) {
            assertThat(Arrays.stream(DEFAULT.draw("x", c))
                            .filter(d -> d != Math.rint(d))
                            .count())
                    .as("%s", c)
                    .isZero();
        }
    }

    // ---- Bounds: seeded loop over generated expressions ------------------------------------------------------

    @Test
    void percentiles_of_bounded_inputs_lie_within_the_interval_arithmetic_bounds() {
        // GIVEN 300 generated sums and ratios of bounded counts (seeded, so any failure is repeatable)
        Random random = new Random(42);
        MonteCarlo mc = MonteCarlo.of(new UncertaintySettings(7L, 2_000, 10), QuantifierPolicy.DEFAULT);
        for (int k = 0; k < 300; k++) {
            Map<String, Count> inputs = new LinkedHashMap<>();
            int terms = 1 + random.nextInt(4);
            LinearSum sum = LinearSum.ofConstant(random.nextInt(1_000));
            Interval bounds = Interval.point(sum.constant());
            for (int t = 0; t < terms; t++) {
                String id = "in-" + t;
                Count c = boundedCount(random);
                inputs.put(id, c);
                int sign = random.nextBoolean() ? 1 : -1;
                sum = sum.plus(LinearSum.of(id), sign);
                bounds = sign == 1 ? bounds.plus(c.interval()) : bounds.minus(c.interval());
            }
            Count part = boundedCount(random);
            Count whole = Count.between(1 + random.nextInt(1_000), 2_000 + random.nextInt(100_000));
            inputs.put("part", part);
            inputs.put("whole", whole);
            // Only the intervals matter to the bounds (a LESS_THAN count's point lies outside its interval).
            Ratio ratio = Ratio.of(
                    new Estimate(OptionalLong.empty(), part.interval()),
                    new Estimate(OptionalLong.empty(), whole.interval()));

            // WHEN propagating
            List<Uncertainty> u = mc.propagate(
                    inputs,
                    List.of(
                            Expression.people("sum", sum),
                            Expression.ratio("ratio", LinearSum.of("part"), LinearSum.of("whole"))));

            // THEN the percentiles never leave the bounds that interval arithmetic gives
            String why = "case " + k + ": " + inputs + " sum " + sum;
            assertThat(u.get(0).p5())
                    .as(why)
                    .isGreaterThanOrEqualTo(bounds.low().getAsLong());
            assertThat(u.get(0).p95()).as(why).isLessThanOrEqualTo(bounds.high().getAsLong());
            assertThat(u.get(1).p5()).as(why).isGreaterThanOrEqualTo(ratio.low().getAsDouble());
            assertThat(u.get(1).p95()).as(why).isLessThanOrEqualTo(ratio.high().getAsDouble());
        }
    }

    private static Count boundedCount(Random random) {
        long v = 1 + random.nextInt(300_000);
        return switch (random.nextInt(6)) {
            case 0 -> Count.exact(v);
            case 1 -> Count.about(v);
            case 2 -> Count.nearly(v);
            case 3 -> Count.upTo(v);
            case 4 -> Count.lessThan(v);
            default -> Count.between(v, v + 1 + random.nextInt(50_000));
        };
    }

    // ---- Main driver ---------------------------------------------------------------------------------------

    @Test
    void main_driver_is_the_input_with_the_strongest_rank_correlation_with_its_sign() {
        // GIVEN a narrow « près de 10.000 » minus a wide "between 1,000 and 5,000"
        Map<String, Count> inputs = Map.of("narrow", Count.nearly(10_000), "wide", Count.between(1_000, 5_000));
        Expression difference = Expression.people("d", LinearSum.of("narrow").plus(LinearSum.of("wide"), -1));

        // WHEN propagating
        Uncertainty u = DEFAULT.propagate(inputs, List.of(difference)).get(0);

        // THEN the wide input drives it, against its direction
        assertThat(u.mainDriver()).contains("wide");
        assertThat(u.driverCorrelation().getAsDouble()).isLessThan(-0.9);
    }

    // ---- Reproducibility and independence ------------------------------------------------------------------

    @Test
    void same_seed_gives_identical_results() {
        Map<String, Count> inputs = Map.of("a", Count.about(250_000), "b", Count.atLeast(10_000));
        List<Expression> e = List.of(Expression.ratio("r", LinearSum.of("b"), LinearSum.of("a")));

        List<Uncertainty> first = DEFAULT.propagate(inputs, e);
        List<Uncertainty> second = MonteCarlo.of(UncertaintySettings.DEFAULT, QuantifierPolicy.DEFAULT)
                .propagate(inputs, e);

        assertThat(second).isEqualTo(first);
        assertThat(Arrays.equals(DEFAULT.draw("a", Count.about(250_000)), DEFAULT.draw("a", Count.about(250_000))))
                .isTrue();
    }

    @Test
    void different_seed_gives_different_draws() {
        MonteCarlo other = MonteCarlo.of(new UncertaintySettings(20161130L, N, 10), QuantifierPolicy.DEFAULT);
        Map<String, Count> inputs = Map.of("a", Count.about(250_000));
        List<Expression> e = List.of(Expression.people("x", LinearSum.of("a")));

        assertThat(Arrays.equals(other.draw("a", Count.about(250_000)), DEFAULT.draw("a", Count.about(250_000))))
                .isFalse();
        assertThat(other.propagate(inputs, e).get(0))
                .isNotEqualTo(DEFAULT.propagate(inputs, e).get(0));
    }

    @Test
    void seeds_differing_only_in_the_high_bits_give_different_draws() {
        MonteCarlo high =
                MonteCarlo.of(new UncertaintySettings(20161129L + (1L << 32), N, 10), QuantifierPolicy.DEFAULT);

        assertThat(Arrays.equals(high.draw("a", Count.about(250_000)), DEFAULT.draw("a", Count.about(250_000))))
                .isFalse();
    }

    @Test
    void results_do_not_depend_on_the_order_of_inputs_or_expressions() {
        // GIVEN the same inputs and expressions, in two orders
        Map<String, Count> forward = new LinkedHashMap<>();
        forward.put("population", Count.about(250_000));
        forward.put("fled", Count.nearly(10_000));
        forward.put("kurdish", Count.between(6_000, 8_000));
        Map<String, Count> backward = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>(forward.keySet());
        Collections.reverse(ids);
        ids.forEach(id -> backward.put(id, forward.get(id)));
        List<Expression> expressions = List.of(
                Expression.ratio("share", LinearSum.of("fled"), LinearSum.of("population")),
                Expression.people("rest", LinearSum.of("fled").plus(LinearSum.of("kurdish"), -1)));

        // WHEN propagating both
        List<Uncertainty> a = DEFAULT.propagate(forward, expressions);
        List<Uncertainty> b = DEFAULT.propagate(backward, List.of(expressions.get(1), expressions.get(0)));

        // THEN each expression has the same result
        assertThat(b).containsExactly(a.get(1), a.get(0));
    }

    @Test
    void different_inputs_draw_independently_even_when_their_ids_share_a_hash_code() {
        // GIVEN two ids with the same String.hashCode ('a'·31 + 'q' = 'c'·31 + '3' = 3120)
        assertThat("aq".hashCode()).isEqualTo("c3".hashCode());
        Count c = Count.between(0, 1_000);

        // WHEN drawing each, and their sum
        double[] aq = DEFAULT.draw("aq", c);
        double[] c3 = DEFAULT.draw("c3", c);
        Uncertainty sum = DEFAULT.propagate(
                        Map.of("aq", c, "c3", c),
                        List.of(Expression.people("s", LinearSum.of("aq").plus(LinearSum.of("c3"), 1))))
                .get(0);

        // THEN the draws differ, and the sum is triangular (P5 = w·sqrt(0.1)), not a doubled uniform (P5 = 0.1 w)
        assertThat(Arrays.equals(aq, c3))
                .as("draws of 'aq' and 'c3' are identical")
                .isFalse();
        assertThat(sum.p5()).isCloseTo(1_000 * Math.sqrt(0.1), within(tolerance(0.05, Math.sqrt(0.1) / 1_000)));
    }

    // ---- Errors --------------------------------------------------------------------------------------------

    @Test
    void denominator_that_is_zero_is_reported_with_the_expression_name() {
        Map<String, Count> inputs = Map.of("part", Count.exact(10), "whole", Count.exact(0));

        assertThatThrownBy(() -> DEFAULT.propagate(
                        inputs, List.of(Expression.ratio("share", LinearSum.of("part"), LinearSum.of("whole")))))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("'share'", "divides by zero", "in " + N + " of " + N + " draws");
    }

    @Test
    void denominator_that_reaches_zero_in_some_draws_is_reported_not_skipped() {
        // GIVEN "up to 10": triangular on [0, 10] with its mode at 10; about 0.25 % of the draws round to 0
        Map<String, Count> inputs = Map.of("part", Count.exact(10), "whole", Count.upTo(10));

        assertThatThrownBy(() -> DEFAULT.propagate(
                        inputs, List.of(Expression.ratio("share", LinearSum.of("part"), LinearSum.of("whole")))))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("'share'", "divides by zero", "of " + N + " draws", "must stay above 0");
    }

    @Test
    void expression_reading_a_missing_input_is_rejected_with_both_names() {
        assertThatThrownBy(() -> DEFAULT.propagate(Map.of(), List.of(Expression.people("rest", LinearSum.of("fled")))))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll("'rest'", "'fled'", "not given");
    }

    @Test
    void vague_input_is_rejected_because_it_has_no_number_to_draw() {
        assertThatThrownBy(() -> DEFAULT.propagate(
                        Map.of("thousands", Count.vague()), List.of(Expression.people("x", LinearSum.of("thousands")))))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("'thousands'", "VAGUE");
    }

    /** {@value #SIGMAS} standard errors of the sample p-quantile of N draws, plus one person for rounding. */
    private static double tolerance(double p, double density) {
        return SIGMAS * Math.sqrt(p * (1 - p) / N) / density + 1;
    }
}
