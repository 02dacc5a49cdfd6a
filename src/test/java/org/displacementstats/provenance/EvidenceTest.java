package org.displacementstats.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceTest {
    private static final Source SOURCE = Source.builder("afp-osdh")
            .publisher("AFP, citing OSDH")
            .document("Aleppo article")
            .published(LocalDate.of(2016, 11, 29))
            .build();
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
    void a_quote_never_comes_without_its_source() {
        assertThatThrownBy(() -> Evidence.stated(null, QUOTE))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("Evidence.source");
        assertThatThrownBy(() -> Evidence.derived(null, QUOTE, LINEAGE))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("Evidence.source");
    }

    @Test
    void a_source_never_comes_without_its_quote() {
        assertThatThrownBy(() -> Evidence.stated(SOURCE, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("Evidence.quote");
    }

    @Test
    void derived_evidence_needs_its_lineage() {
        assertThatThrownBy(() -> Evidence.derived(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Evidence.derived(SOURCE, QUOTE, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("Evidence.lineage");
    }

    @Test
    void equal_parts_make_equal_evidence() {
        assertThat(Evidence.derived(SOURCE, QUOTE, LINEAGE))
                .isEqualTo(Evidence.derived(SOURCE, QUOTE, LINEAGE))
                .hasSameHashCodeAs(Evidence.derived(SOURCE, QUOTE, LINEAGE))
                .isNotEqualTo(Evidence.stated(SOURCE, QUOTE))
                .hasToString("Evidence[source=Optional[" + SOURCE + "], quote=Optional[" + QUOTE
                        + "], lineage=Optional[" + LINEAGE + "]]");
    }
}
