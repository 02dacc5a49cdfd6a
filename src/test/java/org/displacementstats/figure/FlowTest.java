package org.displacementstats.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.OptionalLong;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.provenance.Evidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FlowTest {
    private static final Count EXACTLY_6000 = Count.exact(6_000);

    private static Flow flow(
            String id,
            Place origin,
            Optional<Place> destination,
            Optional<Count> count,
            Optional<String> partOf,
            Evidence evidence) {
        Estimate estimate = count.map(Fixtures::estimateOf)
                .orElseGet(() -> new Estimate(OptionalLong.of(4_000), Interval.closed(3_000, 4_000)));
        return new Flow(id, "fled", origin, destination, Fixtures.TWO_DAYS, count, estimate, partOf, evidence);
    }

    @Test
    void a_stated_flow_to_a_destination_keeps_it_and_the_flow_it_is_part_of() {
        // GIVEN « dont 6.000 vers la petite enclave de Cheikh Maqsoud »
        // WHEN the flow is built
        Flow flow = flow(
                "fled-to-sheikh-maqsoud",
                Fixtures.EAST_ALEPPO,
                Optional.of(Fixtures.SHEIKH_MAQSOUD),
                Optional.of(EXACTLY_6000),
                Optional.of("fled-east-aleppo"),
                Fixtures.STATED);

        // THEN it keeps the destination and the whole it is part of
        assertThat(flow.destination()).contains(Fixtures.SHEIKH_MAQSOUD);
        assertThat(flow.partOf()).contains("fled-east-aleppo");
        assertThat(flow.isDerived()).isFalse();
    }

    @Test
    void a_flow_quoted_and_computed_is_derived() {
        // GIVEN « le reste vers les zones gouvernementales », quoted and computed
        // WHEN the flow is built with a lineage and no count
        Flow flow = flow(
                "fled-to-government-areas",
                Fixtures.EAST_ALEPPO,
                Optional.empty(),
                Optional.empty(),
                Optional.of("fled-east-aleppo"),
                Fixtures.QUOTED_AND_DERIVED);

        // THEN it is derived and keeps its quote
        assertThat(flow.isDerived()).isTrue();
        assertThat(flow.evidence().quote()).isPresent();
    }

    @Test
    void rejects_a_flow_with_both_a_count_and_a_lineage() {
        // GIVEN a count and evidence with a lineage
        // WHEN the flow is built THEN the message names the field, the rule and the figure
        assertThatThrownBy(() -> flow(
                        "fled-to-sheikh-maqsoud",
                        Fixtures.EAST_ALEPPO,
                        Optional.empty(),
                        Optional.of(EXACTLY_6000),
                        Optional.empty(),
                        Fixtures.DERIVED))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll(
                        "Flow.count", "stated figure", "'fled-to-sheikh-maqsoud'", "both a count and a lineage");
    }

    @Test
    void rejects_a_flow_with_neither_a_count_nor_a_lineage() {
        // GIVEN no count and evidence without a lineage
        // WHEN the flow is built THEN the message names the field, the rule and the figure
        assertThatThrownBy(() -> flow(
                        "fled-to-sheikh-maqsoud",
                        Fixtures.EAST_ALEPPO,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Fixtures.STATED))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll(
                        "Flow.count", "derived one", "'fled-to-sheikh-maqsoud'", "neither a count nor a lineage");
    }

    @Test
    void rejects_a_flow_that_is_part_of_itself() {
        // GIVEN a flow naming its own id as the whole
        // WHEN it is built THEN the message names the field, the rule and the figure
        assertThatThrownBy(() -> flow(
                        "fled-east-aleppo",
                        Fixtures.EAST_ALEPPO,
                        Optional.empty(),
                        Optional.of(EXACTLY_6000),
                        Optional.of("fled-east-aleppo"),
                        Fixtures.STATED))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("Flow.partOf", "another flow", "'fled-east-aleppo'", "itself");
    }

    @ParameterizedTest(name = "partOf ''{0}''")
    @ValueSource(strings = {"", "Fled", "fled east"})
    void rejects_a_part_of_that_is_not_an_id(String partOf) {
        // GIVEN a malformed id of the whole
        // WHEN the flow is built THEN the message names the field, the rule and the value
        assertThatThrownBy(() -> flow(
                        "fled-to-sheikh-maqsoud",
                        Fixtures.EAST_ALEPPO,
                        Optional.empty(),
                        Optional.of(EXACTLY_6000),
                        Optional.of(partOf),
                        Fixtures.STATED))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("Flow.partOf", "lower-case", "'" + partOf + "'");
    }

    @Test
    void rejects_a_destination_equal_to_the_origin() {
        // GIVEN a destination named like the origin
        Place sameName = Place.controlled("Alep-Est", PlaceKind.DISTRICT, "rebels");

        // WHEN the flow is built THEN the message names both fields, the place and the figure
        assertThatThrownBy(() -> flow(
                        "fled-east-aleppo",
                        Fixtures.EAST_ALEPPO,
                        Optional.of(sameName),
                        Optional.of(EXACTLY_6000),
                        Optional.empty(),
                        Fixtures.STATED))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll(
                        "Flow.destination", "differ from Flow.origin", "'Alep-Est'", "'fled-east-aleppo'");
    }

    @Test
    void a_flow_with_no_destination_is_accepted() {
        // GIVEN « ont fui » with no destination
        // WHEN the flow is built THEN it has none
        Flow flow = flow(
                "fled-east-aleppo",
                Fixtures.EAST_ALEPPO,
                Optional.empty(),
                Optional.of(Count.nearly(10_000)),
                Optional.empty(),
                Fixtures.STATED);
        assertThat(flow.destination()).isEmpty();
    }

    @Test
    void rejects_a_blank_what() {
        // GIVEN a blank description of what is counted
        // WHEN the flow is built THEN the message names the field and the rule
        assertThatThrownBy(() -> new Flow(
                        "fled",
                        "",
                        Fixtures.EAST_ALEPPO,
                        Optional.empty(),
                        Fixtures.TWO_DAYS,
                        Optional.of(EXACTLY_6000),
                        Fixtures.estimateOf(EXACTLY_6000),
                        Optional.empty(),
                        Fixtures.STATED))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("Flow.what", "must not be empty", "''");
    }

    @Test
    void a_vague_flow_is_a_mention() {
        // GIVEN « des milliers de civils ayant fui »
        // WHEN the flow is built THEN it is a mention with no point
        Flow flow = flow(
                "thousands-fled-official-media",
                Fixtures.EAST_ALEPPO,
                Optional.empty(),
                Optional.of(Count.vague()),
                Optional.empty(),
                Fixtures.STATED);
        assertThat(flow.isMention()).isTrue();
        assertThat(flow.estimate().point()).isEmpty();
    }
}
