package org.displacementstats.flowlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.displacementstats.figure.Quantifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccumulatorTest {

    @ParameterizedTest
    @CsvSource({
        "2016-11-28, 20161128",
        "2016-02-29, 20160229",
        "2000-02-29, 20000229",
        "1900-02-28, 19000228",
        "2016-12-31, 20161231",
        "'2015-02-29', -1",
        "'1900-02-29', -1",
        "'2016-04-31', -1",
        "'2016-13-01', -1",
        "'2016-00-10', -1",
        "'2016-01-00', -1",
        "'2016-1-01', -1",
        "'2016/01/01', -1",
        "'20160101', -1",
        "'2016-01-01 ', -1",
        "'+016-01-01', -1"
    })
    void reads_iso_dates_and_refuses_impossible_ones_like_local_date(String text, int expected) {
        // GIVEN a date cell
        byte[] b = text.getBytes(StandardCharsets.UTF_8);

        // WHEN it is read from bytes
        int packed = Accumulator.date(b, 0, b.length);

        // THEN it is yyyymmdd, or refused exactly when LocalDate.parse refuses it
        assertThat(packed).isEqualTo(expected);
        assertThat(parses(text)).isEqualTo(expected > 0);
    }

    @ParameterizedTest
    @CsvSource({
        "0, 0",
        "6000, 6000",
        "007, 7",
        "10000000000, 10000000000",
        "'', -1",
        "'1,200', -1",
        "'1.5', -1",
        "'-5', -1",
        "' 5', -1",
        "'12e3', -1"
    })
    void reads_counts_written_with_digits_only(String text, long expected) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);

        assertThat(Accumulator.count(b, 0, b.length)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"exact", "EXACT", "About", "nearly", "AT_LEAST", "more_than", "Up_To", "less_THAN", "''"})
    void reads_quantifier_names_in_any_case_like_quantifier_from_csv_name(String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);

        assertThat(Accumulator.quantifier(b, 0, b.length))
                .isEqualTo(Quantifier.fromCsvName(text).orElseThrow());
    }

    @ParameterizedTest
    @CsvSource({"between", "vague", "roughly", "exactly", "less_thanx", "less-than", "at least", "more_thaN_", "é"})
    void refuses_quantifiers_without_a_single_value_and_unknown_words(String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);

        assertThat(Accumulator.quantifier(b, 0, b.length)).isNull();
    }

    private static boolean parses(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
