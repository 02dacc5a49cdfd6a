package org.displacementstats.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.displacementstats.io.ImportOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large import: checks.csv counts what passed unless --all-checks, and progress covers every phase (reading,
 * then checking and writing as the file is read again, then the checks and summaries).
 */
class ImportChecksAndProgressTest extends InProcessCommandLine {

    @Test
    void checks_csv_lists_what_did_not_pass_and_one_counted_row_per_rule_that_passed(@TempDir Path dir)
            throws IOException {
        int code = run(
                "import",
                "--format",
                "series",
                SeriesFiles.write(dir, 1000).toString(),
                "--out",
                dir.resolve("r").toString());

        assertThat(code).as(err.toString()).isZero();
        List<String> checks = Files.readAllLines(dir.resolve("r/checks.csv"), UTF_8);
        assertThat(checks).hasSize(1 + 10 + 1 + 2);
        assertThat(checks.get(1)).startsWith("stock-not-falling:series-1900-04-10,warn,stock fell by 3 on 1900-04-10");
        assertThat(checks.get(11)).startsWith("quote-found:series,skipped,");
        assertThat(checks.subList(12, 14))
                .containsExactly(
                        "dates-ordered,pass,1999 checks passed; import with --all-checks to list each",
                        "stock-not-falling,pass,989 checks passed; import with --all-checks to list each");
        assertThat(out.toString()).contains("checks: 2999 (2988 pass, 10 warn, 0 fail, 1 skipped)");
    }

    @Test
    void all_checks_lists_every_check_one_row_each(@TempDir Path dir) throws IOException {
        int code = run(
                "import",
                "--format",
                "series",
                SeriesFiles.write(dir, 1000).toString(),
                "--out",
                dir.resolve("r").toString(),
                "--all-checks");

        assertThat(code).as(err.toString()).isZero();
        List<String> checks = Files.readAllLines(dir.resolve("r/checks.csv"), UTF_8);
        assertThat(checks).hasSize(1 + 2999);
        assertThat(checks).filteredOn(l -> l.contains(",pass,")).hasSize(2988);
    }

    @Test
    void a_large_import_reports_progress_while_reading_checking_and_writing(@TempDir Path dir) throws IOException {
        Path file = SeriesFiles.write(dir, 75_000, " ".repeat(40));
        assertThat(Files.size(file)).isGreaterThan(ImportOptions.PROGRESS_BYTES);

        int code = run(
                "import",
                "--format",
                "series",
                file.toString(),
                "--out",
                dir.resolve("r").toString());

        assertThat(code).as(err.toString()).isZero();
        String progress = err.toString();
        assertThat(progress)
                .contains("reading " + file + ": 100%")
                .contains("checking and writing " + file + ": 10%")
                .contains("checking and writing " + file + ": 100%")
                .contains("writing: checks.csv (224999 checks) and the summaries of 149999 figures");
        assertThat(progress.indexOf("reading")).isLessThan(progress.indexOf("checking and writing"));
        assertThat(progress.indexOf("checking and writing")).isLessThan(progress.indexOf("writing: checks.csv"));
        assertThat(Files.readAllLines(dir.resolve("r/checks.csv"), UTF_8)).hasSize(1 + 750 + 1 + 2);
    }

    @Test
    void a_small_import_prints_no_progress(@TempDir Path dir) throws IOException {
        int code = run(
                "import",
                "--format",
                "series",
                SeriesFiles.write(dir, 10).toString(),
                "--out",
                dir.resolve("r").toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).isEmpty();
    }
}
