package org.displacementstats.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.figure.Count;
import org.displacementstats.figure.Flow;
import org.displacementstats.figure.Place;
import org.displacementstats.figure.PlaceKind;
import org.displacementstats.figure.Stock;
import org.displacementstats.provenance.Evidence;
import org.displacementstats.provenance.Lineage;
import org.displacementstats.provenance.SourceText;
import org.displacementstats.table.PopulationBalanceRow;
import org.displacementstats.table.SummaryTables;
import org.junit.jupiter.api.Test;

/** The examples of the value types section of src/site/markdown/api.md, compiled and run as written. */
class ValueTypesExamplesTest {

    @Test
    void a_derived_stock_built_by_hand_equals_the_one_the_dataset_derives() {
        SourceText article = ApiExamplesTest.article();
        Place talRifaat = Place.of("Tal Rifaat", PlaceKind.CITY);
        Stock residents = ApiExamplesTest.residents(article);
        Flow fled = ApiExamplesTest.fled(article);
        // spotless:off
        // EXAMPLE:begin
        Stock remaining = Stock.derived("tal-rifaat-residents-remaining").what("residents remaining")
                .in(talRifaat).on(LocalDate.of(2016, 12, 1))
                .estimate(residents.estimate().minus(fled.estimate()))
                .evidence(Evidence.derived(Lineage.difference(residents.id(), List.of(fled.id()))));
        // EXAMPLE:end
        // spotless:on

        DisplacementDataset ds = DisplacementDataset.builder("tal-rifaat")
                .source(article)
                .figures(residents, fled)
                .build();
        assertThat(ds.find(remaining.id())).contains(remaining);
        assertThat(remaining.count()).isEmpty();
        assertThat(remaining.isDerived()).isTrue();
        assertThat(remaining.toString())
                .isEqualTo(ds.figure(remaining.id()).toString())
                .startsWith("Stock[id=tal-rifaat-residents-remaining, what=residents remaining, place=Place[");
    }

    @Test
    void a_derived_figure_given_a_count_is_refused_with_the_rule() {
        Stock residents = ApiExamplesTest.residents(ApiExamplesTest.article());
        DisplacementDataException e = catchThrowableOfType(
                DisplacementDataException.class,
                () -> Stock.derived("remaining")
                        .in(residents.place())
                        .count(Count.exact(5))
                        .during(residents.period())
                        .estimate(residents.estimate())
                        .evidence(Evidence.derived(Lineage.difference(residents.id(), List.of("fled")))));
        assertThat(e).hasMessageContaining("Stock.count must be given for a stated figure and absent for a derived");
    }

    @Test
    void a_derived_figure_without_its_estimate_is_a_misuse_naming_the_missing_part() {
        Stock residents = ApiExamplesTest.residents(ApiExamplesTest.article());
        NullPointerException e = catchThrowableOfType(
                NullPointerException.class,
                () -> Flow.derived("fled-rest")
                        .from(residents.place())
                        .during(residents.period())
                        .evidence(Evidence.derived(Lineage.difference(residents.id(), List.of("fled")))));
        assertThat(e).hasMessage("Flow.count: call count(...), or estimate(...) for a derived figure");
    }

    @Test
    void table_rows_are_read_by_accessors_and_compared_by_value() {
        SourceText article = ApiExamplesTest.article();
        DisplacementDataset ds = DisplacementDataset.builder("tal-rifaat")
                .source(article)
                .figures(ApiExamplesTest.residents(article), ApiExamplesTest.fled(article))
                .build();
        // spotless:off
        // EXAMPLE:begin
        PopulationBalanceRow row = SummaryTables.of(ds).populationBalanceRows().get(0);
        row.remaining().point();                                    // OptionalLong[246000]
        row.controlledBy();                                         // Optional.empty
        // EXAMPLE:end
        // spotless:on

        assertThat(row.remaining().point()).hasValue(246_000);
        assertThat(row.controlledBy()).isEmpty();
        assertThat(row).isEqualTo(SummaryTables.of(ds).populationBalanceRows().get(0));
        assertThat(row.toString()).startsWith("PopulationBalanceRow[place=Tal Rifaat, controlledBy=Optional.empty,");
    }
}
