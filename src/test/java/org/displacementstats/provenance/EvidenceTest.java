package org.displacementstats.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.displacementstats.DisplacementDataException;
import org.junit.jupiter.api.Test;

class EvidenceTest {
    private static final Source SOURCE = new Source(
            "afp-osdh",
            "AFP, citing OSDH",
            "Aleppo article",
            LocalDate.of(2016, 11, 29),
            DateBasis.STATED,
            Optional.empty(),
            "");
    private static final Quote QUOTE = new Quote("le reste", "et ", " vers", 10, 18);
    private static final Lineage LINEAGE = Lineage.difference("fled-east-aleppo", List.of("fled-to-sheikh-maqsoud"));

    @Test
    void stated_evidence_has_a_source_and_quote_and_is_not_derived() {
        // GIVEN a source and its words
        // WHEN stated evidence is built
        Evidence evidence = Evidence.stated(SOURCE, QUOTE);

        // THEN it carries both and no lineage
        assertThat(evidence.source()).contains(SOURCE);
        assertThat(evidence.quote()).contains(QUOTE);
        assertThat(evidence.isDerived()).isFalse();
    }

    @Test
    void evidence_with_only_a_lineage_is_derived() {
        // GIVEN a lineage
        // WHEN derived evidence is built
        Evidence evidence = Evidence.derived(LINEAGE);

        // THEN it is derived and has no source
        assertThat(evidence.isDerived()).isTrue();
        assertThat(evidence.source()).isEmpty();
    }

    @Test
    void evidence_with_a_quote_and_a_lineage_is_derived() {
        // GIVEN words that imply a figure and its computation (« le reste »)
        // WHEN derived evidence is built with both
        Evidence evidence = Evidence.derived(SOURCE, QUOTE, LINEAGE);

        // THEN it is derived and keeps the quote
        assertThat(evidence.isDerived()).isTrue();
        assertThat(evidence.quote()).contains(QUOTE);
    }

    @Test
    void rejects_a_quote_without_a_source() {
        // GIVEN a quote and lineage but no source
        // WHEN the evidence is built THEN the message names both fields and the rule
        assertThatThrownBy(() -> new Evidence(Optional.empty(), Optional.of(QUOTE), Optional.of(LINEAGE)))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("Evidence.quote", "Evidence.source", "the quote has no source");
    }

    @Test
    void rejects_a_source_without_a_quote() {
        // GIVEN a source but no quote
        // WHEN the evidence is built THEN the message names both fields and the rule
        assertThatThrownBy(() -> new Evidence(Optional.of(SOURCE), Optional.empty(), Optional.empty()))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("Evidence.quote", "Evidence.source", "the source has no quote");
    }

    @Test
    void rejects_evidence_with_neither_source_nor_lineage() {
        // GIVEN nothing at all
        // WHEN the evidence is built THEN the message says what is missing
        assertThatThrownBy(() -> new Evidence(Optional.empty(), Optional.empty(), Optional.empty()))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("Evidence", "a source and quote, or a lineage", "neither");
    }
}
