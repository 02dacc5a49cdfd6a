package org.displacementstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import command as an analyst uses it: dates given, options that would do nothing, HXL both ways. */
class ImportRealHabitsTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void hxl_without_a_date_column_imports_with_date_and_stops_clearly_without(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("woredas.csv");
        Files.writeString(
                file,
                "Woreda,IDPs\n#adm3+code,#affected+idps+ind\nET020102,1206\nET050107,1102\n",
                StandardCharsets.UTF_8);

        assertThat(run(
                        "import",
                        "--format",
                        "hxl",
                        file.toString(),
                        "--out",
                        dir.resolve("a").toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("has no date column", "--date");
        assertThat(run(
                        "import",
                        "--format",
                        "hxl",
                        file.toString(),
                        "--date",
                        "2022-10-31",
                        "--out",
                        dir.resolve("b").toString()))
                .as(err.toString())
                .isZero();
        assertThat(out.toString()).contains("stock at 2022-10-31 (idps): 2308 in 2 places", "flows: none in the file");
    }

    @Test
    void a_bad_date_option_is_a_usage_error(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("w.csv");
        Files.writeString(file, "#adm1+name,#affected+idps\nA,1\n", StandardCharsets.UTF_8);

        assertThat(run(
                        "import",
                        "--format",
                        "hxl",
                        file.toString(),
                        "--date",
                        "2022-02-30",
                        "--out",
                        dir.resolve("o").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--date: expected a day YYYY-MM-DD", "2022-02-30 is not a day");
    }

    @Test
    void families_matched_as_origins_and_a_household_size_without_families_are_errors(@TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("dtm.csv");
        Files.writeString(file, "Governorate,Families_Aleppo\nIdleb,50\n", StandardCharsets.UTF_8);

        int families = run(
                "import",
                "--format",
                "matrix",
                file.toString(),
                "--place-columns",
                "Governorate",
                "--origin-columns",
                "Families_(.+)",
                "--household-size",
                "6",
                "--date",
                "2024-03-31",
                "--out",
                dir.resolve("o").toString());

        assertThat(families).isEqualTo(1);
        assertThat(err.toString())
                .contains("'Families_Aleppo' counts families or households", "never counted as people");
        assertThat(dir.resolve("o")).doesNotExist();
    }

    @Test
    void an_option_of_another_format_has_no_effect_and_is_a_usage_error(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("s.csv");
        Files.writeString(file, "2016-11-28;10\n", StandardCharsets.UTF_8);

        assertThat(run(
                        "import",
                        "--format",
                        "series",
                        file.toString(),
                        "--household-size",
                        "6",
                        "--out",
                        dir.resolve("o").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--household-size has no effect with --format series");
        assertThat(run(
                        "import",
                        "--format",
                        "series",
                        file.toString(),
                        "--date",
                        "2016",
                        "--out",
                        dir.resolve("o").toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("--date has no effect");
    }

    @Test
    void import_format_hxl_reads_the_figures_that_report_hxl_writes(@TempDir Path dir) throws IOException {
        assertThat(run("report", "--hxl", "--out", dir.resolve("report").toString()))
                .as(err.toString())
                .isZero();

        int code = run(
                "import",
                "--format",
                "hxl",
                dir.resolve("report/figures.csv").toString(),
                "--out",
                dir.resolve("back").toString());

        assertThat(code).as(err.toString()).isZero();
        String figures = Files.readString(dir.resolve("back/figures.csv"), StandardCharsets.UTF_8);
        assertThat(figures).contains("fled-east-aleppo,flow,", ",nearly,10000,", "east-aleppo-population,stock,");
    }
}
