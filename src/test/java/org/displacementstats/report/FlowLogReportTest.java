package org.displacementstats.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.RejectedRow;
import org.displacementstats.flowlog.FlowLogGenerator;
import org.displacementstats.flowlog.FlowLogSummary;
import org.displacementstats.flowlog.FlowLogSummary.DateTotals;
import org.displacementstats.flowlog.FlowLogSummary.DestinationTotals;
import org.displacementstats.flowlog.FlowLogSummary.OriginDestinationTotals;
import org.displacementstats.flowlog.FlowLogSummary.Totals;
import org.displacementstats.table.FlowLogTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

class FlowLogReportTest {
    @TempDir
    Path dir;

    @Test
    void writes_the_three_files_with_their_exact_columns_and_report_conventions() throws IOException {
        // GIVEN a summary with an unbounded sum, a name a spreadsheet would run, a comma and a share
        FlowLogSummary s = new FlowLogSummary(
                "flows.csv",
                3,
                List.of(
                        new OriginDestinationTotals(
                                "=Alep", "Cheikh, \"M\"", new Totals(2, 16_000, 15_000, OptionalLong.empty())),
                        new OriginDestinationTotals("=Alep", "Zones", new Totals(1, 3, 2, OptionalLong.of(3)))),
                List.of(new DateTotals(
                        java.time.LocalDate.of(2016, 11, 28), new Totals(3, 16_003, 15_002, OptionalLong.empty()))),
                List.of(
                        new DestinationTotals(
                                "Cheikh, \"M\"",
                                new Totals(2, 16_000, 15_000, OptionalLong.empty()),
                                OptionalDouble.of(16_000.0 / 16_003)),
                        new DestinationTotals(
                                "Zones", new Totals(1, 3, 2, OptionalLong.of(3)), OptionalDouble.of(3.0 / 16_003))),
                List.of());

        // WHEN the report is written
        FlowLogReport.write(s, dir.resolve("out"));

        // THEN each file has the agreed header and rows (inf for an unbounded sum), LF line ends, no rejected.csv
        assertThat(read("out/flows-by-origin-destination.csv"))
                .isEqualTo("origin,destination,rows,point,low,high\n"
                        + "'=Alep,\"Cheikh, \"\"M\"\"\",2,16000,15000,inf\n"
                        + "'=Alep,Zones,1,3,2,3\n");
        assertThat(read("out/flows-by-date.csv")).isEqualTo("date,rows,point,low,high\n2016-11-28,3,16003,15002,inf\n");
        assertThat(read("out/flows-by-destination.csv"))
                .isEqualTo("destination,rows,point,low,high,share_of_point\n"
                        + "\"Cheikh, \"\"M\"\"\",2,16000,15000,inf,0.999813\n"
                        + "Zones,1,3,2,3,0.000187\n");
        assertThat(dir.resolve("out/rejected.csv")).doesNotExist();
    }

    @Test
    void lists_rejected_rows_with_line_column_field_value_and_reason() throws IOException {
        FlowLogSummary s = new FlowLogSummary(
                "flows.csv",
                0,
                List.of(),
                List.of(),
                List.of(),
                List.of(new RejectedRow(
                        "flows.csv",
                        3,
                        4,
                        "count",
                        "-5",
                        "must be a whole number >= 0 written with digits only",
                        "2016-11-28,A,B,-5,exact,S")));

        FlowLogReport.write(s, dir.resolve("out"), FlowLogReport.Option.REJECTED_ROWS);

        assertThat(read("out/rejected.csv"))
                .isEqualTo("line,column,field,value,reason\n"
                        + "3,4,count,-5,must be a whole number >= 0 written with digits only\n");
    }

    @Test
    void each_file_is_the_table_of_flow_log_tables_as_write_table_prints_it() throws IOException {
        // Names a spreadsheet would run, quotes, commas, line breaks, a signed number, an undefined share
        Totals unbounded = new Totals(2, 16_000, 15_000, OptionalLong.empty());
        Totals bounded = new Totals(1, 0, 0, OptionalLong.of(0));
        FlowLogSummary s = new FlowLogSummary(
                "flows.csv",
                3,
                List.of(
                        new OriginDestinationTotals("'s-Hertogenbosch", "-4", unbounded),
                        new OriginDestinationTotals("@A\nB", "\"Q\"", bounded),
                        new OriginDestinationTotals("Alep, Est", "+ Zones\r\n", bounded)),
                List.of(
                        new DateTotals(LocalDate.of(2016, 11, 28), unbounded),
                        new DateTotals(LocalDate.of(2016, 11, 29), bounded)),
                List.of(
                        new DestinationTotals("=Z", unbounded, OptionalDouble.of(2.0 / 3)),
                        new DestinationTotals("\tY", bounded, OptionalDouble.empty()),
                        new DestinationTotals("X", bounded, OptionalDouble.of(1e-9))),
                List.of(
                        new RejectedRow("flows.csv", 3, 4, "count", "-5", "must be a whole number >= 0", "a,b"),
                        new RejectedRow("flows.csv", 9, 2, "origin", "", "expected 6 fields", "x\ny"),
                        new RejectedRow("flows.csv", 12, 5, "quantifier", "=1+1, \"x\"", "one of exact, about", "")));

        FlowLogReport.write(s, dir.resolve("out"), FlowLogReport.Option.REJECTED_ROWS);

        FlowLogTables t = FlowLogTables.of(s);
        for (Table table : List.of(t.byOriginDestination(), t.byDate(), t.byDestination(), t.rejected())) {
            StringWriter expected = new StringWriter();
            CsvReport.writeTable(table, expected);
            assertThat(read("out/" + table.name() + ".csv")).as(table.name()).isEqualTo(expected.toString());
        }
    }

    @Test
    void files_are_byte_identical_whatever_the_thread_count() throws IOException {
        // GIVEN a generated log
        Path log = dir.resolve("flows.csv");
        FlowLogGenerator.write(log, 50_000, 120, 3);

        // WHEN it is summarised with 1 and with 4 threads
        FlowLogReport.write(
                FlowLogSummary.summarize(log, FlowLogSummary.Options.defaults().withThreads(1)),
                dir.resolve("one"),
                FlowLogReport.Option.REJECTED_ROWS);
        FlowLogReport.write(
                FlowLogSummary.summarize(log, FlowLogSummary.Options.defaults().withThreads(4)),
                dir.resolve("four"),
                FlowLogReport.Option.REJECTED_ROWS);

        // THEN every file has the same bytes
        for (String f : FlowLogReport.FILES) {
            assertThat(Files.readAllBytes(dir.resolve("four").resolve(f)))
                    .as(f)
                    .isEqualTo(Files.readAllBytes(dir.resolve("one").resolve(f)));
        }
    }

    @Test
    void refuses_a_directory_holding_other_files_and_leaves_it_unchanged() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("notes.txt"), "mine");
        FlowLogSummary s = new FlowLogSummary("flows.csv", 0, List.of(), List.of(), List.of(), List.of());

        assertThatThrownBy(() -> FlowLogReport.write(s, out))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContaining("notes.txt");
        assertThat(Files.list(out)).containsExactly(out.resolve("notes.txt"));
    }

    private String read(String file) throws IOException {
        return Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
    }
}
