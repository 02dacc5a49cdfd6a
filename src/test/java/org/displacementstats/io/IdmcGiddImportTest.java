package org.displacementstats.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.dataset.CheckStatus;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.figure.Figure;
import org.displacementstats.figure.Flow;
import org.displacementstats.figure.PlaceKind;
import org.displacementstats.figure.Stock;
import org.displacementstats.provenance.DateBasis;
import org.displacementstats.table.SummaryTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

class IdmcGiddImportTest {
    private static final DisplacementDataset GIDD =
            Importers.idmcGidd(Fixtures.path(Fixtures.GIDD)).dataset();

    @Test
    void syria_2016_has_the_published_stock_at_year_end_and_flow_during_the_year() {
        // WHEN reading the published table
        Figure stock = GIDD.figure("syr-2016-total-displacement");
        Figure flow = GIDD.figure("syr-2016-new-displacement");

        // THEN IDMC's figures, as a stock in the country on 31 December and a flow over the year
        assertThat(stock).isInstanceOf(Stock.class);
        assertThat(stock.estimate().point()).hasValue(6_325_978);
        assertThat(((Stock) stock).place().name()).isEqualTo("Syrian Arab Republic");
        assertThat(((Stock) stock).place().kind()).isEqualTo(PlaceKind.COUNTRY);
        assertThat(stock.period().start()).hasToString("2016-12-31");
        assertThat(flow).isInstanceOf(Flow.class);
        assertThat(flow.estimate().point()).hasValue(2_148_498);
        assertThat(flow.period().start()).hasToString("2016-01-01");
        assertThat(flow.period().end()).hasToString("2016-12-31");
    }

    @Test
    void ukraine_2022_flow_is_larger_than_its_stock_and_both_are_kept() {
        long flow = GIDD.figure("ukr-2022-new-displacement").estimate().point().getAsLong();
        long stock =
                GIDD.figure("ukr-2022-total-displacement").estimate().point().getAsLong();

        assertThat(flow).isEqualTo(16_870_323L).isGreaterThan(stock);
        assertThat(stock).isEqualTo(5_913_638L);
    }

    @Test
    void blank_flows_stay_missing_never_zero() throws IOException {
        // GIVEN the rows whose new_displacement is blank
        List<String> blank = Files.readAllLines(Fixtures.path(Fixtures.GIDD), StandardCharsets.UTF_8).stream()
                .skip(1)
                .map(l -> l.split(",", -1))
                .filter(c -> c[3].isEmpty())
                .map(c -> c[0].toLowerCase(Locale.ROOT) + "-" + c[2] + "-new-displacement")
                .toList();

        // WHEN importing with options, to see the count of missing cells
        ImportResult r = Importers.idmcGidd(Fixtures.path(Fixtures.GIDD), ImportOptions.strict());

        // THEN those rows have no flow at all, and a real 0 (Angola 2009) is kept as 0
        assertThat(blank).hasSize(3);
        assertThat(r.dataset().figures()).extracting(Figure::id).doesNotContainAnyElementsOf(blank);
        assertThat(r.dataset().figures()).filteredOn(f -> f instanceof Flow).hasSize(7 - 3);
        assertThat(r.missingValues()).isEqualTo(3 + 1);
        assertThat(r.dataset().figure("ago-2009-new-displacement").estimate().point())
                .hasValue(0);
    }

    @Test
    void every_figure_quotes_its_record_at_its_code_point_offsets_in_the_file() throws IOException {
        String text = Files.readString(Fixtures.path(Fixtures.GIDD), StandardCharsets.UTF_8);

        for (Figure f : GIDD.figures()) {
            var q = f.evidence().quote().orElseThrow();
            assertThat(q.isFoundIn(text)).as(f.id()).isTrue();
        }
        assertThat(GIDD.figure("tur-2016-total-displacement")
                        .evidence()
                        .quote()
                        .orElseThrow()
                        .exact())
                .startsWith("TUR,Türkiye,2016,");
    }

    @Test
    void one_source_per_file_with_an_inferred_date_and_one_skipped_quote_check() {
        assertThat(GIDD.sources()).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo("gidd-conflict-sample");
            assertThat(s.publisher()).isEqualTo("IDMC");
            assertThat(s.document()).isEqualTo(Fixtures.GIDD);
            assertThat(s.date()).hasToString("2022-12-31");
            assertThat(s.dateBasis()).isEqualTo(DateBasis.INFERRED);
            assertThat(s.note()).contains("latest date");
        });
        assertThat(GIDD.checks())
                .filteredOn(c -> c.rule().equals("quote-found"))
                .singleElement()
                .extracting(c -> c.status())
                .isEqualTo(CheckStatus.SKIPPED);
        assertThat(GIDD.checks()).noneMatch(c -> c.status() == CheckStatus.FAIL);
    }

    @Test
    void summary_totals_equal_the_sums_of_the_published_table() throws IOException {
        // GIVEN the sums computed straight from the file: every flow, and each country's latest stock
        long flows = 0;
        Map<String, long[]> latest = new HashMap<>();
        for (String line : Files.readAllLines(Fixtures.path(Fixtures.GIDD), StandardCharsets.UTF_8)
                .subList(1, 8)) {
            String[] c = line.split(",", -1);
            flows += c[3].isEmpty() ? 0 : Long.parseLong(c[3]);
            if (!c[5].isEmpty()) {
                long year = Long.parseLong(c[2]);
                long[] prev = latest.get(c[0]);
                if (prev == null || year > prev[0]) {
                    latest.put(c[0], new long[] {year, Long.parseLong(c[5])});
                }
            }
        }
        long stocks = latest.values().stream().mapToLong(v -> v[1]).sum();

        // WHEN summarising
        SummaryTables t = SummaryTables.of(GIDD);

        // THEN the total rows of the three summaries agree with them
        for (Table table : List.of(t.byOrigin(), t.byDestination(), t.byPeriod())) {
            int total = table.rowCount() - 1;
            assertThat(table.column(0).getString(total)).isEqualTo("total");
            assertThat(table.longColumn("flow_point").get(total))
                    .as(table.name())
                    .isEqualTo(flows);
            assertThat(table.longColumn("stock_point").get(total))
                    .as(table.name())
                    .isEqualTo(stocks);
        }
        assertThat(flows).isEqualTo(20_318_821L);
        assertThat(stocks).isEqualTo(13_368_016L);
        Table byPeriod = t.byPeriod();
        assertThat(byPeriod.stringColumn("period").asList()).contains("2016-12-31", "2016-01-01/2016-12-31");
    }

    @Test
    void a_bad_year_stops_the_import_naming_file_line_column_and_value(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("gidd.csv");
        Files.writeString(
                file,
                "iso3,country_name,year,new_displacement,new_displacement_rounded,total_displacement,"
                        + "total_displacement_rounded\nSYR,Syria,2016,1,,2,\nSYR,Syria,20l6,1,,2,\n",
                StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Importers.idmcGidd(file))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("gidd.csv:3:3:", "'year'", "'20l6'", "write e.g. 2016");
    }

    @Test
    void a_duplicate_country_year_is_a_bad_row_naming_the_first(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("gidd.csv");
        Files.writeString(
                file,
                "iso3,country_name,year,new_displacement,total_displacement\n"
                        + "SYR,Syria,2016,1,2\nSYR,Syria,2016,1,2\n",
                StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Importers.idmcGidd(file))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("gidd.csv:3:", "syr-2016-total-displacement", "line 2");
    }

    @Test
    void a_missing_column_names_the_columns_the_header_must_have(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("gidd.csv");
        Files.writeString(file, "iso3,name,year\nSYR,Syria,2016\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Importers.idmcGidd(file))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("gidd.csv:1:", "missing column 'country_name'", "total_displacement");
    }
}
