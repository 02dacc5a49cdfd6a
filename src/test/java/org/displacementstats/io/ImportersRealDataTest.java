package org.displacementstats.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.dataset.CheckStatus;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.figure.Figure;
import org.displacementstats.figure.Flow;
import org.displacementstats.figure.Quantifier;
import org.displacementstats.figure.Stock;
import org.junit.jupiter.api.Test;

/** Each published file imports through the Java API with the totals its description gives. */
class ImportersRealDataTest {
    private static final ImportOptions STRICT = ImportOptions.strict();

    private static long sum(DisplacementDataset ds, Predicate<Figure> which) {
        return ds.figures().stream()
                .filter(which)
                .mapToLong(f -> f.count().orElseThrow().point().getAsLong())
                .sum();
    }

    private static Predicate<Figure> stock(String what, LocalDate date) {
        return f ->
                f instanceof Stock && f.what().equals(what) && f.period().end().equals(date);
    }

    private static Predicate<Figure> flow(String what) {
        return f -> f instanceof Flow && f.what().equals(what);
    }

    private static long atDate(StockTotals t, String date, String what) {
        return t.atDates().stream()
                .filter(a -> a.date().toString().equals(date) && a.what().equals(what))
                .findFirst()
                .orElseThrow()
                .people();
    }

    private static long falls(DisplacementDataset ds) {
        return ds.checks().stream()
                .filter(c -> c.id().startsWith("stock-not-falling"))
                .filter(c -> c.status() == CheckStatus.WARN)
                .count();
    }

    @Test
    void idmc_gidd_conflict_stock_totals_are_per_date_and_the_latest_known_total_is_named_so() {
        DisplacementDataset ds = Importers.idmcGidd(
                        RealFiles.path("idmc-gidd-conflict-idps-by-country-year.csv"), STRICT)
                .dataset();

        assertThat(ds.figure("syr-2016-total-displacement")
                        .count()
                        .orElseThrow()
                        .point())
                .hasValue(6_325_978);
        assertThat(ds.figure("syr-2016-new-displacement").count().orElseThrow().point())
                .hasValue(2_148_498);
        assertThat(ds.figure("ukr-2022-new-displacement").count().orElseThrow().point())
                .hasValue(16_870_323);
        assertThat(ds.figure("ukr-2022-total-displacement")
                        .count()
                        .orElseThrow()
                        .point())
                .hasValue(5_913_638);
        assertThat(ds.figures()).filteredOn(f -> f instanceof Flow).hasSize(961 - 165);
        StockTotals totals = StockTotals.of(ds);
        assertThat(totals.atDates())
                .filteredOn(a -> a.date().toString().equals("2024-12-31"))
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.people()).isEqualTo(73_505_422L);
                    assertThat(a.places()).isEqualTo(71);
                });
        assertThat(totals.latestKnown()).singleElement().satisfies(k -> {
            assertThat(k.people()).isEqualTo(73_551_362L);
            assertThat(k.places()).isEqualTo(85);
            assertThat(k.oldest()).hasToString("2011-12-31");
            assertThat(k.isOneDate()).isFalse();
        });
    }

    @Test
    void unhcr_turkey_series_keeps_its_133_falls_as_warnings() {
        DisplacementDataset ds = Importers.series(
                        RealFiles.path("unhcr-syria-refugees-in-turkey-2011-2015.csv"), SeriesLayout.defaults(), STRICT)
                .dataset();

        assertThat(ds.figure("series-2011-12-16").count().orElseThrow().point()).hasValue(8_000);
        assertThat(ds.figure("series-2015-08-25").count().orElseThrow().point()).hasValue(1_938_999);
        assertThat(falls(ds)).isEqualTo(133);
    }

    @Test
    void f01_gidd_disaster_events_sum_per_year_without_the_rounded_copy_and_keep_every_event_row() {
        ImportResult r = Importers.idmcEvents(RealFiles.path("real/01_idmc_gidd_disaster_events_afg_hxl.csv"), STRICT);
        DisplacementDataset ds = r.dataset();

        assertThat(ds.figures()).hasSize(390).allMatch(f -> f instanceof Flow);
        assertThat(sum(ds, f -> f.id().startsWith("afg-2022-"))).isEqualTo(220_387L);
        assertThat(sum(ds, f -> f.what().equals("new displacements (flood)"))).isEqualTo(1_484_331L);
        assertThat(ds.figures())
                .filteredOn(
                        f -> f.evidence().quote().orElseThrow().exact().contains(",Afghanistan: Flood - 01/01/2012,"))
                .hasSize(4);
        assertThat(r.keptColumns()).anyMatch(k -> k.startsWith("new_displacement_rounded: a rounded copy"));
        assertThat(ds.checks())
                .filteredOn(c -> c.id().startsWith("end-before-start:"))
                .hasSize(10)
                .allMatch(c -> c.status() == CheckStatus.WARN);
    }

    @Test
    void f02_idu_events_read_date_times_as_days_and_qualifiers_as_bounds() {
        DisplacementDataset ds = Importers.idmcEvents(RealFiles.path("real/02_idmc_idu_events_ind.csv"), STRICT)
                .dataset();

        assertThat(ds.figures()).hasSize(113);
        assertThat(sum(ds, flow("displacements (disaster)"))).isEqualTo(108_586L);
        assertThat(sum(ds, flow("displacements (conflict)"))).isEqualTo(4_173L);
        assertThat(sum(ds, f -> f.period().start().toString().equals("2023-06-12")))
                .isEqualTo(20_050L);
        assertThat(ds.figures())
                .filteredOn(f -> f.evidence().quote().orElseThrow().exact().contains("India: Cyclone Biparjoy"))
                .hasSize(9);
        assertThat(sum(ds, f -> f.evidence().quote().orElseThrow().exact().contains("India: Cyclone Biparjoy")))
                .isEqualTo(25_507L);
        Map<Quantifier, Long> qualifiers = ds.figures().stream()
                .collect(Collectors.groupingBy(f -> f.count().orElseThrow().quantifier(), Collectors.counting()));
        assertThat(qualifiers)
                .containsEntry(Quantifier.EXACT, 100L)
                .containsEntry(Quantifier.ABOUT, 10L)
                .containsEntry(Quantifier.AT_LEAST, 3L);
        assertThat(ds.figure("idu-123415").count().orElseThrow().point()).hasValue(1_595);
    }

    @Test
    void f03_hxl_country_year_keeps_the_raw_copies_apart_and_never_adds_stock_and_new() {
        ImportResult r = Importers.hxl(RealFiles.path("real/03_idmc_idps_country_year_hxl_raw.csv"), STRICT);
        DisplacementDataset ds = r.dataset();
        LocalDate end2020 = LocalDate.of(2020, 12, 31);

        assertThat(sum(ds, stock("idps conflict", end2020))).isEqualTo(48_027_950L);
        assertThat(atDate(StockTotals.of(ds), "2020-12-31", "idps conflict")).isEqualTo(48_027_950L);
        Predicate<Figure> afg2020 = f -> f.period().end().equals(end2020)
                && (f instanceof Stock s
                                ? s.place().name()
                                : ((Flow) f).origin().name())
                        .equals("Afghanistan");
        assertThat(sum(ds, afg2020.and(stock("idps conflict", end2020)))).isEqualTo(3_547_000L);
        assertThat(sum(ds, afg2020.and(flow("idps conflict")))).isEqualTo(404_000L);
        assertThat(sum(ds, afg2020.and(flow("idps disaster")))).isEqualTo(46_000L);
        assertThat(ds.figures())
                .filteredOn(f -> f instanceof Flow)
                .allMatch(f -> f.period().lengthInDays() >= 365);
        assertThat(r.keptColumns())
                .filteredOn(k -> k.contains("the unrounded copy of"))
                .hasSize(4);
        assertThat(ds.figures()).noneMatch(f -> f.what().contains("raw"));
    }

    @Test
    void f04_end_year_population_keeps_refugees_apart_from_idps_and_others() {
        DisplacementDataset ds = Importers.unhcrPopulation(
                        RealFiles.path("real/04_unhcr_endyear_population_totals.csv"), STRICT)
                .dataset();
        LocalDate end2007 = LocalDate.of(2007, 12, 31);
        StockTotals totals = StockTotals.of(ds);

        assertThat(sum(
                        ds,
                        stock("refugees", end2007)
                                .and(f -> ((Stock) f).place().name().equals("PAK"))))
                .isEqualTo(2_035_025L);
        assertThat(atDate(totals, "2007-12-31", "refugees")).isEqualTo(2_998_612L);
        assertThat(ds.figure("afg-2007-idp-from-afg").count().orElseThrow().point())
                .hasValue(153_718);
        assertThat(totals.atDates()).noneMatch(a -> a.people() == 3_156_635L);
        assertThat(ds.figures())
                .filteredOn(f -> f.what().equals("idps") && f.estimate().point().getAsLong() > 0)
                .hasSize(39)
                .allMatch(f ->
                        f.id().endsWith("-from-" + ((Stock) f).place().name().toLowerCase(Locale.ROOT)));
    }

    @Test
    void f05_demographics_read_total_by_population_type_returns_as_flows_and_never_add_sex_and_age() {
        ImportResult r = Importers.unhcrPopulation(RealFiles.path("real/05_unhcr_demographics.csv"), STRICT);
        DisplacementDataset ds = r.dataset();

        assertThat(sum(
                        ds,
                        stock("refugees", LocalDate.of(2008, 12, 31))
                                .and(f -> ((Stock) f).place().name().equals("PAK"))))
                .isEqualTo(1_780_931L);
        assertThat(ds.figures())
                .filteredOn(f -> f instanceof Flow)
                .hasSize(54 + 26)
                .allMatch(f -> f.what().startsWith("returned"));
        assertThat(ds.figures()).hasSize(1_139);
        assertThat(r.keptColumns()).anyMatch(k -> k.startsWith("Female_total: a breakdown by sex and age"));
    }

    @Test
    void f06_asylum_applications_are_flows_of_persons_and_the_ratio_is_never_summed() {
        ImportResult r = Importers.unhcrPopulation(RealFiles.path("real/06_unhcr_asylum_applications.csv"), STRICT);
        DisplacementDataset ds = r.dataset();

        assertThat(sum(ds, f -> f.period().start().getYear() == 2004)).isEqualTo(3_316L);
        assertThat(sum(ds, flow("asylum applications"))).isEqualTo(313_636L);
        assertThat(ds.figure("irn-2000-applications-from-afg")
                        .count()
                        .orElseThrow()
                        .point())
                .hasValue(245_854);
        assertThat(r.keptColumns()).anyMatch(k -> k.startsWith("ApplicationAveragePersonsPerCase: a ratio"));
    }

    @Test
    void f07_solutions_are_flows_and_returned_idps_stay_within_their_country() {
        DisplacementDataset ds = Importers.unhcrPopulation(RealFiles.path("real/07_unhcr_solutions.csv"), STRICT)
                .dataset();
        Predicate<Figure> in2002 = f -> f.period().start().getYear() == 2002;

        assertThat(ds.figures()).allMatch(f -> f instanceof Flow);
        assertThat(sum(ds, in2002.and(flow("returned refugees")))).isEqualTo(1_947_198L);
        assertThat(sum(ds, in2002.and(flow("returned idps, within the country"))))
                .isEqualTo(753_344L);
        assertThat(ds.figures())
                .filteredOn(f -> f.what().startsWith("returned idps"))
                .allMatch(f -> ((Flow) f).destination().isEmpty());
        assertThat(ds.figure("pak-1997-nat-from-khm").count().orElseThrow().point())
                .hasValue(6);
        assertThat(ds.figure("irn-1998-rst-from-irq").count().orElseThrow().point())
                .hasValue(191);
    }

    @Test
    void f08_situations_stocks_stand_at_their_own_dates() {
        DisplacementDataset ds = Importers.unhcrSituations(
                        RealFiles.path("real/08_unhcr_situations_by_origin.csv"), STRICT)
                .dataset();

        assertThat(ds.figures()).hasSize(25).allMatch(f -> f instanceof Stock);
        assertThat(sum(
                        ds,
                        f -> ((Stock) f).place().name().equals("Uganda")
                                && f.period().end().toString().equals("2024-06-30")))
                .isEqualTo(1_741_957L);
        assertThat(sum(ds, f -> f.what().equals("refugees"))).isEqualTo(2_974_463L);
        assertThat(sum(ds, f -> f.what().equals("asylum-seekers"))).isEqualTo(681_244L);
        assertThat(ds.figures())
                .filteredOn(f -> ((Stock) f).place().name().equals("Sudan"))
                .extracting(f -> f.period().end().toString())
                .contains("2024-03-31", "2024-05-22");
    }

    @Test
    void f09_f10_registered_refugee_series_fall_and_are_not_rejected() {
        DisplacementDataset lebanon = Importers.series(
                        RealFiles.path("real/09_unhcr_syria_refugees_lebanon_series.csv"),
                        SeriesLayout.defaults(),
                        STRICT)
                .dataset();
        DisplacementDataset jordan = Importers.series(
                        RealFiles.path("real/10_unhcr_syria_refugees_jordan_series.csv"),
                        SeriesLayout.defaults(),
                        STRICT)
                .dataset();

        assertThat(lebanon.figure("series-2015-08-25").count().orElseThrow().point())
                .hasValue(1_113_941);
        assertThat(lebanon.figure("series-2012-01-27").count().orElseThrow().point())
                .hasValue(6_290);
        assertThat(lebanon.figure("series-2015-04-10").count().orElseThrow().point())
                .hasValue(1_185_241);
        assertThat(falls(lebanon)).isEqualTo(26);
        assertThat(jordan.figure("series-2015-08-23").count().orElseThrow().point())
                .hasValue(629_245);
        assertThat(jordan.figure("series-2015-08-16").count().orElseThrow().point())
                .hasValue(630_224);
        assertThat(falls(jordan)).isEqualTo(45);
    }

    @Test
    void f11_monthly_applications_keep_suppressed_cells_missing_counted_and_warned() {
        ImportResult r = Importers.unhcrMonthly(RealFiles.path("real/11_unhcr_popstats_asylum_monthly.csv"), STRICT);
        DisplacementDataset ds = r.dataset();

        assertThat(sum(ds, f -> f.period().start().toString().equals("2015-06-01")))
                .isEqualTo(95_619L);
        assertThat(sum(
                        ds,
                        f -> f.period().start().getYear() == 2014
                                && ((Flow) f).origin().name().equals("Syrian Arab Rep.")
                                && ((Flow) f).destination().orElseThrow().name().equals("Germany")))
                .isEqualTo(39_332L);
        assertThat(r.suppressedValues()).isEqualTo(2_487);
        assertThat(r.missingValues()).isEqualTo(1);
        assertThat(ds.figures()).hasSize(17_193 - 2_487 - 1);
        assertThat(ds.checks())
                .filteredOn(c -> c.id().startsWith("suppressed-values:"))
                .singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(CheckStatus.WARN));
    }

    @Test
    void f12_hxl_without_a_date_column_needs_the_date_and_reads_the_tagged_columns_only() {
        var file = RealFiles.path("real/12_ocha_eth_drought_idps_woreda_hxl.csv");

        assertThatThrownBy(() -> Importers.hxl(file, STRICT))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("has no date column", "--date");
        ImportResult r = Importers.hxl(file, STRICT.on("2022-10-31"));
        DisplacementDataset ds = r.dataset();
        assertThat(sum(ds, f -> true)).isEqualTo(344_609L);
        assertThat(ds.figures()).allMatch(f -> f.period().end().toString().equals("2022-10-31"));
        Map<String, Long> byRegion = ds.figures().stream()
                .collect(Collectors.groupingBy(
                        f -> ((Stock) f).place().name().substring(0, 4),
                        Collectors.summingLong(
                                f -> f.count().orElseThrow().point().getAsLong())));
        assertThat(byRegion)
                .containsEntry("ET02", 6_338L)
                .containsEntry("ET04", 162_853L)
                .containsEntry("ET05", 175_418L);
        assertThat(sum(ds, f -> ((Stock) f).place().name().equals("ET050107"))).isEqualTo(1_102L);
        assertThat(r.keptColumns()).contains("Region: no hashtag");
        assertThat(ds.sources().get(0).date()).hasToString("2022-10-31");
    }
}
