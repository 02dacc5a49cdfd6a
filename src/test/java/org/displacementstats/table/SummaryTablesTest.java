package org.displacementstats.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.displacementstats.assertj.TableAssert;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.figure.Place;
import org.displacementstats.figure.QuantifierPolicy;
import org.displacementstats.stats.UncertaintySettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The summary tables of the Aleppo seed, checked against the numbers of the architecture page
 * (src/site/markdown/architecture.md) and the article.
 */
class SummaryTablesTest {
    private static final SummaryTables ALEPPO = SummaryTables.of(DisplacementDataset.aleppo2016());

    // ---- population balance -------------------------------------------------------------------------------

    @Test
    void population_balance_has_one_row_for_east_aleppo_with_the_stated_population_and_its_interval() {
        // GIVEN the seed: « quelque 250.000 habitants d'Alep-Est » (ABOUT, 10 % margin)

        Table balance = ALEPPO.populationBalance();

        TableAssert.assertThat(balance)
                .hasRowCount(1)
                .row("Alep-Est")
                .has("controlled_by", "rebels")
                .has("population_point", 250_000)
                .has("population_low", 225_000)
                .has("population_high", 275_000);
    }

    @Test
    void population_balance_outflow_is_nearly_ten_thousand_within_nine_to_ten_thousand() {
        // GIVEN « Près de 10.000 d'entre eux ont fui » (NEARLY)

        Table balance = ALEPPO.populationBalance();

        TableAssert.assertThat(balance)
                .row("Alep-Est")
                .has("outflow_point", 10_000)
                .has("outflow_low", 9_000)
                .has("outflow_high", 10_000)
                .has("outflow_ids", "fled-east-aleppo");
    }

    @Test
    void population_balance_remaining_is_population_minus_outflow_by_interval_arithmetic() {
        // GIVEN [225000, 275000] − [9000, 10000] = [215000, 266000]

        Table balance = ALEPPO.populationBalance();

        TableAssert.assertThat(balance)
                .row("Alep-Est")
                .has("remaining_point", 240_000)
                .has("remaining_low", 215_000)
                .has("remaining_high", 266_000)
                .has("remaining_id", "east-aleppo-population-remaining")
                .has("population_id", "east-aleppo-population");
    }

    @Test
    void population_balance_share_out_is_four_percent_with_interval_division_bounds() {
        // GIVEN 10000 / 250000, low 9000 / 275000, high 10000 / 225000

        Table balance = ALEPPO.populationBalance();

        assertThat(balance.doubleColumn("share_out_point").get(0)).isEqualTo(0.04);
        assertThat(balance.doubleColumn("share_out_low").get(0)).isCloseTo(9_000.0 / 275_000, within(1e-15));
        assertThat(balance.doubleColumn("share_out_high").get(0)).isCloseTo(10_000.0 / 225_000, within(1e-15));
    }

    @Test
    void population_balance_rate_is_five_thousand_a_day_over_the_two_last_days() {
        // GIVEN « les deux derniers jours »: 27 and 28 November 2016

        Table balance = ALEPPO.populationBalance();

        assertThat(balance.dateColumn("outflow_start").get(0)).isEqualTo(LocalDate.of(2016, 11, 27));
        assertThat(balance.dateColumn("outflow_end").get(0)).isEqualTo(LocalDate.of(2016, 11, 28));
        assertThat(balance.intColumn("outflow_days").get(0)).isEqualTo(2);
        assertThat(balance.doubleColumn("outflow_per_day_point").get(0)).isEqualTo(5_000.0);
        assertThat(balance.doubleColumn("outflow_per_day_low").get(0)).isEqualTo(4_500.0);
        assertThat(balance.doubleColumn("outflow_per_day_high").get(0)).isEqualTo(5_000.0);
    }

    @Test
    void population_balance_follows_the_quantifier_margin_of_the_dataset() {
        // GIVEN a 20 % margin for "about" and "nearly"
        SummaryTables wide = SummaryTables.of(DisplacementDataset.aleppo2016(new QuantifierPolicy(20)));

        Table balance = wide.populationBalance();
        // THEN [200000, 300000] − [8000, 10000] = [190000, 292000]
        assertThat(longs(balance, 0, "population_point", "population_low", "population_high"))
                .containsExactly(250_000L, 200_000L, 300_000L);
        assertThat(longs(balance, 0, "remaining_point", "remaining_low", "remaining_high"))
                .containsExactly(240_000L, 190_000L, 292_000L);
    }

    @Test
    void an_at_least_outflow_leaves_unbounded_bounds_as_missing_cells_flagged_unbounded_never_zero(@TempDir Path tmp) {
        // GIVEN « au moins 10.000 ont fui »: outflow [10000, unbounded)
        Path data = SeedDatasetCopy.copyTo(tmp);
        SeedDatasetCopy.replaceOnce(data.resolve("figures.csv"), ",day,nearly,10000,", ",day,at_least,10000,");
        SummaryTables tables = SummaryTables.of(DisplacementDataset.read(data));

        Table balance = tables.populationBalance();
        // THEN every bound computed from the open end is missing, not 0, and its flag says it is unbounded
        TableAssert.assertThat(balance)
                .row("Alep-Est")
                .has("outflow_low", 10_000)
                .has(PopulationBalanceRow.OUTFLOW_LOW_UNBOUNDED, false)
                .hasMissing("outflow_high")
                .has(PopulationBalanceRow.OUTFLOW_HIGH_UNBOUNDED, true)
                .hasMissing("remaining_low")
                .has(PopulationBalanceRow.REMAINING_LOW_UNBOUNDED, true)
                .has("remaining_high", 265_000)
                .has(PopulationBalanceRow.REMAINING_HIGH_UNBOUNDED, false)
                .hasMissing("share_out_high")
                .has(PopulationBalanceRow.SHARE_OUT_HIGH_UNBOUNDED, true)
                .has(PopulationBalanceRow.SHARE_OUT_LOW_UNBOUNDED, false)
                .hasMissing("outflow_per_day_high")
                .has(PopulationBalanceRow.OUTFLOW_PER_DAY_HIGH_UNBOUNDED, true)
                .has("outflow_per_day_low", 5_000.0);
        assertThat(tables.populationBalanceRows().get(0).shareOut().high()).hasValue(Double.POSITIVE_INFINITY);
    }

    // ---- flows by destination and by controller -------------------------------------------------------------

    @Test
    void flows_by_destination_lists_cheikh_maqsoud_then_government_areas_in_code_point_order() {
        // GIVEN « dont 6.000 vers … Cheikh Maqsoud … et le reste vers les zones gouvernementales »

        Table flows = ALEPPO.flowsByDestination();

        assertThat(flows.stringColumn("destination").asList())
                .containsExactly("Cheikh Maqsoud", "zones gouvernementales");
        assertThat(flows.stringColumn("origin").asList()).containsExactly("Alep-Est", "Alep-Est");
        assertThat(flows.stringColumn("flow_id").asList())
                .containsExactly("fled-to-sheikh-maqsoud", "fled-to-government-areas");
        assertThat(flows.stringColumn("total_id").asList()).containsExactly("fled-east-aleppo", "fled-east-aleppo");
    }

    @Test
    void flows_by_destination_gives_six_thousand_to_kurdish_held_cheikh_maqsoud_as_a_share_of_six_tenths() {
        // GIVEN « dont 6.000 vers la petite enclave de Cheikh Maqsoud contrôlée par les forces kurdes » (EXACT)

        Table flows = ALEPPO.flowsByDestination();

        assertThat(flows.stringColumn("destination_kind").get(0)).isEqualTo("enclave");
        assertThat(flows.stringColumn("controlled_by").get(0)).isEqualTo("Kurdish forces");
        assertThat(flows.booleanColumn("derived").get(0)).isFalse();
        assertThat(longs(flows, 0, "point", "low", "high")).containsExactly(6_000L, 6_000L, 6_000L);
        assertThat(flows.doubleColumn("share_of_total_point").get(0)).isEqualTo(0.6);
        assertThat(flows.doubleColumn("share_of_total_low").get(0)).isEqualTo(0.6);
        assertThat(flows.doubleColumn("share_of_total_high").get(0)).isCloseTo(6_000.0 / 9_000, within(1e-15));
    }

    @Test
    void flows_by_destination_derives_four_thousand_to_government_areas_as_a_share_of_four_tenths() {
        // GIVEN « le reste vers les zones gouvernementales » = [9000, 10000] − [6000, 6000]

        Table flows = ALEPPO.flowsByDestination();

        assertThat(flows.stringColumn("destination_kind").get(1)).isEqualTo("areas_held");
        assertThat(flows.stringColumn("controlled_by").get(1)).isEqualTo("government");
        assertThat(flows.booleanColumn("derived").get(1)).isTrue();
        assertThat(longs(flows, 1, "point", "low", "high")).containsExactly(4_000L, 3_000L, 4_000L);
        assertThat(flows.doubleColumn("share_of_total_point").get(1)).isEqualTo(0.4);
        assertThat(flows.doubleColumn("share_of_total_low").get(1)).isEqualTo(0.3);
        assertThat(flows.doubleColumn("share_of_total_high").get(1)).isCloseTo(4_000.0 / 9_000, within(1e-15));
    }

    @Test
    void flows_by_controller_sums_one_flow_per_controller_in_code_point_order() {
        // GIVEN one flow to Kurdish-held and one to government-held areas

        Table byController = ALEPPO.flowsByController();
        // THEN "Kurdish forces" sorts before "government": upper case before lower case, whatever the locale
        assertThat(byController.stringColumn("controlled_by").asList()).containsExactly("Kurdish forces", "government");
        assertThat(byController.intColumn("flows").asList()).containsExactly(1, 1);
        assertThat(byController.stringColumn("flow_ids").asList())
                .containsExactly("fled-to-sheikh-maqsoud", "fled-to-government-areas");
        assertThat(longs(byController, 0, "point", "low", "high")).containsExactly(6_000L, 6_000L, 6_000L);
        assertThat(longs(byController, 1, "point", "low", "high")).containsExactly(4_000L, 3_000L, 4_000L);
        assertThat(byController.doubleColumn("share_of_total_point").asList()).containsExactly(0.6, 0.4);
    }

    @Test
    void flows_by_controller_adds_two_flows_to_places_held_by_the_same_controller(@TempDir Path tmp) {
        // GIVEN Cheikh Maqsoud held by the government too (a made-up variant of the seed)
        Path data = SeedDatasetCopy.copyTo(tmp);
        SeedDatasetCopy.replaceOnce(
                data.resolve("places.csv"),
                "Cheikh Maqsoud,enclave,Kurdish forces",
                "Cheikh Maqsoud,enclave,government");

        Table byController = SummaryTables.of(DisplacementDataset.read(data)).flowsByController();
        // THEN [6000, 6000] + [3000, 4000] = [9000, 10000], the whole of « près de 10.000 »
        assertThat(byController.rowCount()).isEqualTo(1);
        assertThat(byController.intColumn("flows").get(0)).isEqualTo(2);
        assertThat(byController.stringColumn("flow_ids").get(0))
                .isEqualTo("fled-to-sheikh-maqsoud fled-to-government-areas");
        assertThat(longs(byController, 0, "point", "low", "high")).containsExactly(10_000L, 9_000L, 10_000L);
        assertThat(byController.doubleColumn("share_of_total_point").get(0)).isEqualTo(1.0);
    }

    // ---- figures, control changes, checks -----------------------------------------------------------------

    @Test
    void figures_lists_stated_figures_in_file_order_then_the_derived_remaining_population() {
        // GIVEN five figures of the seed article, OCHA's figure, and one derived stock

        Table figures = ALEPPO.figures();

        assertThat(figures.stringColumn("id").asList())
                .containsExactly(
                        "east-aleppo-population",
                        "fled-east-aleppo",
                        "fled-to-sheikh-maqsoud",
                        "fled-to-government-areas",
                        "thousands-fled-official-media",
                        "displaced-within-aleppo-city",
                        "east-aleppo-population-remaining");
        assertThat(figures.stringColumn("kind").asList())
                .containsExactly("stock", "flow", "flow", "flow", "flow", "flow", "stock");
        assertThat(figures.stringColumn("quantifier").asList())
                .containsExactly("about", "nearly", "exact", "", "vague", "about", "");
    }

    @Test
    void figures_keep_the_stated_count_next_to_the_estimate() {
        Table figures = ALEPPO.figures();

        assertThat(longs(figures, 0, "count", "point", "low", "high"))
                .containsExactly(250_000L, 250_000L, 225_000L, 275_000L);
        assertThat(longs(figures, 1, "count", "point", "low", "high"))
                .containsExactly(10_000L, 10_000L, 9_000L, 10_000L);
        assertThat(longs(figures, 2, "count", "point", "low", "high")).containsExactly(6_000L, 6_000L, 6_000L, 6_000L);
        // OCHA: « an estimated 31,500 people » (ABOUT, 10 % margin)
        assertThat(longs(figures, 5, "count", "point", "low", "high"))
                .containsExactly(31_500L, 31_500L, 28_350L, 34_650L);
        assertThat(longs(figures, 6, "point", "low", "high")).containsExactly(240_000L, 215_000L, 266_000L);
        assertThat(figures.longColumn("count_high").countMissing()).isEqualTo(7);
    }

    @Test
    void figures_of_a_derived_flow_have_its_formula_and_no_stated_count() {
        // GIVEN « le reste vers les zones gouvernementales »

        Table figures = ALEPPO.figures();

        assertThat(figures.stringColumn("derived_as").get(3)).isEqualTo("fled-east-aleppo - fled-to-sheikh-maqsoud");
        assertThat(figures.longColumn("count").isMissing(3)).isTrue();
        assertThat(longs(figures, 3, "point", "low", "high")).containsExactly(4_000L, 3_000L, 4_000L);
        assertThat(figures.stringColumn("part_of").get(3)).isEqualTo("fled-east-aleppo");
        assertThat(figures.stringColumn("controlled_by").get(3)).isEqualTo("government");
    }

    @Test
    void figures_of_a_vague_mention_have_no_point_and_no_upper_bound() {
        // GIVEN « des milliers de civils ayant fui » (VAGUE: [0, unbounded))

        Table figures = ALEPPO.figures();

        assertThat(figures.longColumn("count").isMissing(4)).isTrue();
        assertThat(figures.longColumn("point").isMissing(4)).isTrue();
        assertThat(figures.longColumn("low").get(4)).isZero();
        assertThat(figures.longColumn("high").isMissing(4)).isTrue();
    }

    @Test
    void figures_carry_the_quote_with_its_code_point_offsets_in_the_article() {
        Table figures = ALEPPO.figures();

        assertThat(figures.stringColumn("quote").get(1))
                .isEqualTo("Près de 10.000 d'entre eux ont fui les deux derniers jours");
        assertThat(longs(figures, 1, "quote_start", "quote_end")).containsExactly(1_792L, 1_850L);
        assertThat(figures.stringColumn("source").get(1)).isEqualTo("afp-osdh-2016-11-29");
        assertThat(figures.dateColumn("period_start").get(1)).isEqualTo(LocalDate.of(2016, 11, 27));
        assertThat(figures.dateColumn("period_end").get(1)).isEqualTo(LocalDate.of(2016, 11, 28));
        // the derived stock has no quote of its own
        assertThat(figures.stringColumn("quote").get(6)).isEmpty();
        assertThat(figures.longColumn("quote_start").isMissing(6)).isTrue();
    }

    @Test
    void figures_carry_the_period_and_source_of_the_ocha_figure() {
        // GIVEN OCHA's situation report of 1 December 2016, covering 24 to 30 November

        Table figures = ALEPPO.figures();

        assertThat(figures.stringColumn("id").get(5)).isEqualTo("displaced-within-aleppo-city");
        assertThat(figures.stringColumn("origin").get(5)).isEqualTo("Alep");
        assertThat(figures.stringColumn("source").get(5)).isEqualTo("ocha-sitrep-2016-12-01");
        assertThat(figures.dateColumn("period_start").get(5)).isEqualTo(LocalDate.of(2016, 11, 24));
        assertThat(figures.dateColumn("period_end").get(5)).isEqualTo(LocalDate.of(2016, 11, 30));
        assertThat(figures.stringColumn("quote").get(5))
                .isEqualTo("resulting in the displacement of an estimated 31,500 people within Aleppo city");
    }

    @Test
    void control_changes_are_ordered_by_date_then_place_by_code_point() {
        // GIVEN Massaken Hanano on Saturday 26, five places on Monday 28 November 2016

        Table changes = ALEPPO.controlChanges();

        assertThat(changes.stringColumn("place").asList())
                .containsExactly(
                        "Massaken Hanano", "Cheikh Fares", "Cheikh Khodr", "Haydariyé", "Sakhour", "nord-est d'Alep");
        assertThat(changes.dateColumn("date").asList())
                .containsExactly(
                        LocalDate.of(2016, 11, 26),
                        LocalDate.of(2016, 11, 28),
                        LocalDate.of(2016, 11, 28),
                        LocalDate.of(2016, 11, 28),
                        LocalDate.of(2016, 11, 28),
                        LocalDate.of(2016, 11, 28));
    }

    @Test
    void control_changes_say_who_took_each_place() {
        Table changes = ALEPPO.controlChanges();

        assertThat(changes.stringColumn("from").asList()).containsOnly("rebels");
        assertThat(changes.stringColumn("to").asList())
                .containsExactly(
                        "government", "Kurdish forces", "government", "government", "government", "government");
        assertThat(changes.stringColumn("id").get(1)).isEqualTo("cheikh-fares-taken");
        assertThat(changes.stringColumn("quote").get(0)).isEqualTo("la capture samedi du quartier de Massaken Hanano");
    }

    @Test
    void checks_all_pass_on_the_bundled_dataset_except_the_unchecked_quotes_and_have_unique_ids() {
        // GIVEN the bundled dataset: the seed article's text is in the repository, the other four sources' texts
        // are not, so their quotes are skipped (one row per source) and everything else passes
        List<String> skipped = List.of(
                "quote-found:ocha-sitrep-2016-12-01",
                "quote-found:lci-2016-11-27",
                "quote-found:chinapost-afp-2016-11-29",
                "quote-found:reuters-2016-11-28");

        Table checks = ALEPPO.checks();

        assertThat(checks.columnNames()).containsExactly("id", "status", "detail");
        assertThat(checks.rowCount()).isEqualTo(38);
        List<String> ids = checks.stringColumn("id").asList();
        List<String> statuses = checks.stringColumn("status").asList();
        for (int i = 0; i < ids.size(); i++) {
            assertThat(statuses.get(i)).as(ids.get(i)).isEqualTo(skipped.contains(ids.get(i)) ? "skipped" : "pass");
        }
        assertThat(ids)
                .doesNotHaveDuplicates()
                .containsAll(skipped)
                .startsWith("part-within-whole:fled-to-sheikh-maqsoud")
                .contains(
                        "flow-within-population:fled-east-aleppo",
                        "quote-found:north-east-aleppo-taken",
                        "claims-agree:east-aleppo-population",
                        "claims-agree:fled-east-aleppo",
                        "claims-agree:fled-to-sheikh-maqsoud",
                        "claims-agree:fled-to-government-areas");
    }

    @Test
    void checks_report_a_failure_without_changing_a_figure(@TempDir Path tmp) {
        // GIVEN 12,000 to Cheikh Maqsoud out of « près de 10.000 »: a part larger than its whole
        Path data = SeedDatasetCopy.copyTo(tmp);
        SeedDatasetCopy.replaceOnce(data.resolve("figures.csv"), ",exact,6000,", ",exact,12000,");
        SummaryTables tables = SummaryTables.of(DisplacementDataset.read(data));

        Table checks = tables.checks();

        assertThat(checks.where(checks.stringColumn("id").isEqualTo("part-within-whole:fled-to-sheikh-maqsoud"))
                        .stringColumn("status")
                        .get(0))
                .isEqualTo("fail");
        assertThat(tables.flowsByDestination().longColumn("point").get(0)).isEqualTo(12_000L);
    }

    // ---- reconciliation and uncertainty ---------------------------------------------------------------------

    @Test
    void reconciliation_of_the_fled_keeps_every_claim_and_agrees_on_ten_thousand() {
        // GIVEN « Près de 10.000 » (seed), LCI « au moins 10.000 » (twice), AFP English « nearly 10,000 »

        Table r = ALEPPO.reconciliation();
        Table fled = r.where(r.stringColumn("figure").isEqualTo("fled-east-aleppo"));
        // THEN the figure's own claim first, then the others in file order
        assertThat(fled.stringColumn("claim_id").asList())
                .containsExactly("fled-east-aleppo", "lci-fled-at-least-10000", "afp-en-fled-nearly-10000");
        assertThat(fled.stringColumn("role").asList()).containsExactly("recommended", "triangulation", "triangulation");
        assertThat(fled.stringColumn("quantifier").asList()).containsExactly("nearly", "at_least", "nearly");
        assertThat(longs(fled, 0, "low", "high")).containsExactly(9_000L, 10_000L);
        assertThat(fled.longColumn("low").get(1)).isEqualTo(10_000L);
        assertThat(fled.longColumn("high").isMissing(1))
                .as("« au moins » has no upper bound")
                .isTrue();
        assertThat(longs(fled, 2, "low", "high")).containsExactly(9_000L, 10_000L);
        assertThat(fled.stringColumn("bounds_agreed").asList()).containsExactly("high", "low", "high");
        assertThat(fled.longColumn("agreed_low").asList()).containsOnly(10_000L);
        assertThat(fled.longColumn("agreed_high").asList()).containsOnly(10_000L);
        assertThat(fled.stringColumn("status").asList()).containsOnly("agree");
        assertThat(fled.stringColumn("quotes").get(1))
                .isEqualTo("au moins 10.000 personnes ont fui les quartiers"
                        + " rebelles d'Alep | 10.000 civils ont dû quitter la partie est de la ville");
    }

    @ParameterizedTest(name = "{0}: [{1}, {2}]")
    @CsvSource({
        "east-aleppo-population,   225000, 250000, 2",
        "fled-east-aleppo,         10000,  10000,  3",
        "fled-to-sheikh-maqsoud,   6000,   6000,   4",
        "fled-to-government-areas, 4000,   4000,   2",
    })
    void reconciliation_agrees_on_the_intersection_of_the_claims(String figure, long low, long high, int claims) {
        Table r = ALEPPO.reconciliation();
        Table rows = r.where(r.stringColumn("figure").isEqualTo(figure));

        assertThat(rows.rowCount()).isEqualTo(claims);
        assertThat(rows.stringColumn("claim_id").get(0)).isEqualTo(figure);
        assertThat(rows.longColumn("agreed_low").asList()).containsOnly(low);
        assertThat(rows.longColumn("agreed_high").asList()).containsOnly(high);
        assertThat(rows.stringColumn("status").asList()).containsOnly("agree");
    }

    @Test
    void uncertainty_percentiles_are_ordered_and_within_the_interval_of_bounded_inputs() {
        // GIVEN the seed's inputs are all bounded (about, nearly, exact)

        Table u = ALEPPO.uncertainty(UncertaintySettings.DEFAULT);

        assertThat(u.stringColumn("quantity").asList())
                .containsExactly(
                        "fled-to-government-areas",
                        "east-aleppo-population-remaining",
                        "share-out:east-aleppo-population",
                        "outflow-per-day:east-aleppo-population",
                        "share-of-total:fled-to-sheikh-maqsoud",
                        "share-of-total:fled-to-government-areas");
        for (int row = 0; row < u.rowCount(); row++) {
            String q = u.stringColumn("quantity").get(row);
            double p5 = u.doubleColumn("p5").get(row);
            double p50 = u.doubleColumn("p50").get(row);
            double p95 = u.doubleColumn("p95").get(row);
            assertThat(p5)
                    .as(q)
                    .isLessThanOrEqualTo(p50)
                    .isGreaterThanOrEqualTo(u.doubleColumn("interval_low").get(row));
            assertThat(p95)
                    .as(q)
                    .isGreaterThanOrEqualTo(p50)
                    .isLessThanOrEqualTo(u.doubleColumn("interval_high").get(row));
            assertThat(u.intColumn("draws").get(row)).as(q).isEqualTo(100_000);
            assertThat(u.longColumn("seed").get(row)).as(q).isEqualTo(20_161_129L);
        }
    }

    @Test
    void uncertainty_depends_on_the_seed_and_the_same_seed_repeats() {
        UncertaintySettings other = new UncertaintySettings(1L, 100_000, 10);

        Table a = ALEPPO.uncertainty(UncertaintySettings.DEFAULT);
        Table b = SummaryTables.of(DisplacementDataset.aleppo2016()).uncertainty(UncertaintySettings.DEFAULT);
        Table c = ALEPPO.uncertainty(other);

        assertThat(b.printAll()).isEqualTo(a.printAll());
        assertThat(c.doubleColumn("p50").asList())
                .isNotEqualTo(a.doubleColumn("p50").asList());
        assertThat(c.longColumn("seed").asList()).containsOnly(1L);
    }

    // ---- column types -------------------------------------------------------------------------------------

    static Stream<Arguments> columnTypes() {
        return Stream.of(
                Arguments.of(
                        "population-balance",
                        List.of(
                                "population_point",
                                "population_low",
                                "population_high",
                                "outflow_point",
                                "outflow_low",
                                "outflow_high",
                                "remaining_point",
                                "remaining_low",
                                "remaining_high"),
                        List.of(
                                "share_out_point",
                                "share_out_low",
                                "share_out_high",
                                "outflow_per_day_point",
                                "outflow_per_day_low",
                                "outflow_per_day_high"),
                        List.of("outflow_start", "outflow_end"),
                        List.of("outflow_days")),
                Arguments.of(
                        "flows-by-destination",
                        List.of("point", "low", "high"),
                        List.of("share_of_total_point", "share_of_total_low", "share_of_total_high"),
                        List.of(),
                        List.of()),
                Arguments.of(
                        "flows-by-controller",
                        List.of("point", "low", "high"),
                        List.of("share_of_total_point", "share_of_total_low", "share_of_total_high"),
                        List.of(),
                        List.of("flows")),
                Arguments.of(
                        "figures",
                        List.of("count", "count_high", "point", "low", "high", "quote_start", "quote_end"),
                        List.of(),
                        List.of("period_start", "period_end"),
                        List.of()),
                Arguments.of("control-changes", List.of(), List.of(), List.of("date"), List.of()),
                Arguments.of("checks", List.of(), List.of(), List.of(), List.of()),
                Arguments.of(
                        "reconciliation",
                        List.of("count", "count_high", "low", "high", "agreed_low", "agreed_high"),
                        List.of(),
                        List.of("source_date"),
                        List.of()),
                Arguments.of(
                        "uncertainty",
                        List.of("seed"),
                        List.of(
                                "point",
                                "interval_low",
                                "interval_high",
                                "p5",
                                "p50",
                                "p95",
                                "driver_rank_correlation"),
                        List.of(),
                        List.of("draws")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("columnTypes")
    void counts_are_long_columns_shares_are_double_columns_dates_are_date_columns_and_the_rest_is_text(
            String name, List<String> counts, List<String> decimals, List<String> dates, List<String> integers) {
        Table table = table(name);

        assertThat(table.name()).isEqualTo(name);
        for (Column<?> column : table.columns()) {
            String c = column.name();
            Class<?> expected = counts.contains(c)
                    ? LongColumn.class
                    : decimals.contains(c)
                            ? DoubleColumn.class
                            : dates.contains(c)
                                    ? DateColumn.class
                                    : integers.contains(c)
                                            ? IntColumn.class
                                            : c.equals("derived") || c.endsWith(Columns.UNBOUNDED)
                                                    ? BooleanColumn.class
                                                    : StringColumn.class;
            assertThat(column).as("%s.%s", name, c).isExactlyInstanceOf(expected);
        }
        assertThat(table.columnNames())
                .containsAll(counts)
                .containsAll(decimals)
                .containsAll(dates)
                .containsAll(integers);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "population-balance",
        "flows-by-destination",
        "flows-by-controller",
        "figures",
        "control-changes",
        "checks",
        "reconciliation"
    })
    void no_table_holds_a_count_in_a_double_column(String name) {
        // GIVEN counts must print as whole numbers, never "6000.0" (uncertainty.csv is all decimals by design:
        // its percentiles of people can be halves; the report prints whole values without ".0")

        Table table = table(name);
        // THEN every DoubleColumn is a share or a rate
        for (Column<?> column : table.columns()) {
            if (column instanceof DoubleColumn) {
                assertThat(column.name()).as(name).containsAnyOf("share", "per_day");
            }
        }
    }

    @Test
    void columns_of_population_balance_come_in_the_documented_order() {
        Table balance = ALEPPO.populationBalance();

        assertThat(balance.columnNames())
                .containsExactly(
                        "place",
                        "controlled_by",
                        "population_point",
                        "population_low",
                        "population_low_unbounded",
                        "population_high",
                        "population_high_unbounded",
                        "outflow_point",
                        "outflow_low",
                        "outflow_low_unbounded",
                        "outflow_high",
                        "outflow_high_unbounded",
                        "remaining_point",
                        "remaining_low",
                        "remaining_low_unbounded",
                        "remaining_high",
                        "remaining_high_unbounded",
                        "share_out_point",
                        "share_out_low",
                        "share_out_low_unbounded",
                        "share_out_high",
                        "share_out_high_unbounded",
                        "outflow_start",
                        "outflow_end",
                        "outflow_days",
                        "outflow_per_day_point",
                        "outflow_per_day_low",
                        "outflow_per_day_low_unbounded",
                        "outflow_per_day_high",
                        "outflow_per_day_high_unbounded",
                        "population_id",
                        "outflow_ids",
                        "remaining_id");
    }

    @Test
    void the_same_dataset_gives_the_same_tables_each_time() {
        // GIVEN two independently read copies of the seed
        SummaryTables a = SummaryTables.of(DisplacementDataset.aleppo2016());
        SummaryTables b = SummaryTables.of(DisplacementDataset.aleppo2016());

        for (String name : List.of(
                "population-balance",
                "flows-by-destination",
                "flows-by-controller",
                "figures",
                "control-changes",
                "checks",
                "reconciliation",
                "uncertainty")) {
            assertThat(table(a, name).printAll())
                    .as(name)
                    .isEqualTo(table(b, name).printAll());
        }
    }

    // ---- code point order ---------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} < {1}")
    @CsvSource({
        "Kurdish forces, government",
        "Cheikh Maqsoud, zones gouvernementales",
        "Cheikh, Cheikh Fares",
        "Haydariye, Haydariyé",
        "Sakhour, Éden",
        "'\uFFFF', '\uD83D\uDE00'",
    })
    void code_point_order_sorts_by_unicode_code_point_not_by_locale_or_utf16_unit(String smaller, String larger) {
        // GIVEN two names

        int forward = Place.NAME_ORDER.compare(smaller, larger);
        int backward = Place.NAME_ORDER.compare(larger, smaller);

        assertThat(forward).isNegative();
        assertThat(backward).isPositive();
        assertThat(Place.NAME_ORDER.compare(smaller, smaller)).isZero();
    }

    private static Table table(String name) {
        return table(ALEPPO, name);
    }

    private static Table table(SummaryTables t, String name) {
        return switch (name) {
            case "population-balance" -> t.populationBalance();
            case "flows-by-destination" -> t.flowsByDestination();
            case "flows-by-controller" -> t.flowsByController();
            case "figures" -> t.figures();
            case "control-changes" -> t.controlChanges();
            case "checks" -> t.checks();
            case "reconciliation" -> t.reconciliation();
            case "uncertainty" -> t.uncertainty(UncertaintySettings.DEFAULT);
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static List<Long> longs(Table table, int row, String... columns) {
        return Stream.of(columns).map(c -> table.longColumn(c).get(row)).toList();
    }
}
