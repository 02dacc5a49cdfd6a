package org.displacementstats.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The table "Quantifier → interval" of src/site/markdown/data-format.md, under the default policy and others. */
class CountIntervalTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "6000         | [6000, 6000]",
                "~250000      | [225000, 275000]",
                "<~10000      | [9000, 10000]",
                ">=6000       | [6000, inf)",
                ">6000        | [6001, inf)",
                "<=6000       | [0, 6000]",
                "<6000        | [0, 5999]",
                "6000..10000  | [6000, 10000]",
                "?            | [0, inf)",
                "~0           | [0, 0]",
                "<~0          | [0, 0]",
                "<1           | [0, 0]",
                "<=0          | [0, 0]",
                ">0           | [1, inf)",
            })
    void each_quantifier_gives_the_design_interval_under_the_default_policy(String count, String interval) {
        // GIVEN a count
        Count c = Count.parse(count);

        // WHEN its interval is taken under the default 10 % policy
        // THEN it is the one the data-format table gives
        assertThat(c.interval()).isEqualTo(Interval.parse(interval));
    }

    @Test
    void about_250000_is_225000_to_275000() {
        // GIVEN « quelque 250.000 »
        // WHEN its interval is taken
        Interval interval = Count.about(250_000).interval();

        // THEN it is [225,000, 275,000]
        assertThat(interval.low()).hasValue(225_000);
        assertThat(interval.high()).hasValue(275_000);
    }

    @Test
    void nearly_gives_interval_below_the_stated_value() {
        // GIVEN « près de 10.000 »
        // WHEN its interval is taken
        Interval interval = Count.nearly(10_000).interval();

        // THEN it is [9,000, 10,000]: nothing above the stated value
        assertThat(interval).isEqualTo(Interval.closed(9_000, 10_000));
    }

    @Test
    void more_than_excludes_the_stated_value_and_has_no_upper_bound() {
        // GIVEN "more than 6,000"
        // WHEN its interval is taken
        Interval interval = Count.moreThan(6_000).interval();

        // THEN it starts just above the value and is unbounded
        assertThat(interval.contains(6_000)).isFalse();
        assertThat(interval.low()).hasValue(6_001);
        assertThat(interval.high()).isEmpty();
    }

    @Test
    void at_least_includes_the_stated_value_and_has_no_upper_bound() {
        // GIVEN « au moins 6.000 »
        // WHEN its interval is taken
        Interval interval = Count.atLeast(6_000).interval();

        // THEN it starts at the value and is unbounded
        assertThat(interval.low()).hasValue(6_000);
        assertThat(interval.high()).isEmpty();
    }

    @Test
    void vague_allows_any_number_and_has_no_point() {
        // GIVEN « des milliers »
        Count vague = Count.vague();

        // WHEN its interval and point are taken
        // THEN the interval is [0, inf) and there is no point
        assertThat(vague.interval()).isEqualTo(Interval.atLeast(0));
        assertThat(vague.point()).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> [{1}, {2}]")
    @CsvSource({
        "7,     6,     8",
        "1,     0,     2",
        "3,     2,     4",
        "9,     8,     10",
        "11,    9,     13",
        "15,    13,    17",
        "99,    89,    109",
        "101,   90,    112",
        "12345, 11110, 13580",
    })
    void about_an_odd_value_rounds_the_low_bound_down_and_the_high_bound_up(long value, long low, long high) {
        // GIVEN "about v" where 10 % of v is not whole
        // WHEN the interval is taken
        // THEN the bounds are ⌊0.9v⌋ and ⌈1.1v⌉, so the interval never shrinks by rounding
        assertThat(Count.about(value).interval()).isEqualTo(Interval.closed(low, high));
    }

    @ParameterizedTest(name = "nearly {0} -> [{1}, {0}]")
    @CsvSource({"7, 6", "1, 0", "11, 9", "19, 17"})
    void nearly_an_odd_value_rounds_the_low_bound_down(long value, long low) {
        // GIVEN "nearly v" where 10 % of v is not whole
        // WHEN the interval is taken THEN the low bound is ⌊0.9v⌋ and the high bound v
        assertThat(Count.nearly(value).interval()).isEqualTo(Interval.closed(low, value));
    }

    @ParameterizedTest(name = "{1} % of {0} -> [{2}, {3}]")
    @CsvSource({
        "250000, 20,  200000, 300000",
        "7,      20,  5,      9",
        "250000, 0,   250000, 250000",
        "250000, 100, 0,      500000",
        "3,      33,  2,      4",
    })
    void about_uses_the_policys_margin(long value, int margin, long low, long high) {
        // GIVEN a policy with a margin other than the default
        QuantifierPolicy policy = new QuantifierPolicy(margin);

        // WHEN the interval of "about v" is taken under it
        // THEN the bounds use that margin
        assertThat(Count.about(value).interval(policy)).isEqualTo(Interval.closed(low, high));
    }

    @Test
    void nearly_uses_the_policys_margin_below_the_value_only() {
        // GIVEN a 20 % policy
        QuantifierPolicy policy = new QuantifierPolicy(20);

        // WHEN the interval of « près de 10.000 » is taken
        // THEN it is [8,000, 10,000]
        assertThat(Count.nearly(10_000).interval(policy)).isEqualTo(Interval.closed(8_000, 10_000));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"6000", ">=6000", ">6000", "<=6000", "<6000", "6000..10000", "?"})
    void the_margin_changes_only_about_and_nearly(String text) {
        // GIVEN a count whose words carry no margin
        Count count = Count.parse(text);

        // WHEN its interval is taken under 10 % and 50 %
        // THEN the two agree
        assertThat(count.interval(new QuantifierPolicy(50))).isEqualTo(count.interval(QuantifierPolicy.DEFAULT));
    }

    @Test
    void the_default_policy_has_a_ten_percent_margin() {
        // GIVEN the default policy
        // WHEN its margin is read THEN it is 10
        assertThat(QuantifierPolicy.DEFAULT.marginPercent()).isEqualTo(10);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {-1, -100, 101, 1000, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void a_policy_rejects_a_margin_outside_0_to_100(int margin) {
        // GIVEN a margin below 0 or above 100
        // WHEN a policy is built THEN the message names the field, the rule and the value
        assertThatThrownBy(() -> new QuantifierPolicy(margin))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll("QuantifierPolicy.marginPercent", "between 0 and 100", String.valueOf(margin));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {0, 100})
    void a_policy_accepts_the_margins_0_and_100(int margin) {
        // GIVEN a margin at either end of the range
        // WHEN a policy is built THEN it keeps the margin
        assertThat(new QuantifierPolicy(margin).marginPercent()).isEqualTo(margin);
    }

    @Test
    void about_and_nearly_bounds_are_floor_and_ceiling_for_many_values_and_margins() {
        // GIVEN many seeded values up to the largest count and every margin
        Random random = new Random(20161129L);
        for (int i = 0; i < 10_000; i++) {
            long v = i % 2 == 0 ? random.nextInt(1_000) : random.nextLong(Count.MAX_VALUE + 1);
            int m = random.nextInt(101);
            QuantifierPolicy policy = new QuantifierPolicy(m);

            // WHEN the interval of "about v" is taken
            Interval about = Count.about(v).interval(policy);

            // THEN low is the largest whole number <= v(100-m)/100 and high the smallest >= v(100+m)/100,
            // checked by multiplying back rather than by dividing
            long low = about.low().orElseThrow();
            long high = about.high().orElseThrow();
            assertThat(low * 100).as("v=%d m=%d", v, m).isLessThanOrEqualTo(v * (100 - m));
            assertThat((low + 1) * 100).as("v=%d m=%d", v, m).isGreaterThan(v * (100 - m));
            assertThat(high * 100).as("v=%d m=%d", v, m).isGreaterThanOrEqualTo(v * (100 + m));
            assertThat((high - 1) * 100).as("v=%d m=%d", v, m).isLessThan(v * (100 + m));
            assertThat(Count.nearly(v).interval(policy)).isEqualTo(Interval.closed(low, v));
        }
    }
}
