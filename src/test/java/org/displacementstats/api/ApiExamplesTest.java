package org.displacementstats.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.displacementstats.figure.Count.about;
import static org.displacementstats.figure.Count.atLeast;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.dataset.DatasetSource;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.figure.Count;
import org.displacementstats.figure.Estimate;
import org.displacementstats.figure.Figure;
import org.displacementstats.figure.Flow;
import org.displacementstats.figure.Interval;
import org.displacementstats.figure.Period;
import org.displacementstats.figure.Place;
import org.displacementstats.figure.PlaceKind;
import org.displacementstats.figure.QuantifierPolicy;
import org.displacementstats.figure.Stock;
import org.displacementstats.flowlog.FlowLogSummary;
import org.displacementstats.provenance.Evidence;
import org.displacementstats.provenance.Quote;
import org.displacementstats.provenance.Source;
import org.displacementstats.provenance.SourceText;
import org.displacementstats.stats.UncertaintySettings;
import org.junit.jupiter.api.Test;

/** The examples of src/site/markdown/api.md and of the builders' Javadoc, compiled and run as written. */
class ApiExamplesTest {
    private static final String TEXT = "Quelque 250.000 habitants vivaient à Tal Rifaat. Au moins 4.000 d'entre eux"
            + " ont fui vers Afrin, selon l'OSDH.";

    @Test
    void two_figures_read_like_the_source_and_make_a_dataset() {
        String text = TEXT;
        // spotless:off
        // EXAMPLE:begin
        SourceText article = Source.builder("afp-2016-12-01").publisher("AFP, citing OSDH")
                .document("Syrie: exode de Tal Rifaat").published(LocalDate.of(2016, 12, 1)).withText(text);
        Place talRifaat = Place.of("Tal Rifaat", PlaceKind.CITY);
        Place afrin = Place.controlled("Afrin", PlaceKind.CITY, "Kurdish forces");
        Stock residents = Stock.stated("tal-rifaat-residents").in(talRifaat).count(about(250_000))
                .on(LocalDate.of(2016, 11, 30)).quote(article, "Quelque 250.000 habitants");
        Flow fled = Flow.stated("fled-tal-rifaat").from(talRifaat).to(afrin).count(atLeast(4_000))
                .on(LocalDate.of(2016, 12, 1)).quote(article, "Au moins 4.000");
        DisplacementDataset ds = DisplacementDataset.builder("tal-rifaat").source(article).figures(residents, fled)
                .build();
        ds.figure("fled-tal-rifaat").estimate().interval();                     // [4000, inf)
        ds.find("tal-rifaat-residents-remaining");                              // Optional[Stock[...246000...]]
        // EXAMPLE:end
        // spotless:on

        assertThat(ds.figure("fled-tal-rifaat").estimate().interval()).hasToString("[4000, inf)");
        assertThat(ds.find("tal-rifaat-residents-remaining"))
                .get()
                .extracting(f -> f.estimate().point())
                .isEqualTo(OptionalLong.of(246_000));
        assertThat(ds.stocks())
                .extracting(Stock::id)
                .containsExactly("tal-rifaat-residents", "tal-rifaat-residents-remaining");
        assertThat(ds.flows()).containsExactly(fled);
        assertThat(fled.evidence().quote().orElseThrow().start()).isEqualTo(TEXT.indexOf("Au moins"));
        assertThat(ds.find("nowhere")).isEmpty();
    }

    /**
     * The same two figures with every part spelled out (what is counted, the estimate, the evidence and its quote's
     * place in the text), as a client wrote them before the short builders, when they were records.
     */
    @Test
    void the_short_builders_give_the_figures_every_part_spelled_out_gives() {
        String text = TEXT;
        Source source = Source.builder("afp-2016-12-01")
                .publisher("AFP, citing OSDH")
                .document("Syrie: exode de Tal Rifaat")
                .published(LocalDate.of(2016, 12, 1))
                .build();
        Place talRifaat = Place.of("Tal Rifaat", PlaceKind.CITY);
        Place afrin = Place.controlled("Afrin", PlaceKind.CITY, "Kurdish forces");
        Count residentsCount = Count.about(250_000);
        Stock residents = Stock.stated("tal-rifaat-residents")
                .what("residents")
                .in(talRifaat)
                .count(residentsCount)
                .during(Period.days(LocalDate.of(2016, 11, 30), LocalDate.of(2016, 11, 30)))
                .estimate(Estimate.of(residentsCount, QuantifierPolicy.DEFAULT))
                .evidence(Evidence.stated(source, Quote.locate(text, "Quelque 250.000 habitants", 32)));
        Count fledCount = Count.atLeast(4_000);
        Flow fled = Flow.stated("fled-tal-rifaat")
                .what("fled")
                .from(talRifaat)
                .to(afrin)
                .count(fledCount)
                .during(Period.days(LocalDate.of(2016, 12, 1), LocalDate.of(2016, 12, 1)))
                .estimate(Estimate.of(fledCount, QuantifierPolicy.DEFAULT))
                .evidence(Evidence.stated(source, Quote.locate(text, "Au moins 4.000", 32)));
        DisplacementDataset ds = DisplacementDataset.of(
                "tal-rifaat",
                QuantifierPolicy.DEFAULT,
                List.of(source),
                List.of(residents, fled),
                List.of(),
                List.of(),
                Map.of(source.id(), text));

        assertThat(residents).isEqualTo(residents(article()));
        assertThat(fled).isEqualTo(fled(article()));
        assertThat(ds.figures())
                .isEqualTo(DisplacementDataset.builder("tal-rifaat")
                        .source(article())
                        .figures(residents(article()), fled(article()))
                        .build()
                        .figures());
    }

    @Test
    void a_source_text_locates_the_quote() {
        String text = TEXT;
        // spotless:off
        // EXAMPLE:begin
        SourceText article = Source.builder("afp-2016-11-29").publisher("AFP").document("Alep: ...")
                .published(LocalDate.of(2016, 11, 29)).withText(text);
        Quote q = article.quote("Au moins 4.000");
        // EXAMPLE:end
        // spotless:on
        assertThat(q.isFoundIn(TEXT)).isTrue();
        assertThat(q.exact()).isEqualTo("Au moins 4.000");
    }

    @Test
    void a_dataset_under_another_margin_estimates_the_stated_figures_under_it() {
        SourceText article = article();
        Stock residents = residents(article);
        Flow fled = fled(article);
        // spotless:off
        // EXAMPLE:begin
        DisplacementDataset ds = DisplacementDataset.builder("my-notes")
                .policy(new QuantifierPolicy(20))       // optional: the default margin is 10 %
                .source(article)                        // a SourceText: its text checks the quotes
                .figures(residents, fled)
                .build();                               // every problem at once, or the dataset
        // EXAMPLE:end
        // spotless:on
        assertThat(ds.figure("tal-rifaat-residents").estimate().interval()).hasToString("[200000, 300000]");
        assertThat(residents.estimate().interval()).hasToString("[225000, 275000]");
    }

    @Test
    void every_problem_of_a_hand_built_dataset_is_reported_at_once() {
        SourceText article = article();
        Source unlisted = Source.builder("unlisted")
                .publisher("X")
                .document("Y")
                .published(LocalDate.of(2016, 12, 1))
                .build();
        Place talRifaat = Place.of("Tal Rifaat", PlaceKind.CITY);
        // spotless:off
        // EXAMPLE:begin
        Flow part = Flow.stated("fled-by-road").from(talRifaat).count(Count.exact(100))
                .on(LocalDate.of(2016, 12, 1)).partOf("fled-nowhere").quote(article, "Au moins 4.000");
        var builder = DisplacementDataset.builder("broken").source(article)
                .figures(residents(article), residents(article), part);
        List<DisplacementDataException> problems = builder.problems();  // nothing thrown
        // EXAMPLE:end
        // spotless:on
        DisplacementDataException thrown = catchThrowableOfType(DisplacementDataException.class, builder::build);
        assertThat(problems).hasSize(2);
        assertThat(thrown.problems())
                .extracting(Throwable::getMessage)
                .isEqualTo(problems.stream().map(Throwable::getMessage).toList());
        assertThat(thrown.getMessage())
                .startsWith("2 problems:")
                .contains("figure id 'tal-rifaat-residents' must be unique", "part_of 'fled-nowhere' must be a flow");
        assertThat(DisplacementDataset.builder("broken").figures(fled(article)).problems())
                .singleElement()
                .extracting(Throwable::getMessage)
                .asString()
                .contains("source 'afp-2016-12-01' must be one of");
        assertThat(DisplacementDataset.builder("x")
                        .source(unlisted)
                        .figures(fled(article))
                        .problems())
                .hasSize(1);
    }

    @Test
    void a_dataset_is_read_from_readers_with_every_bad_row_named() {
        String sources = "id,publisher,document,date,date_basis,text_file,note\n"
                + "ocha-1,OCHA,Aleppo situation report,2016-12-01,stated,,\n";
        String places = "name,kind,controlled_by\neastern Aleppo,district,\n";
        String figures = "id,kind,what,place,origin,destination,period_start,period_end,period_accuracy,quantifier,"
                + "count,count_high,part_of,derived_as,source,quote_start,quote_end,quote_exact,quote_prefix,"
                + "quote_suffix\n"
                + "displaced,flow,displaced,,eastern Aleppo,,2016-11-24,2016-12-01,day,about,31500,,,,ocha-1,0,5,"
                + "about,,\n";
        // spotless:off
        // EXAMPLE:begin
        DisplacementDataset ds = DisplacementDataset.read(DatasetSource.of("my-notes", Map.of(
                "sources.csv", new StringReader(sources),
                "places.csv", new StringReader(places),
                "figures.csv", new StringReader(figures))));
        // EXAMPLE:end
        // spotless:on
        assertThat(ds.figure("displaced").estimate().interval()).hasToString("[28350, 34650]");
        assertThat(ds.name()).isEqualTo("my-notes");

        String bad = figures.replace("31500", "\"31,500\"")
                + figures.replace("displaced,flow", "second,flood")
                        .lines()
                        .skip(1)
                        .findFirst()
                        .orElseThrow() + "\n";
        DisplacementDataException e = catchThrowableOfType(
                DisplacementDataException.class,
                () -> DisplacementDataset.read(DatasetSource.of(
                        "my-notes",
                        Map.of(
                                "sources.csv",
                                new StringReader(sources),
                                "places.csv",
                                new StringReader(places),
                                "figures.csv",
                                new StringReader(bad)))));
        assertThat(e.problems()).hasSize(2);
        DisplacementDataException first = e.problems().get(0);
        assertThat(first.file()).contains("my-notes/figures.csv");
        assertThat(first.line()).hasValue(2);
        assertThat(first.column()).hasValue(11);
        assertThat(first.field()).contains("count");
        assertThat(first.value()).contains("31,500");
        assertThat(e.problems().get(1).line()).hasValue(3);
        assertThat(e.problems().get(1).field()).contains("kind");
        assertThat(e.problems().get(1).value()).contains("flood");
    }

    @Test
    void a_stated_figure_refuses_an_estimate_its_count_does_not_give() {
        Stock residents = residents(article());
        DisplacementDataException e = catchThrowableOfType(
                DisplacementDataException.class,
                () -> Stock.stated(residents.id())
                        .in(residents.place())
                        .count(Count.exact(5))
                        .during(residents.period())
                        .estimate(Estimate.of(Count.between(1_000, 2_000), QuantifierPolicy.DEFAULT))
                        .evidence(residents.evidence()));
        assertThat(e).hasMessageContaining("Stock.estimate must be the one its count 5 gives");
        assertThat(e.field()).contains("Stock.estimate");
    }

    @Test
    void a_dataset_refuses_figures_estimated_under_another_margin() {
        SourceText article = article();
        Figure wide = residents(article).estimatedUnder(new QuantifierPolicy(20));
        DisplacementDataException e = catchThrowableOfType(
                DisplacementDataException.class,
                () -> DisplacementDataset.of(
                        "x",
                        QuantifierPolicy.DEFAULT,
                        List.of(article.source()),
                        List.of(wide),
                        List.of(),
                        List.of(),
                        Map.of()));
        assertThat(e).hasMessageContaining("must be what count ~250000 gives under the dataset's margin of 10 %");
    }

    @Test
    void flow_log_totals_read_as_the_estimate_every_figure_uses() {
        assertThat(new FlowLogSummary.Totals(2, 15, 12, OptionalLong.empty()).estimate())
                .isEqualTo(new Estimate(OptionalLong.of(15), Interval.atLeast(12)));
        assertThat(new FlowLogSummary.Totals(2, 15, 12, OptionalLong.of(16))
                        .estimate()
                        .interval())
                .isEqualTo(Interval.closed(12, 16));
    }

    @Test
    void misuse_of_the_api_throws_what_the_jdk_throws() {
        assertThatThrownBy(() -> Interval.closed(1, 2).times(-1))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("factor must be >= 0 but was -1");
        assertThatThrownBy(
                        () -> Flow.stated("fled").on(LocalDate.of(2016, 12, 1)).quote(article(), "Au moins 4.000"))
                .isExactlyInstanceOf(NullPointerException.class)
                .hasMessageContaining("from(place)");
        assertThatThrownBy(() -> DisplacementDataException.all(List.of()))
                .isExactlyInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DisplacementDataset.aleppo2016().find(null))
                .isExactlyInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new QuantifierPolicy(-5))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("QuantifierPolicy.marginPercent must be between 0 and 100 but was -5");
        assertThatThrownBy(() -> UncertaintySettings.defaults().withDraws(0))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("UncertaintySettings.draws must be between 1000 and 10000000 but was 0");
        assertThatThrownBy(() -> DisplacementDataset.aleppo2016().figure("no-such-figure"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'no-such-figure'");
    }

    static SourceText article() {
        return Source.builder("afp-2016-12-01")
                .publisher("AFP, citing OSDH")
                .document("Syrie: exode de Tal Rifaat")
                .published(LocalDate.of(2016, 12, 1))
                .withText(TEXT);
    }

    static Stock residents(SourceText article) {
        return Stock.stated("tal-rifaat-residents")
                .in(Place.of("Tal Rifaat", PlaceKind.CITY))
                .count(about(250_000))
                .on(LocalDate.of(2016, 11, 30))
                .quote(article, "Quelque 250.000 habitants");
    }

    static Flow fled(SourceText article) {
        return Flow.stated("fled-tal-rifaat")
                .from(Place.of("Tal Rifaat", PlaceKind.CITY))
                .to(Place.controlled("Afrin", PlaceKind.CITY, "Kurdish forces"))
                .count(atLeast(4_000))
                .on(LocalDate.of(2016, 12, 1))
                .quote(article, "Au moins 4.000");
    }
}
