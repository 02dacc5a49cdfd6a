package org.displacementstats.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedWriter;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.flowlog.FlowLogSummary;
import org.displacementstats.flowlog.FlowLogSummary.DateTotals;
import org.displacementstats.flowlog.FlowLogSummary.DestinationTotals;
import org.displacementstats.flowlog.FlowLogSummary.OriginDestinationTotals;
import org.displacementstats.flowlog.FlowLogSummary.Totals;
import org.displacementstats.stats.UncertaintySettings;
import org.displacementstats.table.FlowLogTables;
import org.displacementstats.table.SummaryTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** One table written to a {@code Writer} is, character for character, the report file that holds it. */
class CsvReportWriteTableTest {
    private static final UncertaintySettings FEW_DRAWS = new UncertaintySettings(1L, 1_000, 10);

    @TempDir
    Path tmp;

    @Test
    void each_report_table_written_to_a_writer_is_its_file() throws IOException {
        DisplacementDataset ds = DisplacementDataset.aleppo2016();
        CsvReport.write(ds, tmp.resolve("r"), FEW_DRAWS);

        for (Map.Entry<String, Table> e : CsvReport.tables(ds, FEW_DRAWS).entrySet()) {
            StringWriter out = new StringWriter();
            CsvReport.writeTable(e.getValue(), out);

            assertThat(out.toString())
                    .as(e.getKey())
                    .isEqualTo(Files.readString(tmp.resolve("r").resolve(e.getKey()), StandardCharsets.UTF_8));
        }
    }

    @Test
    void hxl_hashtags_and_a_byte_order_mark_are_written_as_in_the_files() throws IOException {
        DisplacementDataset ds = DisplacementDataset.aleppo2016();
        CsvReport.write(
                ds, tmp.resolve("r"), FEW_DRAWS, CsvReport.Option.HXL_HASHTAGS, CsvReport.Option.BYTE_ORDER_MARK);
        StringWriter out = new StringWriter();

        CsvReport.writeTable(
                SummaryTables.of(ds).flowsByDestination(),
                out,
                CsvReport.Option.HXL_HASHTAGS,
                CsvReport.Option.BYTE_ORDER_MARK);

        assertThat(out.toString())
                .startsWith("\uFEFForigin,destination,")
                .contains("\n\"#loc+origin+name\",#loc+dest+name,")
                .isEqualTo(Files.readString(tmp.resolve("r/flows-by-destination.csv"), StandardCharsets.UTF_8));
    }

    @Test
    void a_flow_log_table_written_to_a_writer_is_its_file_with_inf_for_an_unbounded_sum() throws IOException {
        FlowLogSummary s = new FlowLogSummary(
                "flows.csv",
                3,
                List.of(new OriginDestinationTotals(
                        "Alep", "Zones", new Totals(3, 16_003, 15_002, OptionalLong.empty()))),
                List.of(new DateTotals(
                        LocalDate.of(2016, 11, 28), new Totals(3, 16_003, 15_002, OptionalLong.empty()))),
                List.of(new DestinationTotals(
                        "Zones", new Totals(3, 16_003, 15_002, OptionalLong.empty()), OptionalDouble.of(1))),
                List.of());
        FlowLogReport.write(s, tmp.resolve("f"));
        FlowLogTables t = FlowLogTables.of(s);

        for (Table table : List.of(t.byOriginDestination(), t.byDate(), t.byDestination())) {
            StringWriter out = new StringWriter();
            CsvReport.writeTable(table, out);

            assertThat(out.toString())
                    .contains(",15002,inf")
                    .isEqualTo(
                            Files.readString(tmp.resolve("f").resolve(table.name() + ".csv"), StandardCharsets.UTF_8));
        }
    }

    @Test
    void the_writer_is_flushed_and_left_open() throws IOException {
        StringWriter target = new StringWriter();
        Writer buffered = new BufferedWriter(target);

        CsvReport.writeTable(SummaryTables.of(DisplacementDataset.aleppo2016()).controlChanges(), buffered);

        assertThat(target.toString()).startsWith("id,date,place,");
        buffered.write("more");
        buffered.flush();
        assertThat(target.toString()).endsWith("\nmore");
    }

    @Test
    void a_writer_that_fails_gives_an_unchecked_io_exception_naming_the_table() {
        Writer broken = new FilterWriter(new StringWriter()) {
            @Override
            public void write(String str, int off, int len) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void write(char[] cbuf, int off, int len) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void write(int c) throws IOException {
                throw new IOException("disk full");
            }
        };
        Table checks = SummaryTables.of(DisplacementDataset.aleppo2016()).checks();

        assertThatThrownBy(() -> CsvReport.writeTable(checks, broken))
                .isInstanceOf(java.io.UncheckedIOException.class)
                .hasMessageContaining("checks")
                .hasMessageContaining("disk full");
    }

    @Test
    void options_that_write_files_and_nulls_are_refused() {
        Table checks = SummaryTables.of(DisplacementDataset.aleppo2016()).checks();
        StringWriter out = new StringWriter();

        assertThatThrownBy(() -> CsvReport.writeTable(checks, out, CsvReport.Option.CHARTS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CsvReport.writeTable(checks, out, CsvReport.Option.HTML))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CsvReport.writeTable(null, out)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> CsvReport.writeTable(checks, null)).isInstanceOf(NullPointerException.class);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void the_javadoc_example_runs() {
        // spotless:off
        // EXAMPLE:begin
        Writer out = new StringWriter();   // or a servlet response's getWriter()
        CsvReport.writeTable(SummaryTables.of(DisplacementDataset.aleppo2016()).populationBalance(), out);
        // EXAMPLE:end
        // spotless:on
        assertThat(out.toString()).contains("\nAlep-Est,rebels,250000,225000,275000,");
    }

    @Test
    void the_api_page_example_runs() {
        DisplacementDataset ds = DisplacementDataset.aleppo2016();
        FlowLogSummary summary = new FlowLogSummary(
                "flows.csv",
                1,
                List.of(),
                List.of(),
                List.of(new DestinationTotals("Zones", new Totals(1, 3, 2, OptionalLong.of(3)), OptionalDouble.of(1))),
                List.of());
        // spotless:off
        // EXAMPLE:begin
        Writer out = new StringWriter();   // or a servlet response's getWriter()
        CsvReport.writeTable(SummaryTables.of(ds).populationBalance(), out);
        CsvReport.writeTable(FlowLogTables.of(summary).byDestination(), out, CsvReport.Option.HXL_HASHTAGS);
        // EXAMPLE:end
        // spotless:on
        assertThat(out.toString())
                .startsWith("place,controlled_by,population_point,")
                .endsWith("destination,rows,point,low,high,share_of_point\n"
                        + "\"#loc+dest+name\",#meta+rows,#affected+displaced+ind,#affected+displaced+ind+low,"
                        + "#affected+displaced+ind+high,#meta+share_of_point\n"
                        + "Zones,1,3,2,3,1\n");
    }
}
