package org.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.figure.Figure;
import org.displacementstats.report.CsvReport;
import org.displacementstats.table.SummaryTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** The README's embedding example, compiled and run against the installed artifact. */
class EmbeddingExampleTest {

    @Test
    void readme_example_reads_the_bundled_dataset_builds_tables_and_writes_the_report() throws Exception {
        // spotless:off
        // EXAMPLE:begin
        DisplacementDataset ds = DisplacementDataset.aleppo2016();      // the bundled Aleppo article
        List<Figure> figures = ds.figures();                            // stated + derived, with provenance
        Figure fled = ds.figure("fled-east-aleppo");                    // « Près de 10.000 … ont fui »
        System.out.println(fled.count().orElseThrow() + " " + fled.estimate().interval());  // <~10000 [9000, 10000]

        SummaryTables t = SummaryTables.of(ds);
        Table balance = t.populationBalance();                          // 250000 - 10000 = 240000 [215000, 266000]
        Table flows = t.flowsByDestination();                           // 6000 (0.6) and 4000 (0.4)
        System.out.println(flows.print());

        Path out = Path.of("report");
        CsvReport.write(ds, out);                                       // figures.csv, population-balance.csv, ...
        // EXAMPLE:end
        // spotless:on

        assertThat(figures).extracting(Figure::id).contains("fled-east-aleppo", "fled-to-government-areas");
        assertThat(fled.estimate().interval()).hasToString("[9000, 10000]");
        assertThat(balance.longColumn("remaining_point").get(0)).isEqualTo(240_000L);
        assertThat(flows.longColumn("point").asList()).containsExactly(6_000L, 4_000L);
        assertThat(flows.doubleColumn("share_of_total_point").asList()).containsExactly(0.6, 0.4);
        assertThat(Files.readString(out.resolve("population-balance.csv"))).contains(",240000,215000,266000,");
    }

    @Test
    void an_embedder_that_draws_no_chart_runs_without_the_chart_libraries() {
        assertThatThrownBy(() -> Class.forName("org.jfree.chart.JFreeChart"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("org.jfree.svg.SVGGraphics2D"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void reads_a_users_own_dataset_directory(@TempDir Path myData) throws Exception {
        Files.writeString(
                myData.resolve("sources.csv"),
                String.join(
                        "\n",
                        "id,publisher,document,date,date_basis,text_file,note",
                        "ocha-sitrep-1,OCHA,Syria: Aleppo situation report no. 1,2016-12-01,stated,,",
                        ""));
        Files.writeString(
                myData.resolve("places.csv"),
                String.join("\n", "name,kind,controlled_by", "eastern Aleppo,district,", ""));
        Files.writeString(
                myData.resolve("figures.csv"),
                String.join(
                        "\n",
                        "id,kind,what,place,origin,destination,period_start,period_end,period_accuracy,"
                                + "quantifier,count,count_high,part_of,derived_as,source,quote_start,quote_end,"
                                + "quote_exact,quote_prefix,quote_suffix",
                        "displaced-in-aleppo,flow,displaced,,eastern Aleppo,,2016-11-24,2016-12-01,day,about,31500,,,,"
                                + "ocha-sitrep-1,0,36,\"an estimated 31,500 people displaced\",,",
                        ""));

        DisplacementDataset mine = DisplacementDataset.read(myData);

        assertThat(mine.figure("displaced-in-aleppo").estimate().interval()).hasToString("[28350, 34650]");
    }
}
