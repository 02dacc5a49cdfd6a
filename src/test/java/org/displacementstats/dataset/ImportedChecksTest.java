package org.displacementstats.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.junit.jupiter.api.Test;

class ImportedChecksTest {
    private static final Source FILE = Source.builder("series")
            .publisher("UNHCR")
            .document("series.csv")
            .inferred(LocalDate.of(2013, 12, 31), "latest date in the file")
            .build();
    private static final Place TURKEY = Place.of("Turkey", PlaceKind.COUNTRY);

    private static Stock stock(String id, String date, long n, int line) {
        String text = date + ";" + n;
        return Stock.stated(id)
                .what("refugees")
                .in(TURKEY)
                .count(Count.exact(n))
                .during(Period.days(LocalDate.parse(date), LocalDate.parse(date)))
                .evidence(Evidence.stated(FILE, new Quote(text, "", "", line * 20, line * 20 + text.length())));
    }

    private static List<Figure> series() {
        return List.of(
                stock("s-2013-12-27", "2013-12-27", 590_000, 0),
                stock("s-2013-12-29", "2013-12-29", 594_536, 1),
                stock("s-2013-12-31", "2013-12-31", 560_129, 2));
    }

    @Test
    void source_without_text_gives_one_skipped_quote_check_named_after_the_source() {
        // GIVEN three figures quoting one source whose text is not kept
        // WHEN the dataset is built
        DisplacementDataset ds = DisplacementDataset.imported("series", List.of(FILE), series(), List.of());

        // THEN a single quote-found row, skipped, names the source and how many quotes it covers
        List<Check> quoteChecks =
                ds.checks().stream().filter(c -> c.rule().equals("quote-found")).toList();
        assertThat(quoteChecks).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("quote-found:series");
            assertThat(c.status()).isEqualTo(CheckStatus.SKIPPED);
            assertThat(c.detail()).contains("3 quotes are not checked");
        });
    }

    @Test
    void curated_dataset_with_text_keeps_one_quote_check_per_figure() {
        // GIVEN the bundled dataset, whose source text is kept
        DisplacementDataset ds = DisplacementDataset.aleppo2016();

        // WHEN counting the quotes of its one source with text (the others' texts are test resources)
        long stated = ds.figures().stream()
                        .filter(f -> f.evidence()
                                .source()
                                .map(s -> ds.sourceText(s.id()).isPresent())
                                .orElse(false))
                        .count()
                + ds.controlChanges().size();

        // THEN each of those quotes has its own passing row
        assertThat(ds.checks())
                .filteredOn(c -> c.rule().equals("quote-found") && c.status() != CheckStatus.SKIPPED)
                .hasSize((int) stated)
                .allMatch(c -> c.status() == CheckStatus.PASS);
    }

    @Test
    void falling_cumulative_stock_is_a_warning_that_names_the_fall_and_the_date() {
        // GIVEN a cumulative series that falls from 594,536 to 560,129
        // WHEN it is imported with a not-falling expectation
        DisplacementDataset ds = DisplacementDataset.imported(
                "series",
                List.of(FILE),
                series(),
                List.of(new Expectation.NotFalling(List.of("s-2013-12-27", "s-2013-12-29", "s-2013-12-31"))));

        // THEN the rise passes and the fall warns, the figures untouched
        assertThat(ds.checks())
                .filteredOn(c -> c.rule().equals("stock-not-falling"))
                .extracting(Check::id, Check::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("stock-not-falling:s-2013-12-29", CheckStatus.PASS),
                        org.assertj.core.groups.Tuple.tuple("stock-not-falling:s-2013-12-31", CheckStatus.WARN));
        assertThat(ds.checks())
                .filteredOn(c -> c.id().equals("stock-not-falling:s-2013-12-31"))
                .singleElement()
                .extracting(Check::detail)
                .asString()
                .startsWith("stock fell by 34407 on 2013-12-31 (from 594536 on 2013-12-29 to 560129");
        assertThat(ds.figure("s-2013-12-31").estimate().point()).hasValue(560_129);
    }

    @Test
    void a_stock_that_stays_level_is_not_a_fall() {
        // GIVEN two counts of 594,536 on consecutive dates
        List<Figure> level = List.of(
                stock("s-2013-12-29", "2013-12-29", 594_536, 0), stock("s-2013-12-31", "2013-12-31", 594_536, 1));

        DisplacementDataset ds = DisplacementDataset.imported(
                "series",
                List.of(FILE),
                level,
                List.of(new Expectation.NotFalling(List.of("s-2013-12-29", "s-2013-12-31"))));

        assertThat(ds.checks())
                .filteredOn(c -> c.rule().equals("stock-not-falling"))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.status()).isEqualTo(CheckStatus.PASS);
                    assertThat(c.detail())
                            .isEqualTo("s-2013-12-31 594536 on 2013-12-31 is not below s-2013-12-29"
                                    + " 594536 on 2013-12-29");
                });
    }

    @Test
    void parts_that_fall_short_warn_when_incomplete_and_fail_when_complete_or_over() {
        // GIVEN three declared breakdowns of a total of 100
        Expectation.AddsUp shortPartial = new Expectation.AddsUp(
                "disaggregation-within-total",
                "a",
                "f.csv line 2",
                "#affected+idps",
                100,
                List.of(new Expectation.Part("+f", 40)),
                true);
        Expectation.AddsUp shortComplete = new Expectation.AddsUp(
                "row-total-matches",
                "b",
                "f.csv line 3",
                "Total",
                100,
                List.of(new Expectation.Part("X", 40), new Expectation.Part("Y", 50)),
                false);
        Expectation.AddsUp over = new Expectation.AddsUp(
                "disaggregation-within-total",
                "c",
                "f.csv line 4",
                "#affected+idps",
                100,
                List.of(new Expectation.Part("+f", 60), new Expectation.Part("+m", 50)),
                true);

        // WHEN checked
        DisplacementDataset ds =
                DisplacementDataset.imported("x", List.of(FILE), series(), List.of(shortPartial, shortComplete, over));

        assertThat(ds.checks())
                .filteredOn(c -> c.detail().startsWith("f.csv"))
                .extracting(Check::status)
                .containsExactly(CheckStatus.WARN, CheckStatus.FAIL, CheckStatus.FAIL);
        assertThat(ds.checks())
                .filteredOn(c -> c.id().equals("row-total-matches:b"))
                .singleElement()
                .extracting(Check::detail)
                .isEqualTo("f.csv line 3: X 40 + Y 50 = 90 falls short of Total 100 by 10");
    }

    @Test
    void imported_dataset_derives_no_remaining_population_and_no_flow_within_population_check() {
        // GIVEN a stock and a later flow out of the same place, as an IDMC table gives them
        Stock idps = stock("syr-2015", "2015-12-31", 1000, 0);
        Flow next = Flow.stated("syr-2016-new")
                .what("new displacements")
                .from(TURKEY)
                .count(Count.exact(5000))
                .during(Period.days(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31)))
                .evidence(Evidence.stated(FILE, new Quote("x", "", "", 100, 101)));

        // WHEN imported
        DisplacementDataset ds = DisplacementDataset.imported("x", List.of(FILE), List.of(idps, next), List.of());

        // THEN the two stay separate statistics
        assertThat(ds.figures()).extracting(Figure::id).containsExactly("syr-2015", "syr-2016-new");
        assertThat(ds.checks()).noneMatch(c -> c.rule().equals("flow-within-population"));
    }

    @Test
    void not_falling_expectation_must_name_stocks_of_the_dataset() {
        assertThatThrownBy(() -> DisplacementDataset.imported(
                        "x",
                        List.of(FILE),
                        series(),
                        List.of(new Expectation.NotFalling(List.of("s-2013-12-27", "nope")))))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("'nope'", "must be a stock", "unknown");
    }

    @Test
    void curated_dataset_built_with_of_is_not_imported() {
        DisplacementDataset ds = DisplacementDataset.of(
                "x", QuantifierPolicy.DEFAULT, List.of(FILE), series(), List.of(), List.of(), Map.of());

        assertThat(ds.isImported()).isFalse();
        assertThat(ds.expectations()).isEmpty();
    }
}
