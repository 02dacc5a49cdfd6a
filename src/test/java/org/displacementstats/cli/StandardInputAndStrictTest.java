package org.displacementstats.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -} reads standard input; {@code import --strict} exits 3 when a check warns or fails. */
class StandardInputAndStrictTest extends InProcessCommandLine {
    private static final String FALLING_SERIES = "2013-12-29;594536\n2013-12-31;560129\n2014-01-15;600000\n";

    @TempDir
    Path tmp;

    private final InputStream stdin = System.in;

    @AfterEach
    void restoreStandardInput() {
        System.setIn(stdin);
    }

    private int runWithInput(String input, String... args) {
        System.setIn(new ByteArrayInputStream(input.getBytes(UTF_8)));
        return run(args);
    }

    @Test
    void summarize_dash_reads_the_log_from_standard_input() throws Exception {
        Path dir = tmp.resolve("s");

        int code = runWithInput(
                "date,origin,destination,count,quantifier,source\n2016-11-28,A,B,6000,,S\n"
                        + "2016-11-28,A,C,4000,nearly,S\n",
                "summarize",
                "-",
                "--out",
                dir.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(Files.readString(dir.resolve("flows-by-date.csv"), UTF_8))
                .isEqualTo("date,rows,point,low,high\n2016-11-28,2,10000,9600,10000\n");
    }

    @Test
    void a_bad_row_from_standard_input_is_named_in_the_words_of_stdin() {
        int code = runWithInput(
                "date,origin,destination,count,quantifier,source\n2016-11-28,A,B,1.200,,S\n",
                "summarize",
                "-",
                "--out",
                tmp.resolve("s").toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("stdin.csv:2:4", "'1.200'");
    }

    @Test
    void import_dash_reads_the_file_from_standard_input() {
        int code = runWithInput(
                FALLING_SERIES,
                "import",
                "--format",
                "series",
                "-",
                "--place",
                "Turkey",
                "--out",
                tmp.resolve("i").toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("imported", "stdin.csv");
    }

    @Test
    void import_strict_exits_3_when_a_check_warns_and_still_writes_the_report() {
        Path dir = tmp.resolve("i");

        int code = runWithInput(
                FALLING_SERIES,
                "import",
                "--format",
                "series",
                "-",
                "--place",
                "Turkey",
                "--strict",
                "--out",
                dir.toString());

        assertThat(code).isEqualTo(CheckCounts.CHECKS_NOT_CLEAN);
        assertThat(dir.resolve("checks.csv")).content(UTF_8).contains(",warn,");
    }

    @Test
    void import_without_strict_exits_0_on_the_same_warning() {
        int code = runWithInput(
                FALLING_SERIES,
                "import",
                "--format",
                "series",
                "-",
                "--place",
                "Turkey",
                "--out",
                tmp.resolve("i").toString());

        assertThat(code).isZero();
    }
}
