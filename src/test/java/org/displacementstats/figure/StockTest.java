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

class StockTest {
    private static final Count ABOUT_250000 = Count.about(250_000);

    private static Stock stock(String id, String what, Optional<Count> count, Estimate estimate, Evidence evidence) {
        return new Stock(id, what, Fixtures.EAST_ALEPPO, Fixtures.TWO_DAYS, count, estimate, evidence);
    }

    @Test
    void a_stated_stock_has_a_count_and_is_not_derived() {
        // GIVEN « quelque 250.000 habitants d'Alep-Est »
        // WHEN the stock is built with its count and quote
        Stock stock = stock(
                "east-aleppo-population",
                "residents",
                Optional.of(ABOUT_250000),
                Fixtures.estimateOf(ABOUT_250000),
                Fixtures.STATED);

        // THEN it is a stated figure, not a mention
        assertThat(stock.isDerived()).isFalse();
        assertThat(stock.isMention()).isFalse();
        assertThat(stock.count()).contains(ABOUT_250000);
    }

    @Test
    void a_derived_stock_has_a_lineage_and_no_count() {
        // GIVEN a stock computed from others
        Estimate remaining = new Estimate(OptionalLong.of(240_000), Interval.closed(215_000, 266_000));

        // WHEN it is built with a lineage and no count
        Stock stock = stock("east-aleppo-remaining", "residents", Optional.empty(), remaining, Fixtures.DERIVED);

        // THEN it is derived and not a mention
        assertThat(stock.isDerived()).isTrue();
        assertThat(stock.isMention()).isFalse();
    }

    @Test
    void rejects_a_stock_with_both_a_count_and_a_lineage() {
        // GIVEN a count and evidence with a lineage
        // WHEN the stock is built THEN the message names the field, the rule and the figure
        assertThatThrownBy(() -> stock(
                        "east-aleppo-population",
                        "residents",
                        Optional.of(ABOUT_250000),
                        Fixtures.estimateOf(ABOUT_250000),
                        Fixtures.QUOTED_AND_DERIVED))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll(
                        "Stock.count", "stated figure", "'east-aleppo-population'", "both a count and a lineage");
    }

    @Test
    void rejects_a_stock_with_neither_a_count_nor_a_lineage() {
        // GIVEN no count and evidence without a lineage
        // WHEN the stock is built THEN the message names the field, the rule and the figure
        assertThatThrownBy(() -> stock(
                        "east-aleppo-population",
                        "residents",
                        Optional.empty(),
                        Fixtures.estimateOf(ABOUT_250000),
                        Fixtures.STATED))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll(
                        "Stock.count", "derived one", "'east-aleppo-population'", "neither a count nor a lineage");
    }

    @Test
    void rejects_an_estimate_without_a_point_for_a_count_with_one() {
        // GIVEN a count with a point and an estimate without one
        Estimate noPoint = new Estimate(OptionalLong.empty(), Interval.closed(225_000, 275_000));

        // WHEN the stock is built THEN the message names the field, the count and the point
        assertThatThrownBy(() -> stock(
                        "east-aleppo-population", "residents", Optional.of(ABOUT_250000), noPoint, Fixtures.STATED))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("Stock.estimate", "point", "~250000", "OptionalLong.empty");
    }

    @Test
    void rejects_an_estimate_with_a_point_for_a_vague_count() {
        // GIVEN « des milliers » and an estimate with a point
        Estimate withPoint = new Estimate(OptionalLong.of(2_000), Interval.atLeast(0));

        // WHEN the stock is built THEN the message names the field and the count
        assertThatThrownBy(
                        () -> stock("thousands", "residents", Optional.of(Count.vague()), withPoint, Fixtures.STATED))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("Stock.estimate", "point", "count ?", "2000");
    }

    @Test
    void a_vague_stock_is_a_mention() {
        // GIVEN « des milliers »
        // WHEN the stock is built THEN it is a mention
        Stock stock = stock(
                "thousands",
                "residents",
                Optional.of(Count.vague()),
                Fixtures.estimateOf(Count.vague()),
                Fixtures.STATED);
        assertThat(stock.isMention()).isTrue();
    }

    @ParameterizedTest(name = "id ''{0}''")
    @ValueSource(strings = {"", "East-Aleppo", "east aleppo", "east_aleppo"})
    void rejects_a_malformed_id(String id) {
        // GIVEN a malformed id
        // WHEN the stock is built THEN the message names the field, the rule and the value
        assertThatThrownBy(() -> stock(
                        id, "residents", Optional.of(ABOUT_250000), Fixtures.estimateOf(ABOUT_250000), Fixtures.STATED))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("Stock.id", "lower-case", "'" + id + "'");
    }

    @Test
    void rejects_a_blank_what() {
        // GIVEN a blank description of what is counted
        // WHEN the stock is built THEN the message names the field and the rule
        assertThatThrownBy(() -> stock(
                        "east-aleppo-population",
                        " ",
                        Optional.of(ABOUT_250000),
                        Fixtures.estimateOf(ABOUT_250000),
                        Fixtures.STATED))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("Stock.what", "must not be empty", "' '");
    }
}
