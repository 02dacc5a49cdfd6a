package org.displacementstats.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.displacementstats.DisplacementDataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IntervalTest {
    private static final long MAX = Long.MAX_VALUE;
    private static final long MIN = Long.MIN_VALUE;

    @Test
    void rejects_a_low_bound_above_the_high_bound() {
        // GIVEN low 5 and high 3
        // WHEN the interval is built THEN the message names both fields and both values
        assertThatThrownBy(() -> Interval.closed(5, 3))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("Interval.low", "<= Interval.high", "low 5", "high 3");
    }

    @Test
    void accepts_a_single_value() {
        // GIVEN equal bounds
        // WHEN the interval is built THEN it holds that value only
        Interval point = Interval.closed(4, 4);
        assertThat(point).isEqualTo(Interval.point(4));
        assertThat(point.contains(4)).isTrue();
        assertThat(point.contains(3) || point.contains(5)).isFalse();
    }

    @Test
    void unbounded_sides_have_no_bound() {
        // GIVEN the two half-unbounded intervals
        Interval atLeast = Interval.atLeast(3);
        Interval atMost = Interval.atMost(3);

        // WHEN their bounds are read THEN the unbounded side is empty
        assertThat(atLeast.low()).hasValue(3);
        assertThat(atLeast.high()).isEmpty();
        assertThat(atMost.low()).isEmpty();
        assertThat(atMost.high()).hasValue(3);
        assertThat(atLeast.isBounded() || atMost.isBounded()).isFalse();
        assertThat(Interval.closed(1, 2).isBounded()).isTrue();
    }

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "[1, 2]       | [10, 20]      | [11, 22]",
                "[-5, 5]      | [0, 0]        | [-5, 5]",
                "[1, inf)     | [10, 20]      | [11, inf)",
                "(-inf, 2]    | [10, 20]      | (-inf, 22]",
                "(-inf, 2]    | [10, inf)     | (-inf, inf)",
                "[225000, 275000] | [9000, 10000] | [234000, 285000]",
            })
    void plus_adds_low_to_low_and_high_to_high(String a, String b, String sum) {
        // GIVEN two intervals
        // WHEN they are added THEN the bounds add, and an unbounded side stays unbounded
        assertThat(Interval.parse(a).plus(Interval.parse(b))).isEqualTo(Interval.parse(sum));
    }

    @ParameterizedTest(name = "{0} - {1} = {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "[10, 20]         | [1, 2]        | [8, 19]",
                "[225000, 275000] | [9000, 10000] | [215000, 266000]",
                "[9000, 10000]    | [6000, 6000]  | [3000, 4000]",
                "[10, 20]         | [1, inf)      | (-inf, 19]",
                "[10, 20]         | (-inf, 2]     | [8, inf)",
                "[10, inf)        | [1, 2]        | [8, inf)",
                "[10, inf)        | [1, inf)      | (-inf, inf)",
            })
    void minus_subtracts_the_other_high_from_low_and_the_other_low_from_high(String a, String b, String difference) {
        // GIVEN two intervals
        // WHEN one is subtracted from the other THEN [a,b] - [c,d] = [a-d, b-c], unbounded where a term is
        assertThat(Interval.parse(a).minus(Interval.parse(b))).isEqualTo(Interval.parse(difference));
    }

    @ParameterizedTest(name = "{0} * {1} = {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "[2, 5]     | 3 | [6, 15]",
                "[2, 5]     | 1 | [2, 5]",
                "[2, 5]     | 0 | [0, 0]",
                "[2, inf)   | 3 | [6, inf)",
                "(-inf, -2] | 3 | (-inf, -6]",
                "[2, inf)   | 0 | [0, 0]",
            })
    void times_scales_each_bound(String interval, long factor, String product) {
        // GIVEN an interval and a whole factor
        // WHEN it is scaled THEN each finite bound is multiplied, and a factor of 0 gives [0, 0]
        assertThat(Interval.parse(interval).times(factor)).isEqualTo(Interval.parse(product));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(longs = {-1, -2, Long.MIN_VALUE})
    void times_rejects_a_negative_factor_as_misuse(long factor) {
        // A negative factor is a programming error, not bad data: the JDK's exception, as java.time throws
        assertThatThrownBy(() -> Interval.closed(1, 2).times(factor))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll("Interval.times factor", ">= 0", String.valueOf(factor));
    }

    @Test
    void plus_overflow_is_a_domain_error_not_an_arithmetic_exception() {
        // GIVEN an interval at the top of long
        Interval top = Interval.point(MAX);

        // WHEN 2 is added THEN it fails with the domain exception naming the operation
        assertThatThrownBy(() -> top.plus(Interval.point(2)))
                .isExactlyInstanceOf(DisplacementDataException.class)
                .hasCauseInstanceOf(ArithmeticException.class)
                .hasMessageContainingAll("Interval arithmetic", "64-bit", MAX + " + 2", "overflows");
    }

    @Test
    void plus_overflow_below_is_a_domain_error() {
        // GIVEN an interval near the bottom of long
        Interval bottom = Interval.closed(MIN, 0);

        // WHEN -1 is added THEN it fails with the domain exception
        assertThatThrownBy(() -> bottom.plus(Interval.point(-1)))
                .isExactlyInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("Interval arithmetic", MIN + " + -1", "overflows");
    }

    @Test
    void minus_overflow_is_a_domain_error_not_an_arithmetic_exception() {
        // GIVEN an interval at the bottom of long
        Interval bottom = Interval.point(MIN);

        // WHEN 1 is subtracted THEN it fails with the domain exception naming the operation
        assertThatThrownBy(() -> bottom.minus(Interval.point(1)))
                .isExactlyInstanceOf(DisplacementDataException.class)
                .hasCauseInstanceOf(ArithmeticException.class)
                .hasMessageContainingAll("Interval arithmetic", MIN + " - 1", "overflows");
    }

    @Test
    void minus_overflow_above_is_a_domain_error() {
        // GIVEN an interval at the top of long
        Interval top = Interval.closed(0, MAX);

        // WHEN -1 is subtracted THEN it fails with the domain exception
        assertThatThrownBy(() -> top.minus(Interval.point(-1)))
                .isExactlyInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("Interval arithmetic", MAX + " - -1", "overflows");
    }

    @Test
    void times_overflow_is_a_domain_error_not_an_arithmetic_exception() {
        // GIVEN an interval above half the top of long
        Interval big = Interval.closed(1, MAX / 2 + 1);

        // WHEN it is doubled THEN it fails with the domain exception naming the operation
        assertThatThrownBy(() -> big.times(2))
                .isExactlyInstanceOf(DisplacementDataException.class)
                .hasCauseInstanceOf(ArithmeticException.class)
                .hasMessageContainingAll("Interval arithmetic", (MAX / 2 + 1) + " * 2", "overflows");
    }

    @Test
    void an_unbounded_side_never_overflows() {
        // GIVEN an interval unbounded above
        Interval a = Interval.atLeast(0);

        // WHEN an interval whose high is the top of long is added
        // THEN the result is unbounded above: the huge high is never added to anything
        assertThat(a.plus(Interval.closed(0, MAX)).high()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "[1, 2]",
                "[-5, -5]",
                "[0, inf)",
                "(-inf, 7]",
                "(-inf, inf)",
                "[-9223372036854775808, 9223372036854775807]",
                "[225000, 275000]"
            })
    void parse_reads_back_what_to_string_prints(String text) {
        // GIVEN an interval's printed form
        // WHEN it is parsed and printed again
        Interval interval = Interval.parse(text);

        // THEN the form is unchanged
        assertThat(interval).hasToString(text);
    }

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "[1,2]           | [1, 2]",
                "[ 1 ,  2 ]      | [1, 2]",
                "[1,inf)         | [1, inf)",
                "(-inf,2]        | (-inf, 2]",
            })
    void parse_tolerates_spaces_around_the_bounds(String text, String printed) {
        // GIVEN a form with more or fewer spaces
        // WHEN it is parsed THEN it prints in the canonical form
        assertThat(Interval.parse(text)).hasToString(printed);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(
            strings = {
                "",
                "1, 2",
                "[1, 2)",
                "(1, 2]",
                "[-inf, 2]",
                "[1, inf]",
                "(inf, 2]",
                "[1; 2]",
                "[1.5, 2]",
                "[a, b]",
                "[1, 2, 3]",
                "[1,200, 3]",
                "[, 2]",
                "[1, -inf)",
                "[12345678901234567890, 1]"
            })
    void parse_rejects_malformed_text_naming_the_text(String text) {
        // GIVEN a form that is not an interval
        // WHEN it is parsed THEN the message names the valid forms and the text
        assertThatThrownBy(() -> Interval.parse(text))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("Interval must be written", "'" + text + "'");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"[9223372036854775808, 9223372036854775809]", "[-9223372036854775809, 0]"})
    void parse_rejects_bounds_beyond_64_bits_naming_the_text(String text) {
        // GIVEN 19-digit bounds that do not fit a long
        // WHEN they are parsed THEN the message names the rule and the text
        assertThatThrownBy(() -> Interval.parse(text))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("Interval bounds", "64 bits", "'" + text + "'");
    }

    @Test
    void parse_rejects_reversed_bounds() {
        // GIVEN "[5, 3]"
        // WHEN it is parsed THEN it fails like Interval.closed(5, 3)
        assertThatThrownBy(() -> Interval.parse("[5, 3]"))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("Interval.low", "low 5", "high 3");
    }

    @ParameterizedTest(name = "{0} contains {1}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "[1, 5]      | 1  | true",
                "[1, 5]      | 5  | true",
                "[1, 5]      | 3  | true",
                "[1, 5]      | 0  | false",
                "[1, 5]      | 6  | false",
                "[1, inf)    | 9223372036854775807 | true",
                "[1, inf)    | 0  | false",
                "(-inf, 5]   | -9223372036854775808 | true",
                "(-inf, 5]   | 6  | false",
                "(-inf, inf) | 0  | true",
            })
    void contains_includes_both_bounds(String interval, long value, boolean expected) {
        // GIVEN an interval and a value
        // WHEN membership is asked THEN both finite bounds are included
        assertThat(Interval.parse(interval).contains(value)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} encloses {1}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "[1, 5]      | [1, 5]      | true",
                "[1, 5]      | [2, 4]      | true",
                "[1, 5]      | [0, 4]      | false",
                "[1, 5]      | [2, 6]      | false",
                "[1, 5]      | [2, inf)    | false",
                "[1, 5]      | (-inf, 4]   | false",
                "[1, inf)    | [2, inf)    | true",
                "[1, inf)    | [0, inf)    | false",
                "[1, inf)    | [2, 9]      | true",
                "(-inf, 5]   | (-inf, 4]   | true",
                "(-inf, 5]   | (-inf, 6]   | false",
                "(-inf, inf) | (-inf, inf) | true",
                "[1, 5]      | (-inf, inf) | false",
                "(-inf, inf) | [1, 5]      | true",
            })
    void encloses_when_every_value_of_the_other_is_inside(String outer, String inner, boolean expected) {
        // GIVEN two intervals
        // WHEN enclosure is asked THEN it holds exactly when the other lies within
        assertThat(Interval.parse(outer).encloses(Interval.parse(inner))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} overlaps {1}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "[1, 5]      | [5, 9]      | true",
                "[1, 5]      | [6, 9]      | false",
                "[6, 9]      | [1, 5]      | false",
                "[1, 5]      | [2, 3]      | true",
                "[1, 5]      | [0, 1]      | true",
                "[1, 5]      | [5, inf)    | true",
                "[1, 5]      | [6, inf)    | false",
                "[1, 5]      | (-inf, 1]   | true",
                "[1, 5]      | (-inf, 0]   | false",
                "[1, inf)    | (-inf, 1]   | true",
                "[2, inf)    | (-inf, 1]   | false",
                "(-inf, inf) | [3, 3]      | true",
                "[1, inf)    | [100, inf)  | true",
            })
    void overlaps_when_the_two_share_a_value(String a, String b, boolean expected) {
        // GIVEN two intervals
        Interval first = Interval.parse(a);
        Interval second = Interval.parse(b);

        // WHEN overlap is asked both ways THEN it holds exactly when they share a value, symmetrically
        assertThat(first.overlaps(second)).isEqualTo(expected);
        assertThat(second.overlaps(first)).isEqualTo(expected);
    }

    @Test
    void equal_intervals_have_equal_hash_codes() {
        // GIVEN the same interval built two ways
        Interval built = Interval.closed(3, 7);
        Interval parsed = Interval.parse("[3, 7]");

        // WHEN compared THEN they are equal with equal hash codes, and differ from a half-unbounded one
        assertThat(built).isEqualTo(parsed).hasSameHashCodeAs(parsed);
        assertThat(Interval.atLeast(3)).isNotEqualTo(Interval.point(3)).isNotEqualTo(Interval.atMost(3));
    }
}
