package org.displacementstats.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.provenance.Quote;
import org.junit.jupiter.api.Test;

class ClaimTest {
    @Test
    void keeps_its_quotes_as_they_were_given() {
        // GIVEN LCI's « au moins 10.000 » in a list the caller may change later
        List<Quote> quotes = new ArrayList<>(List.of(Fixtures.QUOTE));

        Claim claim = new Claim(
                "lci-10000",
                "fled-east-aleppo",
                ClaimRole.TRIANGULATION,
                Count.atLeast(10_000),
                Fixtures.SOURCE,
                quotes);
        quotes.clear();

        assertThat(claim.quotes()).containsExactly(Fixtures.QUOTE);
        assertThat(claim.count()).isEqualTo(Count.atLeast(10_000));
    }

    @Test
    void a_claim_without_a_number_is_rejected() {
        // WHEN / THEN « des milliers » cannot be reconciled with a number
        assertThatThrownBy(() -> new Claim(
                        "lci-vague",
                        "fled-east-aleppo",
                        ClaimRole.TRIANGULATION,
                        Count.vague(),
                        Fixtures.SOURCE,
                        List.of(Fixtures.QUOTE)))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessage("Claim.count must have a number (not VAGUE) to be reconciled but claim 'lci-vague' is ?");
    }

    @Test
    void a_claim_without_a_quote_is_rejected() {
        assertThatThrownBy(() -> new Claim(
                        "lci-10000",
                        "fled-east-aleppo",
                        ClaimRole.TRIANGULATION,
                        Count.atLeast(10_000),
                        Fixtures.SOURCE,
                        List.of()))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessage("Claim.quotes must hold at least one quote but claim 'lci-10000' has none");
    }

    @Test
    void roles_are_written_in_lower_case_whatever_the_locale() {
        // WHEN / THEN (the Turkish default locale would give a dotless i in upper-to-lower case)
        assertThat(List.of(ClaimRole.values()))
                .extracting(ClaimRole::csvName)
                .containsExactly("recommended", "triangulation");
    }
}
