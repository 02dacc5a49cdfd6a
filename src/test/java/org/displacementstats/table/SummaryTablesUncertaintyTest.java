package org.displacementstats.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.report.CsvReport;
import org.displacementstats.stats.UncertaintySettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/** The reconciliation and uncertainty tables of the bundled dataset: typed columns and their values. */
class SummaryTablesUncertaintyTest {
    private static final SummaryTables ALEPPO = SummaryTables.of(DisplacementDataset.aleppo2016());
    private static final Table RECONCILIATION = ALEPPO.reconciliation();
    private static final Table UNCERTAINTY = ALEPPO.uncertainty(UncertaintySettings.DEFAULT);

    // ---- reconciliation() ----------------------------------------------------------------------------------

    @Test
    void reconciliation_columns_have_declared_types_counts_as_longs_and_dates_as_dates() {
        assertThat(RECONCILIATION.columnNames())
                .containsExactly(
                        "figure",
                        "claim_id",
                        "role",
                        "source",
                        "source_date",
                        "quantifier",
                        "count",
                        "count_high",
                        "low",
                        "low_unbounded",
                        "high",
                        "high_unbounded",
                        "bounds_agreed",
                        "agreed_low",
                        "agreed_low_unbounded",
                        "agreed_high",
                        "agreed_high_unbounded",
                        "status",
                        "quotes");
        assertThat(RECONCILIATION.types())
                .containsExactly(
                        ColumnType.STRING,
                        ColumnType.STRING,
                        ColumnType.STRING,
                        ColumnType.STRING,
                        ColumnType.LOCAL_DATE,
                        ColumnType.STRING,
                        ColumnType.LONG,
                        ColumnType.LONG,
                        ColumnType.LONG,
                        ColumnType.BOOLEAN,
                        ColumnType.LONG,
                        ColumnType.BOOLEAN,
                        ColumnType.STRING,
                        ColumnType.LONG,
                        ColumnType.BOOLEAN,
                        ColumnType.LONG,
                        ColumnType.BOOLEAN,
                        ColumnType.STRING,
                        ColumnType.STRING);
    }

    @Test
    void reconciliation_has_one_row_per_claim_the_figures_own_first() {
        assertThat(RECONCILIATION.rowCount()).isEqualTo(11);
        assertThat(RECONCILIATION.stringColumn("claim_id").asList())
                .containsExactly(
                        "east-aleppo-population",
                        "lci-population-nearly-250000",
                        "fled-east-aleppo",
                        "lci-fled-at-least-10000",
                        "afp-en-fled-nearly-10000",
                        "fled-to-sheikh-maqsoud",
                        "lci-sheikh-maqsoud-at-least-6000",
                        "afp-en-sheikh-maqsoud-around-6000",
                        "pyd-sheikh-maqsoud-6000-to-10000",
                        "fled-to-government-areas",
                        "afp-en-government-4000");
        assertThat(RECONCILIATION.stringColumn("status").asList()).containsOnly("agree");
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(
            resources = "/org/displacementstats/table/reconciliation-rows.psv",
            delimiter = '|',
            nullValues = "-")
    void reconciliation_row_of_a_claim_has_its_count_interval_and_the_agreed_interval(
            String claimId,
            String role,
            String source,
            String date,
            String quantifier,
            Long count,
            Long countHigh,
            Long low,
            Long high,
            String bounds,
            long agreedLow,
            long agreedHigh) {
        // GIVEN the row of one claim
        Row row = row(RECONCILIATION, "claim_id", claimId);

        // THEN its cells are typed values; an empty cell is an absent or unbounded value, never 0
        assertThat(row.getString("role")).isEqualTo(role);
        assertThat(row.getString("source")).isEqualTo(source);
        assertThat(row.getDate("source_date")).isEqualTo(LocalDate.parse(date));
        assertThat(row.getString("quantifier")).isEqualTo(quantifier);
        assertLong(row, "count", count);
        assertLong(row, "count_high", countHigh);
        assertLong(row, "low", low);
        assertLong(row, "high", high);
        assertThat(row.getString("bounds_agreed")).isEqualTo(bounds == null ? "" : bounds);
        assertThat(row.getLong("agreed_low")).isEqualTo(agreedLow);
        assertThat(row.getLong("agreed_high")).isEqualTo(agreedHigh);
    }

    @Test
    void reconciliation_row_of_a_repeated_claim_joins_its_quotes() {
        Row lci = row(RECONCILIATION, "claim_id", "lci-fled-at-least-10000");

        assertThat(lci.getString("quotes"))
                .isEqualTo("au moins 10.000 personnes ont fui les quartiers rebelles"
                        + " d'Alep | 10.000 civils ont dû quitter la partie est de la ville");
    }

    // ---- uncertainty() -------------------------------------------------------------------------------------

    @Test
    void uncertainty_columns_have_declared_types() {
        assertThat(UNCERTAINTY.columnNames())
                .containsExactly(
                        "quantity",
                        "kind",
                        "formula",
                        "point",
                        "interval_low",
                        "interval_low_unbounded",
                        "interval_high",
                        "interval_high_unbounded",
                        "p5",
                        "p50",
                        "p95",
                        "draws",
                        "seed",
                        "main_driver",
                        "driver_rank_correlation");
        assertThat(UNCERTAINTY.types())
                .containsExactly(
                        ColumnType.STRING,
                        ColumnType.STRING,
                        ColumnType.STRING,
                        ColumnType.DOUBLE,
                        ColumnType.DOUBLE,
                        ColumnType.BOOLEAN,
                        ColumnType.DOUBLE,
                        ColumnType.BOOLEAN,
                        ColumnType.DOUBLE,
                        ColumnType.DOUBLE,
                        ColumnType.DOUBLE,
                        ColumnType.INTEGER,
                        ColumnType.LONG,
                        ColumnType.STRING,
                        ColumnType.DOUBLE);
    }

    @Test
    void every_quantity_has_ordered_percentiles_within_its_interval_and_the_settings() {
        assertThat(UNCERTAINTY.rowCount()).isEqualTo(6);
        for (Row row : UNCERTAINTY) {
            String q = row.getString("quantity");
            assertThat(row.getDouble("interval_low")).as(q).isLessThanOrEqualTo(row.getDouble("p5"));
            assertThat(row.getDouble("p5")).as(q).isLessThanOrEqualTo(row.getDouble("p50"));
            assertThat(row.getDouble("p50")).as(q).isLessThanOrEqualTo(row.getDouble("p95"));
            assertThat(row.getDouble("p95")).as(q).isLessThanOrEqualTo(row.getDouble("interval_high"));
            assertThat(row.getInt("draws")).as(q).isEqualTo(100_000);
            assertThat(row.getLong("seed")).as(q).isEqualTo(20_161_129L);
            assertThat(row.getString("main_driver")).as(q).isNotEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "fled-to-government-areas, people, 4000, 3000, 4000, fled-east-aleppo",
        "east-aleppo-population-remaining, people, 240000, 215000, 266000, east-aleppo-population",
        "share-out:east-aleppo-population, share, 0.04, 0.0327272727, 0.0444444444, east-aleppo-population",
        "outflow-per-day:east-aleppo-population, people_per_day, 5000, 4500, 5000, fled-east-aleppo",
        "share-of-total:fled-to-sheikh-maqsoud, share, 0.6, 0.6, 0.6666666667, fled-east-aleppo",
        "share-of-total:fled-to-government-areas, share, 0.4, 0.3, 0.4444444444, fled-east-aleppo"
    })
    void uncertainty_row_has_the_interval_arithmetic_point_and_bounds_and_the_main_driver(
            String quantity, String kind, double point, double low, double high, String driver) {
        Row row = row(UNCERTAINTY, "quantity", quantity);

        assertThat(row.getString("kind")).isEqualTo(kind);
        assertThat(row.getDouble("point")).isCloseTo(point, within(1e-9));
        assertThat(row.getDouble("interval_low")).isCloseTo(low, within(1e-9));
        assertThat(row.getDouble("interval_high")).isCloseTo(high, within(1e-9));
        assertThat(row.getString("main_driver")).isEqualTo(driver);
    }

    @Test
    void remainder_to_government_areas_lies_within_3000_and_4000() {
        Row rest = row(UNCERTAINTY, "quantity", "fled-to-government-areas");

        assertThat(List.of(rest.getDouble("p5"), rest.getDouble("p50"), rest.getDouble("p95")))
                .allSatisfy(p -> assertThat(p).isBetween(3_000.0, 4_000.0));
        assertThat(rest.getDouble("p95")).isLessThan(4_000).isGreaterThan(rest.getDouble("p5"));
    }

    @Test
    void people_percentiles_are_whole_people() {
        for (Row row : UNCERTAINTY) {
            if (row.getString("kind").equals("people")) {
                for (String p : List.of("p5", "p50", "p95")) {
                    assertThat(row.getDouble(p))
                            .as(row.getString("quantity") + " " + p)
                            .isEqualTo(Math.rint(row.getDouble(p)));
                }
            }
        }
    }

    // ---- Reproducibility of the report ---------------------------------------------------------------------

    @Test
    void two_reports_with_the_same_seed_have_identical_uncertainty_csv_bytes(@TempDir Path tmp) throws IOException {
        // GIVEN the bundled dataset, written twice with the default settings
        DisplacementDataset ds = DisplacementDataset.aleppo2016();
        CsvReport.write(ds, tmp.resolve("a"));
        CsvReport.write(DisplacementDataset.aleppo2016(), tmp.resolve("b"), UncertaintySettings.DEFAULT);

        // WHEN reading uncertainty.csv from each
        byte[] a = Files.readAllBytes(tmp.resolve("a/uncertainty.csv"));
        byte[] b = Files.readAllBytes(tmp.resolve("b/uncertainty.csv"));

        // THEN the bytes are identical, and carry the seed and the number of draws
        assertThat(b).isEqualTo(a);
        assertThat(new String(a, java.nio.charset.StandardCharsets.UTF_8)).contains(",100000,20161129,");
        assertThat(Files.readAllBytes(tmp.resolve("b/reconciliation.csv")))
                .isEqualTo(Files.readAllBytes(tmp.resolve("a/reconciliation.csv")));
    }

    @Test
    void report_with_another_seed_has_other_uncertainty_csv_bytes(@TempDir Path tmp) throws IOException {
        CsvReport.write(DisplacementDataset.aleppo2016(), tmp.resolve("a"), UncertaintySettings.DEFAULT);
        CsvReport.write(DisplacementDataset.aleppo2016(), tmp.resolve("b"), new UncertaintySettings(7L, 100_000, 10));

        String a = Files.readString(tmp.resolve("a/uncertainty.csv"));
        String b = Files.readString(tmp.resolve("b/uncertainty.csv"));

        assertThat(b).isNotEqualTo(a).contains(",100000,7,");
    }

    private static Row row(Table table, String column, String value) {
        for (Row r : table) {
            if (r.getString(column).equals(value)) {
                return r;
            }
        }
        throw new AssertionError("no row with " + column + " = " + value + " in " + table.name());
    }

    private static void assertLong(Row row, String column, Long expected) {
        if (expected == null) {
            assertThat(row.isMissing(column)).as(column + " is empty").isTrue();
        } else {
            assertThat(row.isMissing(column)).as(column + " is empty").isFalse();
            assertThat(row.getLong(column)).as(column).isEqualTo(expected);
        }
    }
}
