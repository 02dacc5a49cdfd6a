package org.displacementstats.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The parser of number words against ICU's spell-out of numbers, an independent generator: for French and English,
 * random numbers up to the millions (seeded), spelt out by {@link RuleBasedNumberFormat}, read back by the extractor.
 */
class NumberWordsSpelloutTest {
    private static final int CASES = 2_000;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"fr", "en"})
    void every_spelt_out_number_reads_back_as_its_value(String language) {
        RuleBasedNumberFormat spellout =
                new RuleBasedNumberFormat(new ULocale(language), RuleBasedNumberFormat.SPELLOUT);
        Random random = new Random(20161129L);
        for (int i = 0; i < CASES; i++) {
            long value = switch (i % 4) {
                case 0 -> 2 + random.nextInt(98);
                case 1 -> 100 + random.nextInt(9_900);
                case 2 -> 10_000 + random.nextInt(990_000);
                default -> 1_000_000 + random.nextInt(999_000_000);
            };
            String words = spellout.format(value);
            assertThat(NumberWords.parse(List.of(words.replace('\u00a0', ' ').split(" "))))
                    .as("%s (%d)", words, value)
                    .isEqualTo(value);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"fr", "en"})
    void a_spelt_out_number_of_people_in_a_sentence_is_a_figure(String language) {
        RuleBasedNumberFormat spellout =
                new RuleBasedNumberFormat(new ULocale(language), RuleBasedNumberFormat.SPELLOUT);
        Random random = new Random(28L);
        for (int i = 0; i < 200; i++) {
            long value = 2 + random.nextInt(999_998);
            String words = spellout.format(value);
            String sentence = language.equals("fr")
                    ? "Au moins " + words + " personnes ont fui la ville."
                    : "At least " + words + " people fled the city.";
            List<Mention> mentions = Extractor.detectingLanguage().extract(sentence);
            assertThat(mentions).as(sentence).singleElement().satisfies(m -> {
                assertThat(m.count().value()).isEqualTo(value);
                assertThat(m.count().quantifier().name()).isEqualTo("AT_LEAST");
            });
        }
    }
}
