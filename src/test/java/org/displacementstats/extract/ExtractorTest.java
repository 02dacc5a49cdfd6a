package org.displacementstats.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.aggregator.ArgumentsAccessor;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sentences written from the two languages' grammar (not taken from the annotated texts): each gives the figures
 * listed, as "number text|count|kind", or none.
 */
class ExtractorTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '¦',
            value = {
                "More than 1.5 million people have fled the fighting since January, the UN said.¦"
                        + "1.5 million|>1500000|flow",
                "Plus de 1,2 million de personnes ont fui leurs foyers depuis le début de l'année.¦"
                        + "1,2 million|>1200000|flow",
                "Some 300 families were displaced from the village of Kafr Nabl on Tuesday.¦300|~300|flow",
                "Quelque deux cent cinquante mille habitants vivent encore dans les quartiers assiégés.¦"
                        + "deux cent cinquante mille|~250000|stock",
                "Seventy-five thousand refugees have crossed into Turkey over the past week.¦"
                        + "Seventy-five thousand|75000|flow",
                "Tens of thousands of civilians fled towards the Turkish border.¦Tens of thousands|?|flow",
                "Des dizaines de milliers de civils ont fui vers la frontière turque.¦Des dizaines de milliers|?|flow",
                "Une dizaine de milliers de personnes ont été déplacées.¦Une dizaine de milliers|~10000|flow",
                "Près d'une centaine de familles ont trouvé refuge à Idleb.¦une centaine|<~100|flow",
                "At 4:32 PM, 12 people were killed and 30 injured; 2,000 residents fled.¦2,000|2000|flow",
                "Situation Report No. 7 says 5,000 IDPs remain in camps.¦5,000|5000|stock",
                "Two thirds of them are children, and up to 8,000 people may have left since 3 December.¦"
                        + "8,000|<=8000|flow",
                "The convoy travelled 20 kilometres in four hours, carrying 3,000 evacuees.¦3,000|3000|flow",
                "Il y a quatre mois, quelques centaines de mètres séparaient les deux camps, et 2000 personnes"
                        + " ont fui.¦2000|2000|flow",
                "As many as 20,000 people could be displaced.¦20,000|<=20000|flow",
                "Fewer than 500 families have returned.¦500|<500|flow",
                "L'ONU estime à 400.000 le nombre de déplacés.¦400.000|~400000|flow",
                "Nearly half a million people are trapped in eastern Aleppo.¦half a million|<~500000|stock",
                "Around 10 000 people fled overnight.¦10 000|~10000|flow",
                "Environ 10\u202f000 personnes ont fui.¦10\u202f000|~10000|flow",
                "Au moins 10.000 personnes auraient fui, selon l'OSDH, dont 4000 enfants.¦10.000|>=10000|flow¦"
                        + "4000|4000|flow",
                "Entre 6.000 et 10.000 civils ont gagné le quartier kurde.¦6.000 et 10.000|6000..10000|flow",
                "Between 1 and 2 million people were displaced.¦1 and 2 million|1000000..2000000|flow",
                "Quatre cents familles sont rentrées chez elles.¦Quatre cents|400|flow",
                "10.000 personnes au moins ont quitté la ville.¦10.000|>=10000|flow",
                "About 3,000 people live in the camp.¦3,000|~3000|stock",
                "Thousands of people have fled, and hundreds more are trapped.¦Thousands|?|flow¦hundreds|?|stock",
                "Over 40,000 people were displaced in a single week.¦40,000|>40000|flow",
                "Close to 7,000 civilians fled to Sheikh Maqsoud.¦7,000|<~7000|flow",
                "Jusqu'à 15.000 personnes pourraient fuir la ville.¦15.000|<=15000|flow",
                "Moins de 300 habitants restent dans le village.¦300|<300|stock",
                "Pas moins de 2.500 familles ont été évacuées.¦2.500|>=2500|flow",
                "UNHCR said more than 200,000 people had been displaced by the floods since Monday, and 12 were"
                        + " killed.¦200,000|>200000|flow",
                "Les autorités ont évacué 15 000 habitants de la ville.¦15 000|15000|flow",
                "Quelque 800 personnes ont regagné leurs foyers la semaine dernière.¦800|~800|flow",
                "Il reste environ 1.500 civils dans la vieille ville.¦1.500|~1500|stock",
                "A total of 8,500 asylum seekers arrived on the islands in October.¦8,500|8500|flow",
                "10,000 Afghan refugees have crossed the border.¦10,000|10000|flow",
                "Il y a 6,5 millions de déplacés en Syrie.¦6,5 millions|6500000|stock",
                "Some 4,000 Syrians fled to Lebanon.¦4,000|~4000|flow",
            })
    void finds_the_figures_of_a_sentence(ArgumentsAccessor row) {
        String sentence = row.getString(0);
        List<String> expected =
                row.toList().stream().skip(1).map(String::valueOf).toList();
        List<Mention> mentions = Extractor.detectingLanguage().extract(sentence);
        assertThat(mentions.stream()
                        .map(m -> GoldTexts.between(sentence, m.numberStart(), m.numberEnd()) + "|" + m.count() + "|"
                                + m.kind().csvName())
                        .toList())
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '¦',
            value = {
                "Le 27 novembre à 21h21, 80% du territoire était repris.",
                "At 4:32 PM on 27 November 2016, rebels lost 5 per cent of their territory.",
                "Between 23 and 29 November, 26 people were killed and 279 injured.",
                "300 personnes ont perdu la vie et 1.200 ont été blessées dans les combats.",
                "45 civilians were reportedly killed by shelling while trying to flee.",
                "Aleppo: Situation Report No. 7 (1 December 2016)",
                "The United Nations asked for $20 million to help displaced families.",
                "Les rebelles auraient perdu environ 30% de leur territoire en trois semaines.",
                "Two thirds of them fled on foot.",
                "The 3rd convoy left after 4 days, 2 hours before dawn.",
                "Les habitants ont fui à quelques centaines de mètres, depuis quatre mois.",
                "The offensive began in 2012, and in 2015 Russia intervened.",
                "At least 60 homes were destroyed in the village.",
                "Some 300 fighters and 40 tanks left the town.",
                "In March 2011, 200 Kurds were arrested.",
                "The flooding destroyed 50,000 homes and 300 schools.",
            })
    void finds_no_figure_in_a_sentence_without_one(String sentence) {
        assertThat(Extractor.detectingLanguage().extract(sentence)).isEmpty();
    }

    @Test
    void a_repeated_number_of_the_same_text_is_one_claim_with_one_mention_per_occurrence() {
        String text = "Alep : 10.000 déplacés en une nuit\n\nAu moins 10.000 personnes ont fui la ville. "
                + "Près de 250.000 habitants y vivent.";
        List<Mention> mentions = Extractor.forLanguage(Language.FRENCH).extract(text);
        assertThat(mentions).extracting(Mention::id).containsExactly("m1", "m2", "m3");
        assertThat(mentions).extracting(Mention::claim).containsExactly("c1", "c1", "c2");
    }

    @Test
    void hints_name_origin_destination_period_and_attribution() {
        Mention m = Extractor.forLanguage(Language.ENGLISH)
                .extract("Nearly 10,000 civilians fled from Aleppo to" + " Idlib over the past two days, the UN said.")
                .get(0);
        assertThat(m.hints().origin()).contains("Aleppo");
        assertThat(m.hints().destination()).contains("Idlib");
        assertThat(m.hints().period()).contains("over the past two days");
        assertThat(m.hints().attribution()).contains("the UN");
        assertThat(m.what()).isEqualTo("fled");
    }

    @Test
    void the_origin_of_a_flow_is_not_the_place_it_went_to() {
        Mention m = Extractor.detectingLanguage()
                .extract("Some 4,000 Syrians fled to Lebanon.")
                .get(0);
        assertThat(m.hints().origin()).isEmpty();
        assertThat(m.hints().destination()).contains("Lebanon");
    }

    @Test
    void households_are_counted_as_households_never_multiplied() {
        Mention m = Extractor.detectingLanguage()
                .extract("Some 300 families were displaced.")
                .get(0);
        assertThat(m.unit()).isEqualTo(Unit.HOUSEHOLDS);
        assertThat(m.count().value()).isEqualTo(300);
    }

    @Test
    void the_quote_is_found_at_its_offsets_with_its_prefix_and_suffix() {
        String text = "Un texte 🙂 qui précède. Près de 10.000 d'entre eux ont fui les deux derniers jours. Fin.";
        Mention m = Extractor.detectingLanguage().extract(text).get(0);
        assertThat(m.quote().isFoundIn(text)).isTrue();
        assertThat(m.quote().exact()).isEqualTo("Près de 10.000 d'entre eux ont fui les deux derniers jours");
        assertThat(GoldTexts.between(text, m.numberStart(), m.numberEnd())).isEqualTo("10.000");
    }

    @Test
    void an_empty_or_blank_text_has_no_figure() {
        assertThat(Extractor.detectingLanguage().extract("")).isEmpty();
        assertThat(Extractor.detectingLanguage().extract(" \n\n\t ")).isEmpty();
    }

    @Test
    void a_null_text_is_a_programming_error() {
        assertThatThrownBy(() -> Extractor.detectingLanguage().extract(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void english_is_detected_from_its_common_words() {
        assertThat(Language.detect("The people of the city fled to the north.")).isEqualTo(Language.ENGLISH);
        assertThat(Language.fromCode("FR")).isEqualTo(Language.FRENCH);
    }
}
