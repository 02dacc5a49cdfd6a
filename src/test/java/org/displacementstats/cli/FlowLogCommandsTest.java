package org.displacementstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlowLogCommandsTest extends InProcessCommandLine {
    @TempDir
    Path dir;

    @Test
    void generate_then_summarize_writes_the_three_files_and_exits_0() throws IOException {
        // GIVEN a generated log
        Path log = dir.resolve("flows.csv");
        assertThat(run("generate-flows", "--rows", "2000", "--places", "30", "--seed", "5", "--out", log.toString()))
                .isZero();

        // WHEN it is summarised
        int code =
                run("summarize", log.toString(), "--out", dir.resolve("summary").toString(), "--threads", "2");

        // THEN the three files are there and stdout says how many rows
        assertThat(code).isZero();
        assertThat(out.toString()).contains("summarized 2000 rows");
        assertThat(Files.readString(dir.resolve("summary/flows-by-origin-destination.csv")))
                .startsWith("origin,destination,rows,point,low,high\n");
        assertThat(Files.readString(dir.resolve("summary/flows-by-date.csv"))).startsWith("date,rows,point,low,high\n");
        assertThat(Files.readString(dir.resolve("summary/flows-by-destination.csv")))
                .startsWith("destination,rows,point,low,high,share_of_point\n");
        assertThat(dir.resolve("summary/rejected.csv")).doesNotExist();
    }

    @Test
    void generate_flows_gives_the_same_bytes_for_the_same_seed() throws IOException {
        run(
                "generate-flows",
                "--rows",
                "500",
                "--places",
                "20",
                "--seed",
                "9",
                "--out",
                dir.resolve("a.csv").toString());
        run(
                "generate-flows",
                "--rows",
                "500",
                "--places",
                "20",
                "--seed",
                "9",
                "--out",
                dir.resolve("b.csv").toString());

        assertThat(Files.readAllBytes(dir.resolve("b.csv"))).isEqualTo(Files.readAllBytes(dir.resolve("a.csv")));
    }

    @Test
    void a_bad_row_exits_1_with_file_line_column_and_value_and_writes_nothing() throws IOException {
        Path log = write("date,origin,destination,count,quantifier,source\n2016-11-28,A,B,1.5,,S\n");

        int code =
                run("summarize", log.toString(), "--out", dir.resolve("summary").toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("flows.csv:2:4", "count", "'1.5'");
        assertThat(dir.resolve("summary")).doesNotExist();
    }

    @Test
    void skip_bad_rows_writes_rejected_csv_with_the_reason_and_exits_0() throws IOException {
        Path log =
                write("date,origin,destination,count,quantifier,source\n2016-11-28,A,B,1.5,,S\n2016-11-28,A,B,2,,S\n");

        int code =
                run("summarize", log.toString(), "--out", dir.resolve("summary").toString(), "--skip-bad-rows");

        assertThat(code).isZero();
        assertThat(Files.readString(dir.resolve("summary/rejected.csv")))
                .isEqualTo("line,column,field,value,reason\n"
                        + "2,4,count,1.5,must be a whole number >= 0 written with digits only\n");
        assertThat(out.toString()).contains("summarized 1 rows", "1 rows rejected");
    }

    @Test
    void zero_threads_is_bad_usage_and_exits_2() throws IOException {
        Path log = write("date,origin,destination,count,quantifier,source\n");

        int code =
                run("summarize", log.toString(), "--out", dir.resolve("summary").toString(), "--threads", "0");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().lines().findFirst())
                .hasValue("Invalid option value: --threads must be between 1 and 256 but was 0");
    }

    private Path write(String text) throws IOException {
        Path log = dir.resolve("flows.csv");
        Files.writeString(log, text, StandardCharsets.UTF_8);
        return log;
    }
}
