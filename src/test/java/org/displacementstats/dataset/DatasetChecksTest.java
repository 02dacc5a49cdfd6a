package org.displacementstats.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.figure.Count;
import org.displacementstats.figure.Figure;
import org.displacementstats.figure.Interval;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link DisplacementDataset#checks()}: all pass on the seed; each broken copy makes its check fail (or warn, or
 * skip) and leaves every figure as the files state it, because a failure is reported, never "fixed".
 */
class DatasetChecksTest {
    private static final DisplacementDataset SEED = DisplacementDataset.aleppo2016();
    /** The bundled figures that come from the seed article (or are derived from them), as AleppoCopy.seedOnly. */
    private static final List<Figure> SEED_ARTICLE_FIGURES = SEED.figures().stream()
            .filter(f -> f.evidence()
                    .source()
                    .map(s -> s.id().equals(AleppoCopy.SEED_SOURCE))
                    .orElse(true))
            .toList();

    @TempDir
    Path root;

    @Test
    void every_check_passes_on_the_seed_dataset() {
        List<Check> checks = SEED.checks();

        assertThat(checks)
                .isNotEmpty()
                .filteredOn(c -> c.status() != CheckStatus.SKIPPED)
                .allSatisfy(c ->
                        assertThat(c.status()).as(c.id() + ": " + c.detail()).isEqualTo(CheckStatus.PASS));
        assertThat(checks)
                .filteredOn(c -> c.status() == CheckStatus.SKIPPED)
                .extracting(Check::id)
                .as("only the quotes of the sources whose texts are test resources are skipped")
                .containsExactly(
                        "quote-found:ocha-sitrep-2016-12-01",
                        "quote-found:lci-2016-11-27",
                        "quote-found:chinapost-afp-2016-11-29",
                        "quote-found:reuters-2016-11-28");
    }

    @Test
    void seed_checks_cover_every_rule_in_a_stable_order() {
        List<String> rules = SEED.checks().stream().map(Check::rule).distinct().toList();

        assertThat(rules)
                .containsExactly(
                        "part-within-whole",
                        "flow-within-population",
                        "parts-sum-within-whole",
                        "derived-non-negative",
                        "dates-ordered",
                        "claims-agree",
                        "quote-found");
    }

    @Test
    void seed_checks_name_each_subject() {
        List<String> ids = SEED.checks().stream().map(Check::id).toList();

        assertThat(ids)
                .containsExactly(
                        "part-within-whole:fled-to-sheikh-maqsoud",
                        "part-within-whole:fled-to-government-areas",
                        "flow-within-population:fled-east-aleppo",
                        "parts-sum-within-whole:fled-east-aleppo",
                        "derived-non-negative:fled-to-government-areas",
                        "derived-non-negative:east-aleppo-population-remaining",
                        "dates-ordered:east-aleppo-population",
                        "dates-ordered:fled-east-aleppo",
                        "dates-ordered:fled-to-sheikh-maqsoud",
                        "dates-ordered:fled-to-government-areas",
                        "dates-ordered:thousands-fled-official-media",
                        "dates-ordered:displaced-within-aleppo-city",
                        "dates-ordered:east-aleppo-population-remaining",
                        "dates-ordered:massaken-hanano-taken",
                        "dates-ordered:sakhour-taken",
                        "dates-ordered:haydariye-taken",
                        "dates-ordered:cheikh-khodr-taken",
                        "dates-ordered:cheikh-fares-taken",
                        "dates-ordered:north-east-aleppo-taken",
                        "claims-agree:east-aleppo-population",
                        "claims-agree:fled-east-aleppo",
                        "claims-agree:fled-to-sheikh-maqsoud",
                        "claims-agree:fled-to-government-areas",
                        "quote-found:east-aleppo-population",
                        "quote-found:fled-east-aleppo",
                        "quote-found:fled-to-sheikh-maqsoud",
                        "quote-found:fled-to-government-areas",
                        "quote-found:thousands-fled-official-media",
                        "quote-found:massaken-hanano-taken",
                        "quote-found:sakhour-taken",
                        "quote-found:haydariye-taken",
                        "quote-found:cheikh-khodr-taken",
                        "quote-found:cheikh-fares-taken",
                        "quote-found:north-east-aleppo-taken",
                        "quote-found:ocha-sitrep-2016-12-01",
                        "quote-found:lci-2016-11-27",
                        "quote-found:chinapost-afp-2016-11-29",
                        "quote-found:reuters-2016-11-28");
    }

    @Test
    void seed_check_details_state_the_values_compared() {
        Check part = check(SEED, "part-within-whole:fled-to-sheikh-maqsoud");
        Check remaining = check(SEED, "derived-non-negative:east-aleppo-population-remaining");

        assertThat(part.detail()).contains("fled-to-sheikh-maqsoud [6000, 6000]", "fled-east-aleppo [9000, 10000]");
        assertThat(remaining.detail())
                .contains("east-aleppo-population - fled-east-aleppo", "240000", "[215000, 266000]");
    }

    @Test
    void part_bigger_than_its_whole_fails_and_keeps_both_figures() throws IOException {
        AleppoCopy copy = AleppoCopy.in(root).seedOnly().set("figures.csv", "fled-to-sheikh-maqsoud", "count", "12000");

        DisplacementDataset ds = copy.read();

        Check check = check(ds, "part-within-whole:fled-to-sheikh-maqsoud");
        assertThat(check.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(check.detail()).contains("[12000, 12000] exceeds fled-east-aleppo [9000, 10000]");
        assertThat(ds.figure("fled-to-sheikh-maqsoud").count()).contains(Count.exact(12_000));
        assertThat(ds.figure("fled-to-government-areas").estimate().point()).isEqualTo(OptionalLong.of(-2_000));
        assertStatedFiguresAsSeedExcept(ds, "fled-to-sheikh-maqsoud");
    }

    @Test
    void derived_part_bigger_than_its_whole_fails_part_within_whole_only() throws IOException {
        // GIVEN: a formula that adds instead of subtracting
        AleppoCopy copy = AleppoCopy.in(root)
                .seedOnly()
                .set(
                        "figures.csv",
                        "fled-to-government-areas",
                        "derived_as",
                        "fled-east-aleppo + fled-to-sheikh-maqsoud");

        DisplacementDataset ds = copy.read();

        assertThat(failing(ds)).containsExactly("part-within-whole:fled-to-government-areas");
        assertThat(ds.figure("fled-to-government-areas").estimate().interval())
                .isEqualTo(Interval.closed(15_000, 16_000));
        assertStatedFiguresAsSeedExcept(ds);
    }

    @ParameterizedTest(name = "part {0} within nearly 10000: {1}")
    @CsvSource({"9000, PASS", "10000, PASS", "10001, FAIL"})
    void part_fails_only_above_the_highest_value_its_whole_allows(long part, CheckStatus expected) throws IOException {
        AleppoCopy copy = AleppoCopy.in(root)
                .seedOnly()
                .set("figures.csv", "fled-to-sheikh-maqsoud", "count", String.valueOf(part));

        DisplacementDataset ds = copy.read();

        assertThat(check(ds, "part-within-whole:fled-to-sheikh-maqsoud").status())
                .isEqualTo(expected);
        assertThat(check(ds, "parts-sum-within-whole:fled-east-aleppo").status())
                .isEqualTo(expected);
    }

    @Test
    void flow_bigger_than_the_population_it_leaves_fails_and_keeps_both_figures() throws IOException {
        AleppoCopy copy = AleppoCopy.in(root).seedOnly().set("figures.csv", "east-aleppo-population", "count", "5000");

        DisplacementDataset ds = copy.read();

        Check check = check(ds, "flow-within-population:fled-east-aleppo");
        assertThat(check.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(check.detail())
                .contains("fled-east-aleppo [9000, 10000] exceeds east-aleppo-population [4500, 5500]");
        assertThat(ds.figure("east-aleppo-population").count()).contains(Count.about(5_000));
        assertThat(ds.figure("east-aleppo-population-remaining").estimate().point())
                .isEqualTo(OptionalLong.of(-5_000));
        assertStatedFiguresAsSeedExcept(ds, "east-aleppo-population");
    }

    @ParameterizedTest(name = "about {0} residents, nearly 10000 fled: {1}")
    @CsvSource({"8181, PASS", "8180, FAIL"})
    void flow_fails_only_when_its_lowest_value_exceeds_the_populations_highest(long population, CheckStatus expected)
            throws IOException {
        // GIVEN: about 8181 reaches ⌈8181 × 1.1⌉ = 9000, the lowest of « près de 10.000 »; about 8180 reaches 8998
        AleppoCopy copy = AleppoCopy.in(root)
                .seedOnly()
                .set("figures.csv", "east-aleppo-population", "count", String.valueOf(population));

        DisplacementDataset ds = copy.read();

        assertThat(check(ds, "flow-within-population:fled-east-aleppo").status())
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "6000 + {0} within nearly 10000: {1}")
    @CsvSource({"4000, PASS", "4001, FAIL", "5000, FAIL"})
    void stated_parts_summing_above_their_whole_fail_though_each_part_fits(long second, CheckStatus expected)
            throws IOException {
        // GIVEN: « le reste » stated as a number instead of derived
        AleppoCopy copy = AleppoCopy.in(root)
                .seedOnly()
                .set("figures.csv", "fled-to-government-areas", "derived_as", "")
                .set("figures.csv", "fled-to-government-areas", "count", String.valueOf(second));

        DisplacementDataset ds = copy.read();

        Check sum = check(ds, "parts-sum-within-whole:fled-east-aleppo");
        assertThat(sum.status()).isEqualTo(expected);
        assertThat(sum.detail())
                .contains(
                        "fled-to-sheikh-maqsoud + fled-to-government-areas",
                        "[" + (6_000 + second) + ", " + (6_000 + second) + "]",
                        "fled-east-aleppo [9000, 10000]");
        assertThat(check(ds, "part-within-whole:fled-to-sheikh-maqsoud").status())
                .isEqualTo(CheckStatus.PASS);
        assertThat(check(ds, "part-within-whole:fled-to-government-areas").status())
                .isEqualTo(CheckStatus.PASS);
        assertThat(ds.figure("fled-to-government-areas").count()).contains(Count.exact(second));
        assertThat(ds.figure("fled-to-government-areas").isDerived()).isFalse();
    }

    @Test
    void remainder_that_is_negative_fails_and_keeps_its_negative_value() throws IOException {
        // GIVEN: the formula written the wrong way round
        AleppoCopy copy = AleppoCopy.in(root)
                .seedOnly()
                .set(
                        "figures.csv",
                        "fled-to-government-areas",
                        "derived_as",
                        "fled-to-sheikh-maqsoud - fled-east-aleppo");

        DisplacementDataset ds = copy.read();

        Check check = check(ds, "derived-non-negative:fled-to-government-areas");
        assertThat(check.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(check.detail())
                .contains("fled-to-sheikh-maqsoud - fled-east-aleppo", "-4000", "[-4000, -3000]", "is negative");
        Figure rest = ds.figure("fled-to-government-areas");
        assertThat(rest.estimate().point()).isEqualTo(OptionalLong.of(-4_000));
        assertThat(rest.estimate().interval()).isEqualTo(Interval.closed(-4_000, -3_000));
        assertThat(failing(ds)).containsExactly("derived-non-negative:fled-to-government-areas");
        assertStatedFiguresAsSeedExcept(ds);
    }

    @Test
    void remainder_that_only_may_be_negative_warns_and_keeps_its_interval() throws IOException {
        // GIVEN: 9500 of nearly 10000 went to Cheikh Maqsoud, so the rest is 500 in [-500, 500]
        AleppoCopy copy = AleppoCopy.in(root).seedOnly().set("figures.csv", "fled-to-sheikh-maqsoud", "count", "9500");

        DisplacementDataset ds = copy.read();

        Check check = check(ds, "derived-non-negative:fled-to-government-areas");
        assertThat(check.status()).isEqualTo(CheckStatus.WARN);
        assertThat(check.detail()).contains("500 [-500, 500]", "may be negative");
        assertThat(ds.figure("fled-to-government-areas").estimate().interval()).isEqualTo(Interval.closed(-500, 500));
        assertThat(failing(ds)).isEmpty();
        assertStatedFiguresAsSeedExcept(ds, "fled-to-sheikh-maqsoud");
    }

    @Test
    void remainder_of_exactly_zero_passes() throws IOException {
        // GIVEN exactly 10,000 fled, all of them to Cheikh Maqsoud: nobody is left for the government areas
        AleppoCopy copy = AleppoCopy.in(root)
                .seedOnly()
                .set("figures.csv", "fled-east-aleppo", "quantifier", "exact")
                .set("figures.csv", "fled-to-sheikh-maqsoud", "count", "10000");

        DisplacementDataset ds = copy.read();

        // THEN zero is not negative, and [0, 0] may not be either
        Check check = check(ds, "derived-non-negative:fled-to-government-areas");
        assertThat(ds.figure("fled-to-government-areas").estimate().interval()).isEqualTo(Interval.closed(0, 0));
        assertThat(check.status()).isEqualTo(CheckStatus.PASS);
        assertThat(failing(ds)).isEmpty();
    }

    @Test
    void remaining_population_that_is_negative_fails() throws IOException {
        AleppoCopy copy = AleppoCopy.in(root).seedOnly().set("figures.csv", "east-aleppo-population", "count", "5000");

        DisplacementDataset ds = copy.read();

        assertThat(check(ds, "derived-non-negative:east-aleppo-population-remaining")
                        .status())
                .isEqualTo(CheckStatus.FAIL);
        assertThat(ds.figure("east-aleppo-population-remaining").estimate().interval())
                .isEqualTo(Interval.closed(-5_500, -3_500));
    }

    @Test
    void figure_period_ending_after_its_source_date_fails() throws IOException {
        AleppoCopy copy =
                AleppoCopy.in(root).seedOnly().set("figures.csv", "fled-east-aleppo", "period_end", "2016-11-30");

        DisplacementDataset ds = copy.read();

        Check check = check(ds, "dates-ordered:fled-east-aleppo");
        assertThat(check.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(check.detail())
                .contains("ends 2016-11-30", "after its source 'afp-osdh-2016-11-29'", "dated 2016-11-29");
        assertThat(failing(ds)).containsExactly("dates-ordered:fled-east-aleppo");
        assertThat(ds.figure("fled-east-aleppo").period().end()).isEqualTo("2016-11-30");
    }

    @Test
    void part_period_outside_its_wholes_period_fails() throws IOException {
        AleppoCopy copy = AleppoCopy.in(root)
                .seedOnly()
                .set("figures.csv", "fled-to-sheikh-maqsoud", "period_start", "2016-11-26");

        DisplacementDataset ds = copy.read();

        Check check = check(ds, "dates-ordered:fled-to-sheikh-maqsoud");
        assertThat(check.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(check.detail())
                .contains(
                        "period 2016-11-26..2016-11-28",
                        "not within its whole 'fled-east-aleppo' 2016-11-27..2016-11-28");
        assertThat(failing(ds)).containsExactly("dates-ordered:fled-to-sheikh-maqsoud");
        assertThat(ds.figure("fled-to-sheikh-maqsoud").period().start()).isEqualTo("2016-11-26");
    }

    @Test
    void control_change_after_its_source_date_fails() throws IOException {
        AleppoCopy copy = AleppoCopy.in(root)
                .seedOnly()
                .set("control-changes.csv", "massaken-hanano-taken", "date", "2016-12-01");

        DisplacementDataset ds = copy.read();

        Check check = check(ds, "dates-ordered:massaken-hanano-taken");
        assertThat(check.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(check.detail())
                .contains("2016-12-01", "is after its source 'afp-osdh-2016-11-29'", "dated 2016-11-29");
        assertThat(failing(ds)).containsExactly("dates-ordered:massaken-hanano-taken");
        assertThat(ds.controlChanges().get(0).date()).isEqualTo("2016-12-01");
    }

    @ParameterizedTest(name = "{0} quote_start {1}, quote_end {2}")
    @CsvSource({
        "figures.csv,         fled-east-aleppo,      1793, 1851",
        "figures.csv,         fled-east-aleppo,      1791, 1849",
        "control-changes.csv, massaken-hanano-taken, 949,  997",
        "control-changes.csv, cheikh-fares-taken,    0,    77",
    })
    void quote_whose_offsets_moved_is_not_found(String file, String id, String start, String end) throws IOException {
        AleppoCopy copy = AleppoCopy.in(root)
                .seedOnly()
                .set(file, id, "quote_start", start)
                .set(file, id, "quote_end", end);

        DisplacementDataset ds = copy.read();

        Check check = check(ds, "quote-found:" + id);
        assertThat(check.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(check.detail())
                .contains("not found at code points " + start + ".." + end, "source 'afp-osdh-2016-11-29'");
        assertThat(failing(ds)).containsExactly("quote-found:" + id);
    }

    @Test
    void quote_whose_prefix_differs_from_the_text_is_not_found() throws IOException {
        // GIVEN: the prefix « …début d'exode des » with « des » misspelt « de »; the offsets are unchanged
        AleppoCopy copy = AleppoCopy.in(root)
                .seedOnly()
                .set("figures.csv", "east-aleppo-population", "quote_prefix", "ué un début d'exode de ");

        DisplacementDataset ds = copy.read();

        assertThat(check(ds, "quote-found:east-aleppo-population").status()).isEqualTo(CheckStatus.FAIL);
        assertThat(ds.figure("east-aleppo-population").count()).contains(Count.about(250_000));
    }

    @Test
    void a_text_file_that_does_not_exist_is_an_error_at_its_row_not_a_skipped_check() throws IOException {
        AleppoCopy copy =
                AleppoCopy.in(root).seedOnly().set("sources.csv", "afp-osdh-2016-11-29", "text_file", "seed-typo.txt");

        assertThatThrownBy(copy::read)
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll(
                        "sources.csv line 2",
                        "'text_file'",
                        "must name a file that exists",
                        "seed-typo.txt",
                        "leave the cell empty");
    }

    @Test
    void a_population_dated_after_its_outflows_start_gives_a_warning_instead_of_a_silent_empty_balance()
            throws IOException {
        AleppoCopy copy = AleppoCopy.in(root)
                .seedOnly()
                .set("figures.csv", "east-aleppo-population", "period_start", "2016-11-28")
                .set("figures.csv", "east-aleppo-population", "period_end", "2016-11-28");

        DisplacementDataset ds = copy.read();

        assertThat(ds.remainingOf("east-aleppo-population")).isEmpty();
        Check warning = check(ds, "population-balance:east-aleppo-population");
        assertThat(warning.status()).isEqualTo(CheckStatus.WARN);
        assertThat(warning.detail())
                .contains("'fled-east-aleppo' (from 2016-11-27)", "dated 2016-11-28", "has no row for Alep-Est");
    }

    @Test
    void a_population_dated_before_its_outflows_gives_no_balance_warning() throws IOException {
        DisplacementDataset ds = AleppoCopy.in(root).seedOnly().read();

        assertThat(ds.checks()).noneMatch(c -> c.rule().equals("population-balance"));
        assertThat(ds.remainingOf("east-aleppo-population")).isPresent();
    }

    @Test
    void quotes_are_skipped_when_the_source_has_no_text_file() throws IOException {
        AleppoCopy copy = AleppoCopy.in(root).seedOnly().set("sources.csv", "afp-osdh-2016-11-29", "text_file", "");

        DisplacementDataset ds = copy.read();

        List<Check> quotes =
                ds.checks().stream().filter(c -> c.rule().equals("quote-found")).toList();
        assertThat(quotes).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("quote-found:afp-osdh-2016-11-29");
            assertThat(c.status()).isEqualTo(CheckStatus.SKIPPED);
            assertThat(c.detail()).contains("'afp-osdh-2016-11-29'", "text_file", "11 quotes");
        });
        assertThat(ds.checks())
                .filteredOn(c -> !c.rule().equals("quote-found"))
                .allSatisfy(c -> assertThat(c.status()).isEqualTo(CheckStatus.PASS));
        assertThat(ds.sourceText("afp-osdh-2016-11-29")).isEmpty();
        assertThat(ds.figures())
                .extracting(Figure::estimate)
                .isEqualTo(SEED_ARTICLE_FIGURES.stream().map(Figure::estimate).toList());
    }

    private static Check check(DisplacementDataset ds, String id) {
        List<Check> found = ds.checks().stream().filter(c -> c.id().equals(id)).toList();
        assertThat(found).as("checks with id %s", id).hasSize(1);
        return found.get(0);
    }

    private static List<String> failing(DisplacementDataset ds) {
        return ds.checks().stream()
                .filter(c -> c.status() == CheckStatus.FAIL)
                .map(Check::id)
                .toList();
    }

    /** Every stated figure other than {@code edited} is exactly the seed's: no check adjusted it. */
    private static void assertStatedFiguresAsSeedExcept(DisplacementDataset ds, String... edited) {
        Set<String> skip = Set.copyOf(Arrays.asList(edited));
        assertThat(ds.figures().stream().map(Figure::id).toList())
                .isEqualTo(SEED_ARTICLE_FIGURES.stream().map(Figure::id).toList());
        for (Figure f : ds.figures()) {
            if (!f.isDerived() && !skip.contains(f.id())) {
                assertThat(f).as(f.id()).isEqualTo(SEED.figure(f.id()));
            }
        }
    }
}
