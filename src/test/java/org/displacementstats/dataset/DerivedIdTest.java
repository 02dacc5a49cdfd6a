package org.displacementstats.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.figure.Figure;
import org.displacementstats.figure.Flow;
import org.displacementstats.table.SummaryTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** The id of a derived remaining population is the dataset's: a declared figure may not take it. */
class DerivedIdTest {
    private static final DisplacementDataset ALEPPO = DisplacementDataset.aleppo2016();

    @TempDir
    Path root;

    @Test
    void the_remaining_population_is_derived_under_the_stock_id_with_remaining() {
        Figure remaining = ALEPPO.figure("east-aleppo-population-remaining");

        assertThat(remaining.isDerived()).isTrue();
        assertThat(ALEPPO.declaredFigures()).extracting(Figure::id).doesNotContain(remaining.id());
        assertThat(ALEPPO.remainingOf("east-aleppo-population")).containsSame(remaining);
        assertThat(ALEPPO.remainingOf("fled-east-aleppo")).isEmpty();
    }

    @Test
    void a_declared_figure_named_like_a_remaining_population_is_not_taken_for_one() throws IOException {
        // GIVEN the flows start before the population was counted, so nothing is derived from them; the
        // government-areas remainder is renamed east-aleppo-population-remaining (found by fuzzing: the balance
        // took it for the derived remaining population and failed on its lineage)
        AleppoCopy copy = AleppoCopy.in(root)
                .seedOnly()
                .set("figures.csv", "fled-east-aleppo", "period_start", "2016-11-26")
                .set("figures.csv", "fled-to-sheikh-maqsoud", "period_start", "2016-11-26")
                .set("figures.csv", "fled-to-government-areas", "period_start", "2016-11-26")
                .replace("figures.csv", "fled-to-government-areas,", "east-aleppo-population-remaining,");

        DisplacementDataset ds = copy.read();
        Table balance = SummaryTables.of(ds).populationBalance();

        // THEN the declared figure stays what it is, and the balance has no row without outflows
        assertThat(ds.remainingOf("east-aleppo-population")).isEmpty();
        assertThat(ds.figure("east-aleppo-population-remaining")).isInstanceOf(Flow.class);
        assertThat(balance.rowCount()).isZero();
    }

    @Test
    void a_declared_figure_with_the_id_of_a_derived_one_is_rejected_with_the_stock_it_belongs_to() {
        // GIVEN the bundled figures, the last renamed to the id of the derived remaining population
        List<Figure> figures = new ArrayList<>(ALEPPO.declaredFigures());
        Flow last = (Flow) figures.remove(figures.size() - 1);
        Flow.Builder renamed = Flow.stated("east-aleppo-population-remaining")
                .what(last.what())
                .from(last.origin())
                .count(last.count().orElseThrow())
                .during(last.period())
                .estimate(last.estimate());
        last.destination().ifPresent(renamed::to);
        last.partOf().ifPresent(renamed::partOf);
        figures.add(renamed.evidence(last.evidence()));

        assertThatThrownBy(() -> DisplacementDataset.of(
                        "x", ALEPPO.policy(), ALEPPO.sources(), figures, List.of(), ALEPPO.controlChanges(), Map.of()))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessage("figure id 'east-aleppo-population-remaining': the dataset gives this id to the people"
                        + " remaining of stock 'east-aleppo-population' after the flows out of its place; give the"
                        + " declared figure another id");
    }
}
