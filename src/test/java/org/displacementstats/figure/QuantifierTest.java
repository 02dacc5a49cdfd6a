package org.displacementstats.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantifierTest {

    static Stream<Arguments> everyListedWord() {
        List<Arguments> cases = new ArrayList<>();
        for (Quantifier q : Quantifier.values()) {
            q.frenchWords().forEach(w -> cases.add(Arguments.of(q, "fr", w)));
            q.englishWords().forEach(w -> cases.add(Arguments.of(q, "en", w)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} ({1}) ''{2}''")
    @MethodSource("everyListedWord")
    void from_words_recognises_every_word_a_quantifier_lists(Quantifier quantifier, String language, String words) {
        // GIVEN one of the quantifier's own words, in French or English
        // WHEN the words are looked up THEN they give that quantifier
        assertThat(Quantifier.fromWords(words)).as(language).contains(quantifier);
    }

    @Test
    void every_quantifier_but_exact_lists_words_in_both_languages() {
        // GIVEN the quantifiers
        // WHEN their word lists are read
        // THEN only EXACT has none, in either language
        for (Quantifier q : Quantifier.values()) {
            boolean exact = q == Quantifier.EXACT;
            assertThat(q.frenchWords().isEmpty()).as(q + " French").isEqualTo(exact);
            assertThat(q.englishWords().isEmpty()).as(q + " English").isEqualTo(exact);
        }
    }

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource({
        "quelque,          ABOUT",
        "environ,          ABOUT",
        "autour de,        ABOUT",
        "près de,          NEARLY",
        "presque,          NEARLY",
        "pas loin de,      NEARLY",
        "au moins,         AT_LEAST",
        "plus de,          MORE_THAN",
        "jusqu'à,          UP_TO",
        "moins de,         LESS_THAN",
        "entre,            BETWEEN",
        "des milliers,     VAGUE",
        "about,            ABOUT",
        "around,           ABOUT",
        "some,             ABOUT",
        "an estimated,     ABOUT",
        "nearly,           NEARLY",
        "almost,           NEARLY",
        "close to,         NEARLY",
        "at least,         AT_LEAST",
        "more than,        MORE_THAN",
        "over,             MORE_THAN",
        "up to,            UP_TO",
        "less than,        LESS_THAN",
        "fewer than,       LESS_THAN",
        "between,          BETWEEN",
        "thousands,        VAGUE",
    })
    void from_words_maps_the_design_table_words(String words, Quantifier quantifier) {
        // GIVEN words from the quantifier table of README.md
        // WHEN they are looked up THEN they give the table's quantifier
        assertThat(Quantifier.fromWords(words)).contains(quantifier);
    }

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Près de          | NEARLY",
                "PRÈS DE          | NEARLY",
                "jusqu\u2019à     | UP_TO",
                "Jusqu\u2019à     | UP_TO",
                "An estimated     | ABOUT",
                "AN ESTIMATED     | ABOUT",
                "'  au moins  '   | AT_LEAST",
                "'au   moins'     | AT_LEAST",
                "'at\tleast'      | AT_LEAST",
                "Entre            | BETWEEN",
                "Between          | BETWEEN",
                "Des Milliers     | VAGUE",
            })
    void from_words_ignores_case_spacing_and_the_kind_of_apostrophe(String words, Quantifier quantifier) {
        // GIVEN the words as a source may print them
        // WHEN they are looked up THEN case, spaces and apostrophes do not matter
        assertThat(Quantifier.fromWords(words)).contains(quantifier);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(
            strings = {
                "",
                "  ",
                "approximately",
                "presque pas",
                "plus",
                "de",
                "au",
                "milliers",
                "exact",
                "about about",
                "près",
                "entre … et",
                "~",
                "ABOUT_"
            })
    void from_words_gives_nothing_for_unknown_words(String words) {
        // GIVEN words no quantifier lists
        // WHEN they are looked up THEN nothing is found
        assertThat(Quantifier.fromWords(words)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Quantifier.class)
    void from_csv_name_reads_back_each_csv_name(Quantifier quantifier) {
        // GIVEN a quantifier's CSV name
        String name = quantifier.csvName();

        // WHEN it is read back THEN it gives the quantifier
        assertThat(Quantifier.fromCsvName(name)).contains(quantifier);
    }

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource({
        "exact,     EXACT",
        "about,     ABOUT",
        "nearly,    NEARLY",
        "at_least,  AT_LEAST",
        "AT_LEAST,  AT_LEAST",
        "At_Least,  AT_LEAST",
        "more_than, MORE_THAN",
        "up_to,     UP_TO",
        "less_than, LESS_THAN",
        "between,   BETWEEN",
        "vague,     VAGUE",
        "'',        EXACT",
    })
    void from_csv_name_ignores_case_and_reads_an_empty_cell_as_exact(String name, Quantifier quantifier) {
        // GIVEN a CSV cell
        // WHEN it is read THEN it names the quantifier, and an empty cell means EXACT
        assertThat(Quantifier.fromCsvName(name)).contains(quantifier);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"at least", "at-least", "atleast", "~", "près de", " ", "exact "})
    void from_csv_name_gives_nothing_for_other_names(String name) {
        // GIVEN a cell that is not a CSV name
        // WHEN it is read THEN nothing is found
        assertThat(Quantifier.fromCsvName(name)).isEmpty();
    }

    @Test
    void csv_name_is_the_lower_case_constant_name() {
        // GIVEN AT_LEAST
        // WHEN its CSV name is taken THEN it is at_least
        assertThat(Quantifier.AT_LEAST.csvName()).isEqualTo("at_least");
    }
}
