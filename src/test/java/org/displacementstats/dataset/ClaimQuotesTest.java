package org.displacementstats.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.displacementstats.figure.Claim;
import org.displacementstats.provenance.Quote;
import org.junit.jupiter.api.Test;

/**
 * The other sources' words are citations: the repository holds no copy of those publications, so their quotes
 * cannot be checked against a text, and the report says so (one skipped {@code quote-found} row per source)
 * instead of passing them in silence.
 */
class ClaimQuotesTest {
    /** The sources that claims and figures cite without a text in the repository. */
    private static final List<String> CITED_ONLY =
            List.of("lci-2016-11-27", "chinapost-afp-2016-11-29", "reuters-2016-11-28", "ocha-sitrep-2016-12-01");

    private static final DisplacementDataset ALEPPO = DisplacementDataset.aleppo2016();

    @Test
    void sources_cited_without_a_text_in_the_repository_are_exactly_the_four_other_publications() {
        List<String> cited = new ArrayList<>();
        ALEPPO.claims().forEach(c -> cited.add(c.source().id()));
        ALEPPO.figures().forEach(f -> f.evidence().source().ifPresent(s -> cited.add(s.id())));

        List<String> withoutText = cited.stream()
                .distinct()
                .filter(id -> ALEPPO.sourceText(id).isEmpty())
                .toList();

        assertThat(withoutText).containsExactlyInAnyOrderElementsOf(CITED_ONLY);
    }

    @Test
    void each_cited_source_gets_one_skipped_quote_check_counting_its_unchecked_quotes() {
        Map<String, Long> quotes = new HashMap<>();
        ALEPPO.claims()
                .forEach(c -> quotes.merge(c.source().id(), (long) c.quotes().size(), Long::sum));
        ALEPPO.figures()
                .forEach(f -> f.evidence()
                        .source()
                        .filter(s -> CITED_ONLY.contains(s.id()))
                        .ifPresent(s -> quotes.merge(
                                s.id(), f.evidence().quote().stream().count(), Long::sum)));

        for (String source : CITED_ONLY) {
            assertThat(ALEPPO.checks())
                    .filteredOn(c -> c.id().equals("quote-found:" + source))
                    .singleElement()
                    .satisfies(c -> {
                        assertThat(c.status()).isEqualTo(CheckStatus.SKIPPED);
                        assertThat(c.detail())
                                .contains("is not in the dataset", quotes.get(source) + " quote", "not checked");
                    });
        }
        assertThat(quotes.values().stream().mapToLong(Long::longValue).sum())
                .as("nine claim quotes and OCHA's")
                .isEqualTo(10);
    }

    @Test
    void a_cited_quote_keeps_its_words_and_code_points_as_a_citation() {
        Claim lci = ALEPPO.claims().stream()
                .filter(c -> c.id().equals("lci-population-nearly-250000"))
                .findFirst()
                .orElseThrow();

        Quote q = lci.quotes().get(0);
        assertThat(q.exact()).isEqualTo("ces quartiers où vivent près de 250.000 personnes");
        assertThat(q.end() - q.start())
                .isEqualTo(q.exact().codePointCount(0, q.exact().length()));
    }

    @Test
    void lci_repeated_ten_thousand_is_one_claim_with_two_quotes_at_different_places() {
        // GIVEN LCI's claims about the people who fled east Aleppo
        List<Claim> lci = ALEPPO.claims().stream()
                .filter(c ->
                        c.source().id().equals("lci-2016-11-27") && c.figureId().equals("fled-east-aleppo"))
                .toList();

        // THEN the headline's « au moins 10.000 » and the body's « 10.000 civils » are one claim, two quotes
        assertThat(lci).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("lci-fled-at-least-10000");
            assertThat(c.quotes())
                    .extracting(Quote::exact)
                    .containsExactly(
                            "au moins 10.000 personnes ont fui les quartiers rebelles d'Alep",
                            "10.000 civils ont dû quitter la partie est de la ville");
            assertThat(c.quotes().get(1).start())
                    .isGreaterThan(c.quotes().get(0).end());
        });
    }

    @Test
    void reuters_range_given_twice_is_one_claim_with_two_quotes() {
        Claim pyd = ALEPPO.claims().stream()
                .filter(c -> c.id().equals("pyd-sheikh-maqsoud-6000-to-10000"))
                .findFirst()
                .orElseThrow();

        assertThat(pyd.quotes())
                .extracting(Quote::exact)
                .containsExactly(
                        "between 6,000 and 10,000 civilians had fled to Aleppo's Kurdish-controlled Sheikh Maqsoud"
                                + " district",
                        "between 6,000-10,000 people fled to the area");
    }
}
