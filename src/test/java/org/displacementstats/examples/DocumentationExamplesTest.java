package org.displacementstats.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.figure.Count;
import org.displacementstats.figure.Figure;
import org.displacementstats.flowlog.FlowLogGenerator;
import org.displacementstats.flowlog.FlowLogSummary;
import org.displacementstats.flowlog.FlowLogSummary.Options;
import org.displacementstats.io.HxlWriter;
import org.displacementstats.io.ImportOptions;
import org.displacementstats.io.ImportResult;
import org.displacementstats.io.Importers;
import org.displacementstats.io.MatrixLayout;
import org.displacementstats.io.SeriesLayout;
import org.displacementstats.io.StockTotals;
import org.displacementstats.report.Charts;
import org.displacementstats.report.CsvReport;
import org.displacementstats.report.FlowLogReport;
import org.displacementstats.report.HtmlReport;
import org.displacementstats.report.XlsxReport;
import org.displacementstats.table.FlowLogTables;
import org.displacementstats.table.SummaryTables;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * Every example in README.md and in the Javadoc, compiled and run as written (DocumentationCoverageTest
 * checks that each one stands between EXAMPLE markers here). Surefire runs this class with
 * {@code target/examples} as working directory, so the examples' relative paths land there.
 */
class DocumentationExamplesTest {

    @BeforeAll
    static void inputs_the_examples_name_are_in_the_working_directory() throws IOException {
        copy("/org/displacementstats/io/gidd-conflict-sample.csv", "idmc-gidd.csv");
        copy("/org/displacementstats/io/series-sample.csv", "refugees.csv");
        Files.writeString(
                Path.of("dtm.csv"),
                String.join(
                        "\n",
                        "Governorate,District,Individuals_Aleppo,Individuals_Hama,Families_Aleppo,Families_Hama",
                        "Idleb,Harim,1200,,200,50",
                        "Idleb,Dana,600,300,100,50",
                        ""),
                StandardCharsets.UTF_8);
        Files.writeString(
                Path.of("woredas.csv"),
                String.join(
                        "\n",
                        "Woreda p-code,IDP estimates",
                        "#adm3+code,#affected+idps+ind",
                        "ET020102,1206",
                        "ET050107,1102",
                        ""),
                StandardCharsets.UTF_8);
    }

    private static void copy(String resource, String name) throws IOException {
        try (InputStream in = DocumentationExamplesTest.class.getResourceAsStream(resource)) {
            Files.copy(in, Path.of(name), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void dataset_javadoc_example() {
        // spotless:off
        // EXAMPLE:begin
        DisplacementDataset ds = DisplacementDataset.aleppo2016();
        Figure fled = ds.figure("fled-east-aleppo");        // « Près de 10.000 … ont fui »
        fled.estimate().interval();                          // [9000, 10000]
        ds.checks();                                         // consistency checks, as data
        // EXAMPLE:end
        // spotless:on
        assertThat(fled.estimate().interval()).hasToString("[9000, 10000]");
        assertThat(fled.count()).contains(Count.nearly(10_000));
        assertThat(ds.checks()).isNotEmpty();
    }

    @Test
    void summary_tables_javadoc_example() {
        // spotless:off
        // EXAMPLE:begin
        SummaryTables t = SummaryTables.of(DisplacementDataset.aleppo2016());
        Table balance = t.populationBalance();   // Alep-Est: 250000 − 10000 = 240000 [215000, 266000]
        Table flows = t.flowsByDestination();    // Cheikh Maqsoud 6000 (0.6), zones gouvernementales 4000 (0.4)
        // EXAMPLE:end
        // spotless:on
        assertThat(balance.longColumn("remaining_point").asList()).containsExactly(240_000L);
        assertThat(balance.longColumn("remaining_low").asList()).containsExactly(215_000L);
        assertThat(balance.longColumn("remaining_high").asList()).containsExactly(266_000L);
        assertThat(flows.stringColumn("destination").asList())
                .containsExactly("Cheikh Maqsoud", "zones gouvernementales");
        assertThat(flows.doubleColumn("share_of_total_point").asList()).containsExactly(0.6, 0.4);
    }

    @Test
    void xlsx_report_javadoc_example() {
        // spotless:off
        // EXAMPLE:begin
        XlsxReport.write(DisplacementDataset.aleppo2016(), Path.of("aleppo.xlsx"));
        // EXAMPLE:end
        // spotless:on
        assertThat(Path.of("aleppo.xlsx")).isNotEmptyFile();
    }

    @Test
    void csv_report_javadoc_example() {
        DisplacementDataset ds = DisplacementDataset.aleppo2016();
        // spotless:off
        // EXAMPLE:begin
        CsvReport.write(DisplacementDataset.aleppo2016(), Path.of("report"));
        CsvReport.write(ds, Path.of("report-hxl"), CsvReport.Option.HXL_HASHTAGS);
        // EXAMPLE:end
        // spotless:on
        assertThat(Path.of("report", "population-balance.csv"))
                .content(StandardCharsets.UTF_8)
                .contains(",240000,215000,266000,");
        assertThat(Path.of("report-hxl", "figures.csv"))
                .content(StandardCharsets.UTF_8)
                .contains("#meta+id");
    }

    @Test
    void charts_examples() {
        DisplacementDataset ds = DisplacementDataset.aleppo2016();
        // spotless:off
        // EXAMPLE:begin
        Charts.writeTo(DisplacementDataset.aleppo2016(), Path.of("charts"));   // Charts.FILES
        JFreeChart flows = Charts.flowChart(ds);                               // to draw or change yourself
        // EXAMPLE:end
        // spotless:on
        assertThat(flows.getTitle().getText()).isNotBlank();
        assertThat(Charts.FILES)
                .allSatisfy(f -> assertThat(Path.of("charts", f)).isNotEmptyFile());
    }

    @Test
    void charts_javadoc_example() throws IOException {
        DisplacementDataset ds = DisplacementDataset.aleppo2016();
        Files.createDirectories(Path.of("report"));
        // spotless:off
        // EXAMPLE:begin
        Charts.writeTo(DisplacementDataset.aleppo2016(), Path.of("report"));   // flows.svg, flows.png, ...
        JFreeChart flows = Charts.flowChart(ds);                               // to draw elsewhere
        // EXAMPLE:end
        // spotless:on
        assertThat(flows).isNotNull();
        assertThat(Path.of("report", "flows.svg"))
                .content(StandardCharsets.UTF_8)
                .contains("Cheikh Maqsoud");
    }

    @Test
    @SuppressWarnings("removal") // the README's import example still passes Optional.empty() (see CsvReport)
    void importers_readme_example() {
        // spotless:off
        // EXAMPLE:begin
        DisplacementDataset gidd = Importers.idmcGidd(Path.of("idmc-gidd.csv")).dataset();
        gidd.figure("syr-2016-total-displacement").estimate().point();   // 6325978, IDPs at the end of 2016
        ImportResult dtm = Importers.matrix(Path.of("dtm.csv"),
                MatrixLayout.of(List.of("Governorate", "District"), "Individuals_(.+)")
                        .withFamilies("Families_(.+)", new BigDecimal("6")).on(LocalDate.of(2024, 3, 31)),
                ImportOptions.skippingBadRows());                        // the dataset, rejected rows, kept columns
        HxlWriter.write(gidd, Path.of("gidd-hxl.csv"));                  // reads back to the same figures
        CsvReport.writeImport(gidd, Path.of("gidd"));                    // the files below
        // EXAMPLE:end
        // spotless:on
        assertThat(gidd.figure("syr-2016-total-displacement").estimate().point())
                .hasValue(6_325_978L);
        assertThat(dtm.dataset().figures()).isNotEmpty();
        assertThat(Importers.hxl(Path.of("gidd-hxl.csv"))
                        .dataset()
                        .figure("syr-2016-total-displacement")
                        .estimate()
                        .point())
                .hasValue(6_325_978L);
        assertThat(Path.of("gidd", "summary-by-period.csv")).isNotEmptyFile();
    }

    @Test
    void real_files_page_example() {
        // spotless:off
        // EXAMPLE:begin
        ImportResult woredas = Importers.hxl(Path.of("woredas.csv"), ImportOptions.strict().on("2022-10-31"));
        StockTotals totals = StockTotals.of(woredas.dataset());   // per date and kind of people, never mixed
        // EXAMPLE:end
        // spotless:on
        assertThat(totals.atDates())
                .containsExactly(new StockTotals.AtDate(LocalDate.of(2022, 10, 31), "idps", 2_308, 2));
    }

    @Test
    void stock_totals_javadoc_example() {
        // spotless:off
        // EXAMPLE:begin
        StockTotals totals = StockTotals.of(Importers.idmcGidd(Path.of("idmc-gidd.csv")).dataset());
        totals.atDates();      // 2022-12-31 idps at year end: 5913638 in 1 place, …
        totals.latestKnown();  // idps at year end: 13368016 in 4 places, oldest part 2016-12-31
        // EXAMPLE:end
        // spotless:on
        assertThat(totals.atDates().get(totals.atDates().size() - 1))
                .isEqualTo(new StockTotals.AtDate(LocalDate.of(2022, 12, 31), "idps at year end", 5_913_638, 1));
        assertThat(totals.latestKnown()).singleElement().satisfies(k -> {
            assertThat(k.people()).isEqualTo(13_368_016L);
            assertThat(k.places()).isEqualTo(4);
            assertThat(k.oldest()).isEqualTo(LocalDate.of(2016, 12, 31));
        });
    }

    @Test
    void importers_javadoc_example() {
        // spotless:off
        // EXAMPLE:begin
        DisplacementDataset gidd = Importers.idmcGidd(Path.of("idmc-gidd.csv")).dataset();
        gidd.figure("syr-2016-total-displacement").count();   // 6325978: IDPs in Syria at the end of 2016
        gidd.figure("syr-2016-new-displacement").count();     // 2148498: new displacements during 2016
        ImportResult r = Importers.series(Path.of("refugees.csv"), SeriesLayout.defaults(),
                ImportOptions.skippingBadRows());             // the dataset, and the rows set aside
        // EXAMPLE:end
        // spotless:on
        assertThat(gidd.figure("syr-2016-total-displacement").count()).contains(Count.exact(6_325_978));
        assertThat(gidd.figure("syr-2016-new-displacement").count()).contains(Count.exact(2_148_498));
        assertThat(r.rejected()).isEmpty();
        assertThat(r.dataset().figures()).isNotEmpty();
    }

    @Test
    void hxl_writer_and_matrix_layout_javadoc_examples() {
        // spotless:off
        // EXAMPLE:begin
        HxlWriter.write(DisplacementDataset.aleppo2016(), Path.of("aleppo-hxl.csv"));
        // EXAMPLE:end
        // spotless:on
        // spotless:off
        // EXAMPLE:begin
        MatrixLayout layout = MatrixLayout.of(List.of("Governorate", "District"), "Individuals_(.+)")
                .withFamilies("Families_(.+)", new BigDecimal("6"));
        // EXAMPLE:end
        // spotless:on
        assertThat(Importers.hxl(Path.of("aleppo-hxl.csv")).dataset().figures()).isNotEmpty();
        assertThat(Importers.matrix(Path.of("dtm.csv"), layout.on(LocalDate.of(2024, 3, 31)))
                        .dataset()
                        .figures())
                .isNotEmpty();
    }

    @Test
    void flow_log_javadoc_examples() {
        // spotless:off
        // EXAMPLE:begin
        FlowLogGenerator.write(Path.of("flows.csv"), 10_000, 40, 42);   // 10,000 rows, 40 places, seed 42
        // EXAMPLE:end
        // spotless:on
        // spotless:off
        // EXAMPLE:begin
        FlowLogSummary s = FlowLogSummary.summarize(Path.of("flows.csv"), FlowLogSummary.Options.defaults());
        s.byOriginDestination().get(0);   // Alep-Est → Cheikh Maqsoud: rows, point, low, high
        // EXAMPLE:end
        // spotless:on
        // spotless:off
        // EXAMPLE:begin
        FlowLogReport.write(FlowLogSummary.summarize(Path.of("flows.csv"), Options.defaults()), Path.of("summary"));
        // EXAMPLE:end
        // spotless:on
        // spotless:off
        // EXAMPLE:begin
        FlowLogTables t = FlowLogTables.of(FlowLogSummary.summarize(Path.of("flows.csv"), Options.defaults()));
        Table od = t.byOriginDestination();   // origin, destination, rows, point, low, high
        // EXAMPLE:end
        // spotless:on
        assertThat(s.rows()).isEqualTo(10_000);
        assertThat(od.rowCount()).isEqualTo(s.byOriginDestination().size());
        assertThat(Path.of("summary", "flows-by-origin-destination.csv")).isNotEmptyFile();
    }

    @Test
    void html_report_javadoc_example() throws IOException {
        // spotless:off
        // EXAMPLE:begin
        HtmlReport.write(DisplacementDataset.aleppo2016(), Path.of("report.html"));
        // EXAMPLE:end
        // spotless:on
        assertThat(Files.readString(Path.of("report.html"), StandardCharsets.UTF_8))
                .startsWith("<!DOCTYPE html>")
                .contains("<h2>Headline numbers</h2>");
    }
}
