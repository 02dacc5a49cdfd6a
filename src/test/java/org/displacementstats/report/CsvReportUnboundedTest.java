package org.displacementstats.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.figure.Count;
import org.displacementstats.figure.Figure;
import org.displacementstats.figure.Interval;
import org.displacementstats.figure.Period;
import org.displacementstats.figure.Place;
import org.displacementstats.figure.PlaceKind;
import org.displacementstats.figure.Stock;
import org.displacementstats.provenance.Evidence;
import org.displacementstats.provenance.Quote;
import org.displacementstats.provenance.Source;
import org.displacementstats.stats.UncertaintySettings;
import org.displacementstats.table.SeedDatasetCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An unbounded bound is written {@code inf} (or {@code -inf}) in every report file, the workbook and the page, and
 * an empty cell is only ever a value the row does not have.
 */
class CsvReportUnboundedTest {
    private static final UncertaintySettings FEW_DRAWS = new UncertaintySettings(1L, 1_000, 10);

    @TempDir
    Path tmp;

    private DisplacementDataset atLeastTenThousandFled() {
        Path data = SeedDatasetCopy.copyTo(tmp.resolve("data"));
        SeedDatasetCopy.replaceOnce(data.resolve("figures.csv"), ",day,nearly,10000,", ",day,at_least,10000,");
        return DisplacementDataset.read(data);
    }

    @Test
    void an_at_least_outflow_writes_inf_and_minus_inf_where_the_bounds_are_open() {
        CsvReport.write(atLeastTenThousandFled(), tmp.resolve("r"), FEW_DRAWS);

        List<List<String>> balance = ReportCsv.read(tmp.resolve("r/population-balance.csv"));
        assertThat(ReportCsv.column(balance, "outflow_low")).containsExactly("10000");
        assertThat(ReportCsv.column(balance, "outflow_high")).containsExactly("inf");
        // 250,000 minus at least 10,000: (-inf, 265000]
        assertThat(ReportCsv.column(balance, "remaining_low")).containsExactly("-inf");
        assertThat(ReportCsv.column(balance, "remaining_high")).containsExactly("265000");
        assertThat(ReportCsv.column(balance, "share_out_high")).containsExactly("inf");
        assertThat(ReportCsv.column(balance, "outflow_per_day_high")).containsExactly("inf");
        assertThat(balance.get(0)).noneMatch(c -> c.endsWith("_unbounded"));

        List<List<String>> flows = ReportCsv.read(tmp.resolve("r/flows-by-destination.csv"));
        // government areas: [10000, inf) − 6000 = [4000, inf), a share of [0, inf) of [10000, inf)
        assertThat(ReportCsv.column(flows, "high")).containsExactly("6000", "inf");
        assertThat(ReportCsv.column(flows, "share_of_total_low")).containsExactly("0", "0");
        assertThat(ReportCsv.column(flows, "share_of_total_high")).containsExactly("0.6", "inf");

        List<List<String>> uncertainty = ReportCsv.read(tmp.resolve("r/uncertainty.csv"));
        assertThat(ReportCsv.column(uncertainty, "interval_high"))
                .contains("inf")
                .doesNotContain("");
        assertThat(ReportCsv.column(uncertainty, "interval_low"))
                .contains("-inf")
                .doesNotContain("");
    }

    @Test
    void every_figure_s_low_and_high_read_back_as_its_interval_with_interval_parse() {
        DisplacementDataset ds = atLeastTenThousandFled();
        CsvReport.write(ds, tmp.resolve("r"), FEW_DRAWS);

        List<List<String>> figures = ReportCsv.read(tmp.resolve("r/figures.csv"));
        List<String> ids = ReportCsv.column(figures, "id");
        List<String> lows = ReportCsv.column(figures, "low");
        List<String> highs = ReportCsv.column(figures, "high");
        assertThat(highs).contains("inf").doesNotContain("");
        for (int i = 0; i < ids.size(); i++) {
            String low = lows.get(i).equals("-inf") ? "(-inf" : "[" + lows.get(i);
            String high = highs.get(i).equals("inf") ? "inf)" : highs.get(i) + "]";

            assertThat(Interval.parse(low + ", " + high))
                    .as(ids.get(i))
                    .isEqualTo(ds.figure(ids.get(i)).estimate().interval());
        }
    }

    @Test
    void the_vague_mention_and_the_at_least_claims_of_the_bundled_dataset_are_inf_not_empty() {
        CsvReport.write(DisplacementDataset.aleppo2016(), tmp.resolve("r"), FEW_DRAWS);

        List<List<String>> figures = ReportCsv.read(tmp.resolve("r/figures.csv"));
        int vague = ReportCsv.column(figures, "id").indexOf("thousands-fled-official-media");
        // « des milliers »: no point, no stated count, [0, inf)
        assertThat(ReportCsv.column(figures, "point").get(vague)).isEmpty();
        assertThat(ReportCsv.column(figures, "count_high").get(vague)).isEmpty();
        assertThat(ReportCsv.column(figures, "low").get(vague)).isEqualTo("0");
        assertThat(ReportCsv.column(figures, "high").get(vague)).isEqualTo("inf");

        List<List<String>> claims = ReportCsv.read(tmp.resolve("r/reconciliation.csv"));
        int lci = ReportCsv.column(claims, "claim_id").indexOf("lci-fled-at-least-10000");
        assertThat(ReportCsv.column(claims, "low").get(lci)).isEqualTo("10000");
        assertThat(ReportCsv.column(claims, "high").get(lci)).isEqualTo("inf");
        assertThat(ReportCsv.column(claims, "count_high").get(lci)).isEmpty();
    }

    @Test
    void an_import_summary_writes_inf_for_an_unbounded_sum_and_empty_for_a_group_without_flows() {
        Source file = Source.builder("f")
                .publisher("IDMC")
                .document("f.csv")
                .inferred(LocalDate.of(2017, 12, 31), "file")
                .build();
        LocalDate end = LocalDate.of(2016, 12, 31);
        Stock iraq = Stock.stated("irq-2016")
                .what("idps")
                .in(Place.of("Iraq", PlaceKind.COUNTRY))
                .count(Count.atLeast(3_000_000))
                .during(Period.days(end, end))
                .evidence(Evidence.stated(file, new Quote("row", "", "", 0, 3)));
        List<Figure> figures = List.of(iraq);

        CsvReport.writeImport(DisplacementDataset.imported("f", List.of(file), figures, List.of()), tmp.resolve("imp"));

        List<List<String>> byOrigin = ReportCsv.read(tmp.resolve("imp/summary-by-origin.csv"));
        assertThat(ReportCsv.column(byOrigin, "stock_low")).containsExactly("3000000", "3000000");
        assertThat(ReportCsv.column(byOrigin, "stock_high")).containsExactly("inf", "inf");
        assertThat(ReportCsv.column(byOrigin, "flow_low")).containsExactly("", "");
        assertThat(ReportCsv.column(byOrigin, "flow_high")).containsExactly("", "");
    }

    @Test
    void the_workbook_writes_inf_as_text_in_the_number_column() throws IOException {
        Path book = tmp.resolve("a.xlsx");

        XlsxReport.write(DisplacementDataset.aleppo2016(), book, FEW_DRAWS);

        try (ReadableWorkbook wb = new ReadableWorkbook(book.toFile())) {
            List<Row> claims = wb.findSheet("reconciliation").orElseThrow().read();
            List<String> header =
                    List.of(claims.get(0).getCellText(0), claims.get(0).getCellText(1));
            assertThat(header).containsExactly("figure", "claim_id");
            int high = -1;
            for (int i = 0; i < claims.get(0).getCellCount(); i++) {
                if (claims.get(0).getCellText(i).equals("high")) {
                    high = i;
                }
                assertThat(claims.get(0).getCellText(i)).doesNotEndWith("_unbounded");
            }
            Row lci = claims.stream()
                    .filter(r -> r.getCellText(1).equals("lci-fled-at-least-10000"))
                    .findFirst()
                    .orElseThrow();
            assertThat(lci.getCell(high).getType()).isEqualTo(CellType.STRING);
            assertThat(lci.getCellText(high)).isEqualTo("inf");
            assertThat(claims.get(1).getCell(high).getType()).isEqualTo(CellType.NUMBER);
        }
    }

    @Test
    void the_page_shows_an_unbounded_bound_as_infinity_and_no_flag_column() throws IOException {
        Path page = tmp.resolve("report.html");

        HtmlReport.write(atLeastTenThousandFled(), page, FEW_DRAWS);

        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertThat(html).contains("<td>−∞</td>").contains("<td>∞</td>").doesNotContain("_unbounded");
    }

    @Test
    void a_share_whose_whole_can_be_zero_is_undefined_not_unbounded_in_the_files_and_on_the_page() throws IOException {
        // GIVEN « moins de 250.000 habitants »: a population of [0, 249999], so the share who left has no bounds
        Path data = SeedDatasetCopy.copyTo(tmp.resolve("data"));
        SeedDatasetCopy.replaceOnce(data.resolve("figures.csv"), ",about,250000,", ",less_than,250000,");
        DisplacementDataset ds = DisplacementDataset.read(data);

        CsvReport.write(ds, tmp.resolve("r"), FEW_DRAWS, CsvReport.Option.HTML);

        List<List<String>> balance = ReportCsv.read(tmp.resolve("r/population-balance.csv"));
        assertThat(ReportCsv.column(balance, "population_low")).containsExactly("0");
        assertThat(ReportCsv.column(balance, "share_out_point")).containsExactly("0.04");
        assertThat(ReportCsv.column(balance, "share_out_low")).containsExactly("");
        assertThat(ReportCsv.column(balance, "share_out_high")).containsExactly("");
        String html = Files.readString(tmp.resolve("r").resolve(HtmlReport.FILE), StandardCharsets.UTF_8);
        assertThat(html).contains(">≈ 4 %<").doesNotContain("(−∞ – ∞)");
    }
}
