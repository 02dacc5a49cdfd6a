package org.displacementstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest extends InProcessCommandLine {

    private static String fixture(String name) throws URISyntaxException {
        return Path.of(ImportCommandTest.class
                        .getResource("/org/displacementstats/io/" + name)
                        .toURI())
                .toString();
    }

    @Test
    void idmc_gidd_import_writes_the_five_files_and_prints_the_totals(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("gidd");

        int code =
                run("import", "--format", "idmc-gidd", fixture("gidd-conflict-sample.csv"), "--out", report.toString());

        assertThat(code).as(err.toString()).isZero();
        try (var files = Files.list(report)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly(
                            "checks.csv",
                            "figures.csv",
                            "summary-by-destination.csv",
                            "summary-by-origin.csv",
                            "summary-by-period.csv");
        }
        assertThat(out.toString())
                .contains(
                        "10 figures (6 stocks, 4 flows",
                        "4 missing values kept missing",
                        "stock at 2022-12-31 (idps at year end): 5913638 in 1 place",
                        "latest known per place (idps at year end), not a total at one date: 13368016 in 4"
                                + " places, the newest"
                                + " part of 2022-12-31, the oldest of 2016-12-31 (6 years older)",
                        "flows: 20318821 (2009-01-01 to 2022-12-31)");
        assertThat(Files.readAllLines(report.resolve("figures.csv")))
                .anyMatch(l -> l.startsWith("syr-2016-total-displacement,stock,idps at year end,Syrian Arab Republic,")
                        && l.contains(",6325978,"));
        List<String> byPeriod = Files.readAllLines(report.resolve("summary-by-period.csv"), StandardCharsets.UTF_8);
        assertThat(byPeriod.get(byPeriod.size() - 1)).startsWith("total,");
    }

    @Test
    void series_import_prints_the_last_stock_and_the_falls_as_warnings(@TempDir Path dir) throws Exception {
        int code = run(
                "import",
                "--format",
                "series",
                fixture("series-sample.csv"),
                "--place",
                "Turkey",
                "--origin",
                "Syria",
                "--out",
                dir.resolve("s").toString(),
                "--hxl");

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains(
                        "stock at 2015-08-25 (people (cumulative count)): 1938999 in 1 place",
                        "flows: 1930999",
                        "2 warn",
                        "0 fail")
                .doesNotContain("latest known per place");
        assertThat(Files.readAllLines(dir.resolve("s/summary-by-destination.csv"))
                        .get(1))
                .startsWith("\"#loc+dest+name\",");
    }

    @Test
    void a_bad_row_stops_with_exit_1_and_writes_nothing(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("s.csv");
        Files.writeString(file, "2013-12-27;590000\n2013-12-28;1.200\n", StandardCharsets.UTF_8);

        int code = run(
                "import",
                "--format",
                "series",
                file.toString(),
                "--out",
                dir.resolve("out").toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("s.csv:2:2:", "'1.200'", "write 1200 if that is meant");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void skip_bad_rows_writes_them_to_rejected_csv_and_goes_on(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("s.csv");
        Files.writeString(file, "2013-12-27;590000\n2013-12-28;1.200\n2013-12-29;594536\n", StandardCharsets.UTF_8);

        int code = run(
                "import",
                "--format",
                "series",
                file.toString(),
                "--out",
                dir.resolve("out").toString(),
                "--skip-bad-rows");

        assertThat(code).as(err.toString()).isZero();
        List<String> rejected = Files.readAllLines(dir.resolve("out/rejected.csv"), StandardCharsets.UTF_8);
        assertThat(rejected.get(0)).isEqualTo("file,line,column,field,value,reason,record");
        assertThat(rejected.get(1)).contains(",2,2,count,1.200,", "2013-12-28;1.200");
        assertThat(out.toString()).contains("1 rows rejected");
    }

    @Test
    void matrix_import_with_families_times_six(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("dtm.csv");
        Files.writeString(
                file, "Governorate,Individuals_Aleppo,Families_Hama\nIdleb,1200,50\n", StandardCharsets.UTF_8);

        int code = run(
                "import",
                "--format",
                "matrix",
                file.toString(),
                "--place-columns",
                "Governorate",
                "--origin-columns",
                "Individuals_(.+)",
                "--household-size",
                "6",
                "--date",
                "2024-03-31",
                "--out",
                dir.resolve("out").toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains("stocks: none in the file", "flows: 1500 [1470, 1530]")
                .doesNotContain("as of )", " to )");
    }

    @Test
    void unknown_format_and_matrix_without_columns_are_usage_errors(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("x.csv");
        Files.writeString(file, "a\n", StandardCharsets.UTF_8);

        assertThat(run(
                        "import",
                        "--format",
                        "xlsx",
                        file.toString(),
                        "--out",
                        dir.resolve("o").toString()))
                .isEqualTo(2);
        assertThat(run(
                        "import",
                        "--format",
                        "matrix",
                        file.toString(),
                        "--out",
                        dir.resolve("o").toString()))
                .isEqualTo(2);
        assertThat(err.toString())
                .contains(
                        "--format must be one of hxl, idmc-gidd, idmc-events, unhcr-population,"
                                + " unhcr-situations, unhcr-monthly, series, matrix",
                        "--place-columns");
    }
}
