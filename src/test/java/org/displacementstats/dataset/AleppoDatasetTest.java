package org.displacementstats.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.displacementstats.figure.ControlChange;
import org.displacementstats.figure.Count;
import org.displacementstats.figure.Figure;
import org.displacementstats.figure.Flow;
import org.displacementstats.figure.Interval;
import org.displacementstats.figure.PeriodAccuracy;
import org.displacementstats.figure.Place;
import org.displacementstats.figure.PlaceKind;
import org.displacementstats.figure.Quantifier;
import org.displacementstats.figure.Stock;
import org.displacementstats.provenance.DateBasis;
import org.displacementstats.provenance.Lineage;
import org.displacementstats.provenance.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bundled dataset, {@link DisplacementDataset#aleppo2016()}, against the "seed dataset" table of
 * src/site/markdown/architecture.md.
 */
class AleppoDatasetTest {
    private static final String SOURCE_ID = "afp-osdh-2016-11-29";
    private static final Place ALEP_EST = Place.controlled("Alep-Est", PlaceKind.DISTRICT, "rebels");

    private final DisplacementDataset ds = DisplacementDataset.aleppo2016();

    @Test
    void lists_stated_figures_in_file_order_then_the_derived_remaining_population() {
        List<String> ids = ds.figures().stream().map(Figure::id).toList();

        assertThat(ids)
                .containsExactly(
                        "east-aleppo-population",
                        "fled-east-aleppo",
                        "fled-to-sheikh-maqsoud",
                        "fled-to-government-areas",
                        "thousands-fled-official-media",
                        "displaced-within-aleppo-city",
                        "east-aleppo-population-remaining");
        assertThat(ds.name()).isEqualTo("aleppo-2016-11");
    }

    @ParameterizedTest(name = "{0}: {1} {2} {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            east-aleppo-population        | stock | residents | ABOUT  | 250000 | 225000 | 275000
            fled-east-aleppo              | flow  | fled      | NEARLY | 10000  | 9000   | 10000
            fled-to-sheikh-maqsoud        | flow  | fled      | EXACT  | 6000   | 6000   | 6000
            """)
    void stated_figure_has_the_count_and_interval_of_the_source_words(
            String id, String kind, String what, Quantifier quantifier, long value, long low, long high) {
        Figure f = ds.figure(id);

        assertThat(f).isInstanceOf(kind.equals("stock") ? Stock.class : Flow.class);
        assertThat(f.what()).isEqualTo(what);
        assertThat(f.isDerived()).isFalse();
        assertThat(f.isMention()).isFalse();
        assertThat(f.count()).contains(Count.of(quantifier, value));
        assertThat(f.estimate().point()).isEqualTo(OptionalLong.of(value));
        assertThat(f.estimate().interval()).isEqualTo(Interval.closed(low, high));
    }

    @Test
    void east_aleppo_population_is_about_250000_residents_of_rebel_held_alep_est_in_late_november() {
        Stock s = (Stock) ds.figure("east-aleppo-population");

        assertThat(s.place()).isEqualTo(ALEP_EST);
        assertThat(s.period().start()).isEqualTo(LocalDate.of(2016, 11, 27));
        assertThat(s.period().end()).isEqualTo(LocalDate.of(2016, 11, 27));
        assertThat(s.period().accuracy()).isEqualTo(PeriodAccuracy.APPROXIMATE);
        assertThat(s.evidence().quote().orElseThrow().exact()).isEqualTo("quelque 250.000 habitants d'Alep-Est");
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/org/displacementstats/dataset/aleppo-flows.psv", delimiter = '|', nullValues = "-")
    void flow_leaves_alep_est_for_its_destination_held_by_its_controller(
            String id, String destination, String controller, String partOf, String exact) {
        Flow f = (Flow) ds.figure(id);

        assertThat(f.origin()).isEqualTo(ALEP_EST);
        assertThat(f.destination().map(Place::name)).isEqualTo(Optional.ofNullable(destination));
        assertThat(f.destination().flatMap(Place::controlledBy)).isEqualTo(Optional.ofNullable(controller));
        assertThat(f.partOf()).isEqualTo(Optional.ofNullable(partOf));
        assertThat(f.evidence().source().map(Source::id)).contains(SOURCE_ID);
        assertThat(f.evidence().quote().orElseThrow().exact()).isEqualTo(exact);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            fled-east-aleppo              | 2016-11-27 | 2016-11-28 | DAY
            fled-to-sheikh-maqsoud        | 2016-11-27 | 2016-11-28 | DAY
            fled-to-government-areas      | 2016-11-27 | 2016-11-28 | DAY
            thousands-fled-official-media | 2016-11-25 | 2016-11-28 | APPROXIMATE
            """)
    void flow_covers_the_days_the_article_speaks_of(
            String id, LocalDate start, LocalDate end, PeriodAccuracy accuracy) {
        Figure f = ds.figure(id);

        assertThat(f.period().start()).isEqualTo(start);
        assertThat(f.period().end()).isEqualTo(end);
        assertThat(f.period().accuracy()).isEqualTo(accuracy);
        assertThat(f.period().lengthInDays()).isEqualTo(end.toEpochDay() - start.toEpochDay() + 1);
    }

    @Test
    void the_rest_to_government_areas_is_4000_derived_from_fled_minus_sheikh_maqsoud() {
        Figure f = ds.figure("fled-to-government-areas");

        assertThat(f.isDerived()).isTrue();
        assertThat(f.count()).isEmpty();
        assertThat(f.estimate().point()).isEqualTo(OptionalLong.of(4_000));
        assertThat(f.estimate().interval()).isEqualTo(Interval.closed(3_000, 4_000));
        assertThat(f.evidence().lineage())
                .contains(new Lineage(
                        "fled-east-aleppo - fled-to-sheikh-maqsoud",
                        List.of("fled-east-aleppo", "fled-to-sheikh-maqsoud")));
    }

    @Test
    void remaining_population_of_alep_est_is_240000_derived_from_population_minus_fled() {
        Stock s = (Stock) ds.figure("east-aleppo-population-remaining");

        assertThat(s.isDerived()).isTrue();
        assertThat(s.count()).isEmpty();
        assertThat(s.what()).isEqualTo("residents remaining");
        assertThat(s.place()).isEqualTo(ALEP_EST);
        assertThat(s.estimate().point()).isEqualTo(OptionalLong.of(240_000));
        assertThat(s.estimate().interval()).isEqualTo(Interval.closed(215_000, 266_000));
        assertThat(s.evidence().lineage())
                .contains(Lineage.difference("east-aleppo-population", List.of("fled-east-aleppo")));
        assertThat(s.evidence().lineage().orElseThrow().formula())
                .isEqualTo("east-aleppo-population - fled-east-aleppo");
        assertThat(s.evidence().source()).isEmpty();
        assertThat(s.period().end()).isEqualTo(LocalDate.of(2016, 11, 28));
        assertThat(s.period().accuracy()).isEqualTo(PeriodAccuracy.APPROXIMATE);
    }

    @Test
    void thousands_who_fled_is_a_vague_mention_with_no_point() {
        Figure f = ds.figure("thousands-fled-official-media");

        assertThat(f.isMention()).isTrue();
        assertThat(f.count()).contains(Count.vague());
        assertThat(f.estimate().point()).isEmpty();
        assertThat(f.estimate().interval()).isEqualTo(Interval.atLeast(0));
        assertThat(((Flow) f).destination()).isEmpty();
    }

    @Test
    void the_vague_mention_is_not_subtracted_from_the_population() {
        Figure remaining = ds.figure("east-aleppo-population-remaining");

        assertThat(remaining.evidence().lineage().orElseThrow().inputs())
                .doesNotContain("thousands-fled-official-media", "fled-to-sheikh-maqsoud", "fled-to-government-areas");
    }

    @Test
    void first_source_is_the_afp_article_dated_29_november_2016_by_inference_with_a_note() {
        List<Source> sources = ds.sources();

        assertThat(sources)
                .extracting(Source::id)
                .containsExactly(
                        SOURCE_ID,
                        "lci-2016-11-27",
                        "chinapost-afp-2016-11-29",
                        "reuters-2016-11-28",
                        "ocha-sitrep-2016-12-01");
        Source s = sources.get(0);
        assertThat(s.id()).isEqualTo(SOURCE_ID);
        assertThat(s.date()).isEqualTo(LocalDate.of(2016, 11, 29));
        assertThat(s.dateBasis()).isEqualTo(DateBasis.INFERRED);
        assertThat(s.note()).contains("« hier »", "28 November", "« samedi »", "26 November");
        assertThat(s.publisher()).contains("AFP", "OSDH");
        assertThat(s.textFile()).contains("../../seeds/000_59a92f6e1361203d.txt");
    }

    @Test
    void every_stated_figure_and_control_change_but_ochas_cites_the_article() {
        List<Optional<Source>> cited = Stream.concat(
                        ds.figures().stream()
                                .filter(f -> !f.id().endsWith("-remaining"))
                                .filter(f -> !f.id().equals("displaced-within-aleppo-city"))
                                .map(f -> f.evidence().source()),
                        ds.controlChanges().stream().map(c -> c.evidence().source()))
                .toList();

        assertThat(cited)
                .hasSize(11)
                .allSatisfy(s -> assertThat(s).contains(ds.sources().get(0)));
    }

    @Test
    void source_text_is_the_seed_article_byte_for_byte() throws IOException {
        String seed = new String(Files.readAllBytes(AleppoCopy.SEED), StandardCharsets.UTF_8);

        Optional<String> text = ds.sourceText(SOURCE_ID);

        assertThat(text).contains(seed);
        assertThat(ds.sourceText("no-such-source")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            massaken-hanano-taken   | Massaken Hanano | NEIGHBOURHOOD | rebels | government     | 2016-11-26
            sakhour-taken           | Sakhour         | NEIGHBOURHOOD | rebels | government     | 2016-11-28
            haydariye-taken         | Haydariyé       | NEIGHBOURHOOD | rebels | government     | 2016-11-28
            cheikh-khodr-taken      | Cheikh Khodr    | NEIGHBOURHOOD | rebels | government     | 2016-11-28
            cheikh-fares-taken      | Cheikh Fares    | NEIGHBOURHOOD | rebels | Kurdish forces | 2016-11-28
            north-east-aleppo-taken | nord-est d'Alep | DISTRICT      | rebels | government     | 2016-11-28
            """)
    void control_change_records_who_took_which_place_on_which_day(
            String id, String place, PlaceKind kind, String from, String to, LocalDate date) {
        ControlChange c = ds.controlChanges().stream()
                .filter(x -> x.id().equals(id))
                .findFirst()
                .orElseThrow();

        assertThat(c.place()).isEqualTo(Place.of(place, kind));
        assertThat(c.from()).isEqualTo(from);
        assertThat(c.to()).isEqualTo(to);
        assertThat(c.date()).isEqualTo(date);
        assertThat(c.evidence().source().map(Source::id)).contains(SOURCE_ID);
    }

    @Test
    void has_exactly_the_six_control_changes_of_the_article_in_file_order() {
        List<String> ids = ds.controlChanges().stream().map(ControlChange::id).toList();

        assertThat(ids)
                .containsExactly(
                        "massaken-hanano-taken",
                        "sakhour-taken",
                        "haydariye-taken",
                        "cheikh-khodr-taken",
                        "cheikh-fares-taken",
                        "north-east-aleppo-taken");
    }

    @Test
    void unknown_figure_id_is_misuse_rejected_with_the_id_in_the_message() {
        assertThatThrownBy(() -> ds.figure("fled-to-turkey"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll("'fled-to-turkey'", "unknown");
    }

    @Test
    void reading_the_bundled_dataset_twice_gives_equal_records() {
        DisplacementDataset again = DisplacementDataset.aleppo2016();

        assertThat(again.figures()).isEqualTo(ds.figures());
        assertThat(again.controlChanges()).isEqualTo(ds.controlChanges());
        assertThat(again.checks()).isEqualTo(ds.checks());
    }
}
