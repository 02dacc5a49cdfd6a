package org.displacementstats.dataset;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.figure.QuantifierPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A cell that contradicts its row's kind is rejected, naming the row, the column and the value, rather than
 * silently ignored; records that name a source the dataset lacks are rejected too.
 */
class CellsThatMustBeEmptyTest {
    @TempDir
    Path root;

    @ParameterizedTest(name = "{0} {1}={2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "east-aleppo-population   | origin      | Alep-Est         | a stock has a place, not an origin",
                "east-aleppo-population   | destination | Cheikh Maqsoud   | a stock has a place, not a destination",
                "east-aleppo-population   | part_of     | fled-east-aleppo | only flows are parts of flows",
                "fled-east-aleppo         | place       | Alep-Est         | a flow has an origin and a destination,"
                        + " not a place",
                "fled-east-aleppo         | count_high  | 12000            | only between has a count_high",
                "thousands-fled-official-media | count_high | 5000         | only between has a count_high",
                "fled-to-government-areas | count       | 4000             | takes its value from its formula",
                "fled-to-government-areas | count_high  | 4000             | takes its value from its formula",
                "fled-to-government-areas | quantifier  | exact            | takes its value from its formula",
            })
    void a_cell_that_must_be_empty_is_rejected_with_row_column_and_value(
            String figure, String column, String value, String why) throws IOException {
        // GIVEN the bundled dataset with one cell filled that the row's kind leaves empty
        AleppoCopy copy = AleppoCopy.in(root).set("figures.csv", figure, column, value);

        assertThatThrownBy(copy::read)
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll(
                        "figures.csv line", "'" + column + "'", "must be empty", why, "'" + value + "'");
    }

    @Test
    void a_figure_whose_source_is_not_among_the_sources_is_rejected() {
        // GIVEN the bundled figures without their sources
        DisplacementDataset ds = DisplacementDataset.aleppo2016();

        assertThatThrownBy(() -> DisplacementDataset.of(
                        "x", QuantifierPolicy.DEFAULT, List.of(), ds.declaredFigures(), List.of(), List.of(), Map.of()))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll(
                        "figure 'east-aleppo-population'",
                        "source 'afp-osdh-2016-11-29'",
                        "must be one of the dataset's sources");
        assertThatThrownBy(() -> DisplacementDataset.imported("x", List.of(), ds.declaredFigures(), List.of()))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("source 'afp-osdh-2016-11-29'", "must be one of the dataset's sources");
    }

    @Test
    void a_control_change_whose_source_is_not_among_the_sources_is_rejected() {
        // GIVEN the bundled control changes without their sources
        DisplacementDataset ds = DisplacementDataset.aleppo2016();

        assertThatThrownBy(() -> DisplacementDataset.of(
                        "x", QuantifierPolicy.DEFAULT, List.of(), List.of(), List.of(), ds.controlChanges(), Map.of()))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll(
                        "control change '" + ds.controlChanges().get(0).id() + "'",
                        "must be one of the dataset's sources");
    }
}
