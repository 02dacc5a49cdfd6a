package org.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.displacementstats.figure.Count.about;
import static org.displacementstats.figure.Count.atLeast;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.Map;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.dataset.DatasetSource;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.figure.Flow;
import org.displacementstats.figure.Place;
import org.displacementstats.figure.PlaceKind;
import org.displacementstats.figure.Stock;
import org.displacementstats.provenance.Source;
import org.displacementstats.provenance.SourceText;
import org.junit.jupiter.api.Test;

/** A client's own figures, built with the builders, its broken dataset, and a dataset read from readers. */
class BuildersExampleTest {
    private static final String TEXT = "Quelque 250.000 habitants vivaient à Tal Rifaat. Au moins 4.000 d'entre eux"
            + " ont fui vers Afrin, selon l'OSDH.";

    @Test
    void two_figures_built_as_the_source_words_them() {
        SourceText article = Source.builder("afp-2016-12-01")
                .publisher("AFP, citing OSDH")
                .document("Syrie: exode de Tal Rifaat")
                .published(LocalDate.of(2016, 12, 1))
                .withText(TEXT);
        Place talRifaat = Place.of("Tal Rifaat", PlaceKind.CITY);
        Place afrin = Place.controlled("Afrin", PlaceKind.CITY, "Kurdish forces");
        Stock residents = Stock.stated("tal-rifaat-residents")
                .in(talRifaat)
                .count(about(250_000))
                .on(LocalDate.of(2016, 11, 30))
                .quote(article, "Quelque 250.000 habitants");
        Flow fled = Flow.stated("fled-tal-rifaat")
                .from(talRifaat)
                .to(afrin)
                .count(atLeast(4_000))
                .on(LocalDate.of(2016, 12, 1))
                .quote(article, "Au moins 4.000");
        DisplacementDataset ds = DisplacementDataset.builder("tal-rifaat")
                .source(article)
                .figures(residents, fled)
                .build();

        assertThat(ds.figure("fled-tal-rifaat").estimate().interval()).hasToString("[4000, inf)");
        assertThat(ds.find("tal-rifaat-residents-remaining")).isPresent();
        assertThat(ds.stocks()).hasSize(2);
        assertThat(ds.flows()).containsExactly(fled);
    }

    @Test
    void every_problem_of_a_broken_hand_built_dataset_at_once() {
        SourceText article = Source.builder("afp-2016-12-01")
                .publisher("AFP")
                .document("Tal Rifaat")
                .published(LocalDate.of(2016, 12, 1))
                .withText(TEXT);
        Place talRifaat = Place.of("Tal Rifaat", PlaceKind.CITY);
        Stock residents = Stock.stated("tal-rifaat-residents")
                .in(talRifaat)
                .count(about(250_000))
                .on(LocalDate.of(2016, 11, 30))
                .quote(article, "Quelque 250.000 habitants");
        Flow part = Flow.stated("fled-by-road")
                .from(talRifaat)
                .count(atLeast(4_000))
                .on(LocalDate.of(2016, 12, 1))
                .partOf("fled-nowhere")
                .quote(article, "Au moins 4.000");
        Source unlisted = Source.builder("osdh")
                .publisher("OSDH")
                .document("communiqué")
                .published(LocalDate.of(2016, 12, 1))
                .build();

        DisplacementDataException e = catchThrowableOfType(
                DisplacementDataException.class,
                () -> DisplacementDataset.builder("broken")
                        .source(unlisted)
                        .figures(residents, residents, part)
                        .build());

        assertThat(e.problems())
                .extracting(Throwable::getMessage)
                .hasSize(5)
                .anySatisfy(m -> assertThat(m).contains("figure id 'tal-rifaat-residents' must be unique"))
                .anySatisfy(m -> assertThat(m).contains("part_of 'fled-nowhere'"))
                .anySatisfy(
                        m -> assertThat(m).contains("source 'afp-2016-12-01' must be one of the dataset's sources"));
        System.out.println(e.getMessage());
    }

    @Test
    void a_dataset_read_from_readers_names_the_bad_cell() {
        String sources = "id,publisher,document,date,date_basis,text_file,note\n"
                + "ocha-1,OCHA,Aleppo situation report,2016-12-01,stated,,\n";
        String places = "name,kind,controlled_by\neastern Aleppo,district,\n";
        String figures = "id,kind,what,place,origin,destination,period_start,period_end,period_accuracy,quantifier,"
                + "count,count_high,part_of,derived_as,source,quote_start,quote_end,quote_exact,quote_prefix,"
                + "quote_suffix\n"
                + "displaced,flow,displaced,,eastern Aleppo,,2016-11-24,2016-12-01,day,about,31500,,,,ocha-1,0,5,"
                + "about,,\n";

        DisplacementDataset ds = DisplacementDataset.read(DatasetSource.of(
                "mine",
                Map.of(
                        "sources.csv",
                        new StringReader(sources),
                        "places.csv",
                        new StringReader(places),
                        "figures.csv",
                        new StringReader(figures))));
        DisplacementDataException e = catchThrowableOfType(
                DisplacementDataException.class,
                () -> DisplacementDataset.read(DatasetSource.of(
                        "mine",
                        Map.of(
                                "sources.csv",
                                new StringReader(sources),
                                "places.csv",
                                new StringReader(places),
                                "figures.csv",
                                new StringReader(figures.replace("31500", "\"31,500\""))))));

        assertThat(ds.figure("displaced").estimate().interval()).hasToString("[28350, 34650]");
        assertThat(e.file()).contains("mine/figures.csv");
        assertThat(e.line()).hasValue(2);
        assertThat(e.field()).contains("count");
        assertThat(e.value()).contains("31,500");
    }
}
