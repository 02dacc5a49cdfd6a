package org.displacementstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole-number options out of range are usage errors that the command line words itself: exit 2, the option, its
 * range and the value, then the usage; never a library message, and nothing written.
 */
class OptionRangeTest extends InProcessCommandLine {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "report {0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
        --margin | -5       | Invalid option value: --margin must be between 0 and 100 but was -5
        --margin | 101      | Invalid option value: --margin must be between 0 and 100 but was 101
        --draws  | 0        | Invalid option value: --draws must be between 1000 and 10000000 but was 0
        --draws  | 10000001 | Invalid option value: --draws must be between 1000 and 10000000 but was 10000001
        --tail   | -1       | Invalid option value: --tail must be between 0 and 1000 but was -1
        --tail   | 2000     | Invalid option value: --tail must be between 0 and 1000 but was 2000
        """)
    void report_option_out_of_range_exits_2_naming_option_range_and_value(String option, String value, String line) {
        Path dir = tmp.resolve("report");

        int code = run("report", "--out", dir.toString(), option, value);

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().lines().findFirst()).hasValue(line);
        assertThat(err.toString()).contains("Usage: displacement-stats report").doesNotContain("QuantifierPolicy");
        assertThat(dir).doesNotExist();
    }

    @ParameterizedTest(name = "report {0} {1}")
    @CsvSource({"--margin, 0", "--margin, 100", "--draws, 1000", "--tail, 0", "--tail, 1000"})
    void report_accepts_the_ends_of_each_range(String option, String value) {
        Path dir = tmp.resolve("report");
        // Few draws keep the run short; --draws itself is given once.
        int code = option.equals("--draws")
                ? run("report", "--out", dir.toString(), option, value)
                : run("report", "--out", dir.toString(), "--draws", "1000", option, value);

        assertThat(code).isZero();
        assertThat(err.toString()).isEmpty();
    }

    @ParameterizedTest(name = "summarize --margin {0}")
    @CsvSource({"-5", "101"})
    void summarize_margin_out_of_range_exits_2_naming_option_range_and_value(String value) {
        Path dir = tmp.resolve("summary");

        int code = run("summarize", tmp.resolve("flows.csv").toString(), "--out", dir.toString(), "--margin", value);

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().lines().findFirst())
                .hasValue("Invalid option value: --margin must be between 0 and 100 but was " + value);
        assertThat(dir).doesNotExist();
    }
}
