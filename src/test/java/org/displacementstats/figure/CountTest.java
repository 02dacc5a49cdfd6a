package org.displacementstats.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.displacementstats.DisplacementDataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountTest {

    @Test
    void rejects_negative_count_with_field_and_value_in_message() {
        // GIVEN a negative value
        // WHEN an exact count is built THEN the message names the field, the rule and the value
        assertThatThrownBy(() -> Count.exact(-5))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("Count.value", ">= 0", "-5");
    }

    @ParameterizedTest(name = "{0} {1}..{2}")
    @CsvSource({
        "EXACT,        -5,          -5,          Count.value,  '>= 0',                        -5",
        "BETWEEN,      -1,          10,          Count.value,  '>= 0',                        -1",
        "EXACT,        10000000001, 10000000001, Count.value,  '<= 10000000000',              10000000001",
        "ABOUT,        9223372036854775807, 9223372036854775807, Count.value, '<= 10000000000', 9223372036854775807",
        "BETWEEN,      5,           10000000001, Count.value,  '<= 10000000000',              10000000001",
        "BETWEEN,      10,          10,          Count.upper,  '> Count.value for BETWEEN',   10..10",
        "BETWEEN,      10,          5,           Count.upper,  '> Count.value for BETWEEN',   10..5",
        "VAGUE,        5,           5,           Count.value,  'must be 0 for VAGUE',         5",
        "VAGUE,        5,           0,           Count.value,  'must be 0 for VAGUE',         5",
        "VAGUE,        0,           7,           Count.upper,  'must be 0 for VAGUE',         7",
        "LESS_THAN,    0,           0,           Count.value,  '>= 1 for LESS_THAN',          0",
        "LESS_THAN,    5,           6,           Count.upper,  'must equal Count.value',      6",
        "EXACT,        5,           6,           Count.upper,  'must equal Count.value',      6",
        "ABOUT,        5,           4,           Count.upper,  'must equal Count.value',      4",
        "NEARLY,       5,           0,           Count.upper,  'must equal Count.value',      0",
        "AT_LEAST,     5,           7,           Count.upper,  'must equal Count.value',      7",
        "MORE_THAN,    5,           7,           Count.upper,  'must equal Count.value',      7",
        "UP_TO,        5,           7,           Count.upper,  'must equal Count.value',      7",
    })
    void rejects_a_count_that_breaks_a_rule_with_field_rule_and_value_in_message(
            Quantifier quantifier, long value, long upper, String field, String rule, String shown) {
        // GIVEN fields that break one rule
        // WHEN the count is built THEN the message names the field, the rule and the value
        assertThatThrownBy(() -> new Count(quantifier, value, upper))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll(field, rule, shown);
    }

    @Test
    void accepts_the_largest_count() {
        // GIVEN Count.MAX_VALUE
        // WHEN an exact count is built THEN it keeps the value
        assertThat(Count.exact(Count.MAX_VALUE).value()).isEqualTo(Count.MAX_VALUE);
    }

    @Test
    void rejects_one_more_than_the_largest_count() {
        // GIVEN Count.MAX_VALUE + 1
        // WHEN an about count is built THEN the message names the bound and the value
        assertThatThrownBy(() -> Count.about(Count.MAX_VALUE + 1))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("Count.value", "<= " + Count.MAX_VALUE, String.valueOf(Count.MAX_VALUE + 1));
    }

    @Test
    void less_than_zero_people_is_rejected() {
        // GIVEN "fewer than 0"
        // WHEN the count is built THEN it is rejected as impossible
        assertThatThrownBy(() -> Count.lessThan(0))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("Count.value", "LESS_THAN", "0");
    }

    @Test
    void between_requires_a_low_below_the_high() {
        // GIVEN equal bounds
        // WHEN a between count is built THEN it is rejected
        assertThatThrownBy(() -> Count.between(6_000, 6_000))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("Count.upper", "BETWEEN", "6000..6000");
    }

    @Test
    void factories_record_the_quantifier_the_source_used() {
        // GIVEN the factories named for the source's words
        // WHEN each builds a count
        // THEN each records its quantifier
        assertThat(Count.exact(6_000).quantifier()).isEqualTo(Quantifier.EXACT);
        assertThat(Count.about(250_000).quantifier()).isEqualTo(Quantifier.ABOUT);
        assertThat(Count.nearly(10_000).quantifier()).isEqualTo(Quantifier.NEARLY);
        assertThat(Count.atLeast(6_000).quantifier()).isEqualTo(Quantifier.AT_LEAST);
        assertThat(Count.moreThan(6_000).quantifier()).isEqualTo(Quantifier.MORE_THAN);
        assertThat(Count.upTo(6_000).quantifier()).isEqualTo(Quantifier.UP_TO);
        assertThat(Count.lessThan(6_000).quantifier()).isEqualTo(Quantifier.LESS_THAN);
        assertThat(Count.between(6_000, 10_000).quantifier()).isEqualTo(Quantifier.BETWEEN);
        assertThat(Count.vague().quantifier()).isEqualTo(Quantifier.VAGUE);
    }

    @Test
    void a_single_value_count_has_upper_equal_to_value() {
        // GIVEN a count of one stated value
        Count count = Count.nearly(10_000);

        // WHEN its fields are read THEN upper repeats the value
        assertThat(count.upper()).isEqualTo(count.value());
    }

    @ParameterizedTest(name = "{0} -> point {1}")
    @CsvSource({
        "6000,        6000",
        "~250000,     250000",
        "<~10000,     10000",
        ">=6000,      6000",
        ">6000,       6001",
        "<=6000,      6000",
        "<6000,       5999",
        "6000..10000, 8000",
        "7..10,       8",
        "0..1,        0",
    })
    void point_is_the_stated_value_or_the_midpoint_rounded_down_for_between(String text, long point) {
        // GIVEN a count
        Count count = Count.parse(text);

        // WHEN its point estimate is taken THEN it is the stated value (the nearest allowed value for > and <,
        // the midpoint for BETWEEN), always within the interval
        assertThat(count.point()).hasValue(point);
        assertThat(count.interval().contains(point)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"more_than", "less_than"})
    void a_figure_stated_with_more_than_or_less_than_has_an_estimate(String quantifier) {
        // GIVEN « plus de 6.000 » or « moins de 6.000 »
        Count count = Count.of(Quantifier.fromCsvName(quantifier).orElseThrow(), 6_000);

        // WHEN THEN its estimate can be built: the point lies within the interval
        assertThat(Estimate.of(count, QuantifierPolicy.DEFAULT).point()).isEqualTo(count.point());
    }

    @Test
    void a_vague_count_has_no_point() {
        // GIVEN « des milliers »
        // WHEN its point estimate is taken THEN there is none
        assertThat(Count.vague().point()).isEmpty();
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(
            strings = {
                "1,200",
                "1 200",
                "1.200",
                "-5",
                "~",
                "",
                "abc",
                "12...15",
                "..5",
                "5..",
                "~-5",
                "=>5",
                " 5",
                "5 ",
                "+5",
                "??",
                "~?",
                "12345678901234567890",
                "99999999999999999999999"
            })
    void parse_rejects_malformed_text_naming_the_text(String text) {
        // GIVEN text that is not a count's printed form
        // WHEN it is parsed THEN the message quotes the text
        assertThatThrownBy(() -> Count.parse(text))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContaining("Count")
                .hasMessageContaining("'" + text + "'");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"9223372036854775808", "~9999999999999999999", "1..9999999999999999999"})
    void parse_rejects_digits_beyond_64_bits_naming_the_text(String text) {
        // GIVEN digits that fit the pattern but not a long
        // WHEN they are parsed THEN the message names the bound and the text, not a NumberFormatException
        assertThatThrownBy(() -> Count.parse(text))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("Count.value", "<= " + Count.MAX_VALUE, "'" + text + "'");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"10000000001", "~10000000001", "0..10000000001"})
    void parse_rejects_values_above_the_largest_count_naming_the_value(String text) {
        // GIVEN digits that fit a long but exceed Count.MAX_VALUE
        // WHEN they are parsed THEN the message names the bound and the value
        assertThatThrownBy(() -> Count.parse(text))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("Count.value", "<= " + Count.MAX_VALUE, "10000000001");
    }

    @Test
    void parse_rejects_a_between_with_reversed_bounds_naming_them() {
        // GIVEN "12..5"
        // WHEN it is parsed THEN the message names the rule and the bounds
        assertThatThrownBy(() -> Count.parse("12..5"))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("Count.upper", "> Count.value", "12..5");
    }

    @Test
    void parse_rejects_less_than_zero() {
        // GIVEN "<0"
        // WHEN it is parsed THEN it is rejected like Count.lessThan(0)
        assertThatThrownBy(() -> Count.parse("<0"))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("Count.value", "LESS_THAN", "0");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "6000,        EXACT,     6000,  6000",
        "~250000,     ABOUT,     250000, 250000",
        "<~10000,     NEARLY,    10000, 10000",
        ">=6000,      AT_LEAST,  6000,  6000",
        ">6000,       MORE_THAN, 6000,  6000",
        "<=6000,      UP_TO,     6000,  6000",
        "<6000,       LESS_THAN, 6000,  6000",
        "6000..10000, BETWEEN,   6000,  10000",
        "?,           VAGUE,     0,     0",
        "0,           EXACT,     0,     0",
        "007,         EXACT,     7,     7",
    })
    void parse_reads_each_printed_form(String text, Quantifier quantifier, long value, long upper) {
        // GIVEN a count's printed form
        // WHEN it is parsed
        Count count = Count.parse(text);

        // THEN it has the quantifier and values the form stands for
        assertThat(count).isEqualTo(new Count(quantifier, value, upper));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "EXACT,     6000,   6000,  6000",
        "ABOUT,     250000, 250000, ~250000",
        "NEARLY,    10000,  10000, <~10000",
        "AT_LEAST,  6000,   6000,  >=6000",
        "MORE_THAN, 6000,   6000,  >6000",
        "UP_TO,     6000,   6000,  <=6000",
        "LESS_THAN, 6000,   6000,  <6000",
        "BETWEEN,   6000,   10000, 6000..10000",
        "VAGUE,     0,      0,     ?",
    })
    void to_string_prints_the_symbol_and_the_digits(Quantifier quantifier, long value, long upper, String printed) {
        // GIVEN a count
        Count count = new Count(quantifier, value, upper);

        // WHEN it is printed THEN the form has the quantifier's symbol and plain digits
        assertThat(count).hasToString(printed);
    }
}
