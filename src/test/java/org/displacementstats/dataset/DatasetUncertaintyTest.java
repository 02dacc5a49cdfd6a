package org.displacementstats.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.figure.Count;
import org.displacementstats.figure.Figure;
import org.displacementstats.figure.Flow;
import org.displacementstats.figure.Period;
import org.displacementstats.figure.Place;
import org.displacementstats.figure.PlaceKind;
import org.displacementstats.figure.QuantifierPolicy;
import org.displacementstats.figure.Stock;
import org.displacementstats.provenance.Evidence;
import org.displacementstats.provenance.Quote;
import org.displacementstats.provenance.Source;
import org.displacementstats.stats.LinearSum;
import org.displacementstats.stats.UncertaintySettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The derived quantities of the bundled dataset, their Monte Carlo spread and what drives it. */
class DatasetUncertaintyTest {
    private static final List<DerivedQuantity> ALEPPO =
            DisplacementDataset.aleppo2016().uncertainty(UncertaintySettings.DEFAULT);

    @Test
    void bundled_dataset_has_each_derived_figure_then_share_and_rate_then_each_parts_share() {
        assertThat(ALEPPO)
                .extracting(DerivedQuantity::name, DerivedQuantity::kind, DerivedQuantity::formula)
                .containsExactly(
                        tuple("fled-to-government-areas", "people", "fled-east-aleppo - fled-to-sheikh-maqsoud"),
                        tuple(
                                "east-aleppo-population-remaining",
                                "people",
                                "east-aleppo-population - fled-east-aleppo"),
                        tuple("share-out:east-aleppo-population", "share", "fled-east-aleppo / east-aleppo-population"),
                        tuple("outflow-per-day:east-aleppo-population", "people_per_day", "fled-east-aleppo / 2 days"),
                        tuple(
                                "share-of-total:fled-to-sheikh-maqsoud",
                                "share",
                                "fled-to-sheikh-maqsoud / fled-east-aleppo"),
                        tuple(
                                "share-of-total:fled-to-government-areas",
                                "share",
                                "fled-to-government-areas / fled-east-aleppo"));
    }

    @Test
    void derived_inputs_are_expanded_into_stated_ones() {
        // GIVEN the share of the fled who went to government areas, a derived figure over a stated one
        DerivedQuantity share = quantity("share-of-total:fled-to-government-areas");

        // THEN its numerator reads only stated counts: fled − Cheikh Maqsoud
        assertThat(share.expression().numerator())
                .isEqualTo(LinearSum.of("fled-east-aleppo").plus(LinearSum.of("fled-to-sheikh-maqsoud"), -1));
        assertThat(share.expression().inputs()).containsExactly("fled-east-aleppo", "fled-to-sheikh-maqsoud");
    }

    @ParameterizedTest(name = "{0} is driven by {1}")
    @CsvSource({
        // « quelque 250.000 »'s ±10 % margin (50,000 wide) dwarfs « près de 10.000 »'s 1,000: a larger population
        // means a smaller share who left.
        "share-out:east-aleppo-population, east-aleppo-population, -1, -0.5",
        // Cheikh Maqsoud's 6.000 is exact, so the remainder moves one for one with « près de 10.000 ».
        "fled-to-government-areas, fled-east-aleppo, 0.999, 1",
        "east-aleppo-population-remaining, east-aleppo-population, 0.99, 1",
        "outflow-per-day:east-aleppo-population, fled-east-aleppo, 0.999, 1",
        "share-of-total:fled-to-sheikh-maqsoud, fled-east-aleppo, -1, -0.999"
    })
    void main_driver_of_each_quantity_is_the_input_whose_margin_moves_it_most(
            String name, String driver, double lowest, double highest) {
        DerivedQuantity q = quantity(name);

        assertThat(q.uncertainty().mainDriver()).contains(driver);
        assertThat(q.uncertainty().driverCorrelation().getAsDouble()).isBetween(lowest, highest);
    }

    @Test
    void remainder_to_government_areas_spreads_within_its_interval_below_the_stated_4000() {
        // GIVEN « le reste » = « près de 10.000 » − 6.000, interval [3000, 4000]
        DerivedQuantity rest = quantity("fled-to-government-areas");

        // THEN the draws stay within [3000, 4000], and lean towards 4000 as « près de » leans towards 10.000:
        // the median is 9000 + 1000/sqrt(2) − 6000 ≈ 3707
        assertThat(rest.uncertainty().p5()).isBetween(3_000.0, 4_000.0);
        assertThat(rest.uncertainty().p95()).isBetween(3_000.0, 4_000.0);
        assertThat(rest.uncertainty().p50()).isCloseTo(3_707.1, within(25.0));
    }

    @Test
    void same_seed_gives_the_same_quantities_and_another_seed_other_percentiles() {
        DisplacementDataset ds = DisplacementDataset.aleppo2016();

        List<DerivedQuantity> again = ds.uncertainty(UncertaintySettings.DEFAULT);
        List<DerivedQuantity> other = ds.uncertainty(new UncertaintySettings(1L, 100_000, 10));

        assertThat(again).isEqualTo(ALEPPO);
        assertThat(other.get(1).uncertainty().p50())
                .isNotEqualTo(ALEPPO.get(1).uncertainty().p50());
    }

    @Test
    void population_of_zero_makes_its_share_out_a_division_by_zero_reported_as_data_error() {
        // GIVEN a stated population of exactly 0 with a flow out of it
        Source source = Source.builder("src")
                .publisher("Publisher")
                .document("Document")
                .published(LocalDate.of(2016, 11, 29))
                .build();
        Place east = Place.controlled("Alep-Est", PlaceKind.DISTRICT, "rebels");
        Period days = Period.days(LocalDate.of(2016, 11, 27), LocalDate.of(2016, 11, 28));
        Quote quote = new Quote("words", "", "", 0, 5);
        Figure population = Stock.stated("population")
                .what("residents")
                .in(east)
                .count(Count.exact(0))
                .during(days)
                .evidence(Evidence.stated(source, quote));
        Figure fled = Flow.stated("fled")
                .what("fled")
                .from(east)
                .count(Count.nearly(10))
                .during(days)
                .evidence(Evidence.stated(source, quote));
        DisplacementDataset ds = DisplacementDataset.of(
                "zero",
                QuantifierPolicy.DEFAULT,
                List.of(source),
                List.of(population, fled),
                List.of(),
                List.of(),
                Map.of());

        // WHEN propagating
        // THEN the division by zero is a DisplacementDataException naming the share, not a NaN or an infinity
        assertThatThrownBy(() -> ds.uncertainty(new UncertaintySettings(1L, 1_000, 10)))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("share-out:population", "divides by zero");
    }

    private static DerivedQuantity quantity(String name) {
        return ALEPPO.stream().filter(q -> q.name().equals(name)).findFirst().orElseThrow();
    }
}
