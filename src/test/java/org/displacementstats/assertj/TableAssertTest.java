package org.displacementstats.assertj;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.table.DestinationFlowRow;
import org.displacementstats.table.PopulationBalanceRow;
import org.displacementstats.table.SummaryTables;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class TableAssertTest {
    private static final SummaryTables ALEPPO = SummaryTables.of(DisplacementDataset.aleppo2016());

    @Test
    void population_balance_javadoc_example_passes() {
        // spotless:off
        // EXAMPLE:begin
        Table balance = SummaryTables.of(DisplacementDataset.aleppo2016()).populationBalance();
        TableAssert.assertThat(balance).hasRowCount(1)
                .row("Alep-Est").has("remaining_point", 240_000).has("remaining_low", 215_000)
                .has("controlled_by", "rebels");
        // EXAMPLE:end
        // spotless:on
    }

    @Test
    void a_row_is_found_by_any_column_and_checked_cell_by_cell_with_each_type() {
        TableAssert.assertThat(ALEPPO.flowsByDestination())
                .row(DestinationFlowRow.DESTINATION, "zones gouvernementales")
                .has(DestinationFlowRow.DERIVED, true)
                .has(DestinationFlowRow.POINT, 4_000L)
                .has(DestinationFlowRow.SHARE_OF_TOTAL_POINT, 0.4)
                .has(DestinationFlowRow.SHARE_OF_TOTAL_HIGH, 0.444, within(0.001));
        TableAssert.assertThat(ALEPPO.populationBalance())
                .row(0)
                .has(PopulationBalanceRow.OUTFLOW_START, LocalDate.of(2016, 11, 27))
                .has(PopulationBalanceRow.OUTFLOW_DAYS, 2);
    }

    @Test
    void a_wrong_value_fails_naming_table_row_column_expected_and_actual() {
        assertThatThrownBy(() -> TableAssert.assertThat(ALEPPO.populationBalance())
                        .row("Alep-Est")
                        .has("remaining_point", 250_000))
                .isInstanceOf(AssertionError.class)
                .hasMessageContainingAll(
                        "population-balance", "place Alep-Est", "remaining_point", "<250000>", "<240000>");
    }

    @Test
    void a_count_is_never_compared_with_a_decimal_column_or_a_text_with_a_number() {
        assertThatThrownBy(() -> TableAssert.assertThat(ALEPPO.populationBalance())
                        .row("Alep-Est")
                        .has("share_out_point", 0L))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("to hold a whole number but it is a DOUBLE");
        assertThatThrownBy(() -> TableAssert.assertThat(ALEPPO.populationBalance())
                        .row("Alep-Est")
                        .has("place", 1.0))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("to hold a decimal but it is a STRING");
    }

    @Test
    void a_missing_cell_equals_no_value_and_is_checked_with_has_missing() {
        LongColumn high = LongColumn.create("high", 1);
        high.setMissing(0);
        Table t = Table.create("t", StringColumn.create("key", "a"), high);

        TableAssert.assertThat(t).row("a").hasMissing("high");
        assertThatThrownBy(() -> TableAssert.assertThat(t).row("a").has("high", 0))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("the cell is missing (unbounded or absent)");
        assertThatThrownBy(() -> TableAssert.assertThat(t).row("a").hasMissing("key"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("to have no key but it has <a>");
    }

    @Test
    void a_key_that_matches_no_row_or_several_fails_with_the_column_s_values() {
        assertThatThrownBy(() ->
                        TableAssert.assertThat(ALEPPO.flowsByDestination()).row("Alep-Est"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContainingAll("one row with origin <Alep-Est> but it has 2");
        assertThatThrownBy(
                        () -> TableAssert.assertThat(ALEPPO.populationBalance()).row("Alep-Ouest"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContainingAll("but it has 0", "[Alep-Est]");
    }

    @Test
    void an_unknown_column_row_count_or_column_list_fails_with_what_the_table_has() {
        Table balance = ALEPPO.populationBalance();
        assertThatThrownBy(() -> TableAssert.assertThat(balance).row("Alep-Est").has("remaining", 1))
                .isInstanceOf(AssertionError.class)
                .hasMessageContainingAll("column <remaining>", "remaining_point");
        assertThatThrownBy(() -> TableAssert.assertThat(balance).hasRowCount(2))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("to have 2 rows but it has 1");
        assertThatThrownBy(() -> TableAssert.assertThat(balance).hasColumns("place"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("to have the columns [place]");
        assertThatThrownBy(() -> TableAssert.assertThat(balance).row(1))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("to have a row 1 but it has 1 rows");
        TableAssert.assertThat(balance)
                .hasColumns(PopulationBalanceRow.COLUMNS.names().toArray(String[]::new));
    }
}
