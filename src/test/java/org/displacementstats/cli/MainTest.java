package org.displacementstats.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.displacementstats.report.CsvReport;
import org.displacementstats.report.Golden;
import org.displacementstats.table.SeedDatasetCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line, run in-process through {@link Main#execute}: exit codes, messages, files. */
class MainTest extends InProcessCommandLine {
    @TempDir
    Path tmp;

    // ---- success ------------------------------------------------------------------------------------------

    @Test
    void report_writes_the_golden_report_and_exits_0() {
        Path dir = tmp.resolve("report");

        int code = run("report", "--out", dir.toString());

        assertThat(code).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString()).contains("wrote 8 files to " + dir, "7 figures", "38 checks", "0 failed");
        assertSameFiles(Golden.snapshot(dir), Golden.PLAIN);
    }

    @Test
    void report_with_hxl_writes_the_hashtag_row_under_each_header() throws IOException {
        Path dir = tmp.resolve("report");

        int code = run("report", "--hxl", "--out", dir.toString());

        assertThat(code).isZero();
        assertThat(Files.readAllLines(dir.resolve("population-balance.csv"), UTF_8)
                        .get(1))
                .contains("#population+ind", "#affected+displaced+ind", "#date+start", "#date+end");
        assertThat(Files.readAllLines(dir.resolve("flows-by-destination.csv"), UTF_8)
                        .get(1))
                .contains("#loc+origin+name", "#loc+dest+name", "#affected+displaced+ind");
        assertThat(Files.readAllLines(dir.resolve("figures.csv"), UTF_8).get(1)).contains("#meta+source");
        assertSameFiles(Golden.snapshot(dir), Golden.HXL);
    }

    @Test
    void report_with_data_reads_a_dataset_directory() {
        // GIVEN a copy of the seed on disk
        Path data = SeedDatasetCopy.copyTo(tmp.resolve("in"));
        Path dir = tmp.resolve("report");

        int code = run("report", "--data", data.toString(), "--out", dir.toString());
        // THEN the same report as the bundled dataset's
        assertThat(code).isZero();
        assertSameFiles(Golden.snapshot(dir), Golden.PLAIN);
    }

    @Test
    void report_with_seed_and_draws_changes_only_uncertainty_csv() throws IOException {
        Path dir = tmp.resolve("report");

        int code = run("report", "--seed", "7", "--draws", "1000", "--tail", "20", "--out", dir.toString());

        assertThat(code).isZero();
        Map<String, byte[]> written = Golden.snapshot(dir);
        for (String file : CsvReport.FILES) {
            if (!file.equals("uncertainty.csv")) {
                assertThat(written.get(file)).as(file).isEqualTo(Golden.bytes(Golden.PLAIN, file));
            }
        }
        List<String> uncertainty = Files.readAllLines(dir.resolve("uncertainty.csv"), UTF_8);
        assertThat(uncertainty).hasSize(7);
        assertThat(uncertainty.subList(1, uncertainty.size()))
                .allSatisfy(line -> assertThat(line).contains(",1000,7,"));
    }

    @ParameterizedTest(name = "--margin {0}")
    @CsvSource({"0, 250000, 250000", "20, 200000, 300000", "100, 0, 500000"})
    void report_with_margin_widens_about_and_nearly(int margin, String low, String high) throws IOException {
        // GIVEN « quelque 250.000 » under another margin
        Path dir = tmp.resolve("report");

        int code = run("report", "--margin", Integer.toString(margin), "--out", dir.toString());

        assertThat(code).isZero();
        List<String> balance = Files.readAllLines(dir.resolve("population-balance.csv"), UTF_8);
        assertThat(balance.get(1)).startsWith("Alep-Est,rebels,250000," + low + "," + high + ",");
    }

    @Test
    void help_shows_usage_and_an_example_and_exits_0() {
        int code = run("--help");

        assertThat(code).isZero();
        assertThat(out.toString())
                .contains(
                        "Usage: displacement-stats", "report", "Exit codes", "displacement-stats report --out report");
    }

    @Test
    void report_help_shows_every_option_and_the_examples_and_exits_0() {
        int code = run("report", "--help");

        assertThat(code).isZero();
        assertThat(out.toString())
                .contains(
                        "--out=DIR",
                        "--data=DIR",
                        "--hxl",
                        "--margin=PERCENT",
                        "--seed=N",
                        "--draws=N",
                        "--tail=PERCENT",
                        "reconciliation.csv",
                        "uncertainty.csv",
                        "Example:",
                        "displacement-stats report --out report",
                        "displacement-stats report --data my-data --out my-report --hxl");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"--version", "-V"})
    void version_prints_the_project_version_and_exits_0(String option) {
        int code = run(option);

        assertThat(code).isZero();
        assertThat(out.toString().strip()).isEqualTo("displacement-stats 0.1.0-SNAPSHOT");
    }

    // ---- usage errors -------------------------------------------------------------------------------------

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(
            strings = {
                "",
                "report",
                "report --out",
                "report --hxl",
                "report --out OUT --bogus",
                "report --out OUT --margin abc",
                "report --out OUT --margin 10.5",
                "report --out OUT --margin 101",
                "report --out OUT --margin -1",
                "report --out OUT --draws 5",
                "report --out OUT --draws 20000000",
                "report --out OUT --tail -1",
                "report --out OUT extra",
                "frobnicate --out OUT",
                "--bogus",
            })
    void usage_errors_exit_2_with_a_message_and_write_nothing(String line) {
        Path dir = tmp.resolve("report");
        String[] args = line.isEmpty()
                ? new String[0]
                : line.replace("OUT", dir.toString()).split(" ");

        int code = run(args);

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).isNotBlank().containsAnyOf("Usage:", "Did you mean", "Possible solutions");
        assertThat(dir).doesNotExist();
    }

    @Test
    void a_margin_out_of_range_is_a_usage_error_that_names_the_option_and_value() {
        int code = run("report", "--out", tmp.resolve("report").toString(), "--margin", "200");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--margin", "200", "0", "100");
    }

    @Test
    void draws_out_of_range_is_a_usage_error_that_names_the_option_and_value() {
        int code = run("report", "--out", tmp.resolve("report").toString(), "--draws", "5");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--draws", "1000", "10000000", "5");
    }

    // ---- bad data -----------------------------------------------------------------------------------------

    @Test
    void a_count_with_a_thousands_separator_exits_1_naming_file_line_column_and_value() {
        // GIVEN figures.csv with « 1,200 » (quoted, so the CSV stays well formed) as a count
        Path data = SeedDatasetCopy.copyTo(tmp.resolve("in"));
        SeedDatasetCopy.replaceOnce(data.resolve("figures.csv"), ",exact,6000,", ",exact,\"1,200\",");
        Path dir = tmp.resolve("report");

        int code = run("report", "--data", data.toString(), "--out", dir.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString())
                .startsWith("error: ")
                .contains(
                        data.resolve("figures.csv").toString(),
                        "line 4",
                        "column 11",
                        "'count'",
                        "'1,200'",
                        "write 1200");
        assertThat(out.toString()).isEmpty();
        assertThat(dir).doesNotExist();
    }

    @Test
    void bad_data_leaves_an_existing_report_byte_identical() {
        // GIVEN a report from a good run, then bad data
        Path dir = tmp.resolve("report");
        assertThat(run("report", "--out", dir.toString())).isZero();
        Map<String, byte[]> before = Golden.snapshot(dir);
        Path data = SeedDatasetCopy.copyTo(tmp.resolve("in"));
        SeedDatasetCopy.replaceOnce(data.resolve("figures.csv"), ",exact,6000,", ",exact,\"1,200\",");

        int code = run("report", "--hxl", "--data", data.toString(), "--out", dir.toString());

        assertThat(code).isEqualTo(1);
        Map<String, byte[]> after = Golden.snapshot(dir);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
        assertThat(names(tmp)).containsExactly("in", "report");
    }

    @Test
    void a_missing_data_directory_exits_1_naming_it() {
        Path missing = tmp.resolve("no-such-data");

        int code = run(
                "report",
                "--data",
                missing.toString(),
                "--out",
                tmp.resolve("report").toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains(missing.toString(), "missing");
    }

    @Test
    void an_out_directory_with_foreign_files_exits_1_and_keeps_them() throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("report"));
        Files.writeString(dir.resolve("notes.txt"), "mine\n", UTF_8);

        int code = run("report", "--out", dir.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("notes.txt");
        assertThat(Files.readString(dir.resolve("notes.txt"), UTF_8)).isEqualTo("mine\n");
        assertThat(names(dir)).containsExactly("notes.txt");
    }

    private static void assertSameFiles(Map<String, byte[]> actual, String variant) {
        assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(CsvReport.FILES);
        for (String file : CsvReport.FILES) {
            assertThat(new String(actual.get(file), UTF_8))
                    .as(file)
                    .isEqualTo(new String(Golden.bytes(variant, file), UTF_8));
            assertThat(actual.get(file)).as(file).isEqualTo(Golden.bytes(variant, file));
        }
    }

    private static List<String> names(Path dir) {
        List<String> names = new ArrayList<>();
        try (var list = Files.list(dir)) {
            list.map(p -> p.getFileName().toString()).sorted().forEach(names::add);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return names;
    }
}
