package org.displacementstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.displacementstats.io.RealFiles;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each published file imports through the command line, printing totals that never mix dates. */
class ImportCommandRealDataTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "idmc-gidd-conflict-idps-by-country-year.csv | idmc-gidd | | stock at 2024-12-31 (idps at year end):"
                        + " 73505422 in 71 places;latest known per place (idps at year end), not a total at one"
                        + " date: 73551362"
                        + " in 85 places, the newest part of 2024-12-31, the oldest of 2011-12-31 (13 years older)",
                "unhcr-syria-refugees-in-turkey-2011-2015.csv | series | | stock at 2015-08-25 (people"
                        + " (cumulative count)):"
                        + " 1938999 in 1 place;133 warn",
                "real/01_idmc_gidd_disaster_events_afg_hxl.csv | idmc-events | | 390 figures (0 stocks, 390 flows;"
                        + "stocks: none in the file",
                "real/02_idmc_idu_events_ind.csv | idmc-events | | 113 figures (0 stocks, 113 flows",
                "real/03_idmc_idps_country_year_hxl_raw.csv | hxl | | stock at 2021-12-31 (idps conflict):;the"
                        + " unrounded"
                        + " copy of #affected+idps+ind+stock+conflict, not added to it",
                "real/04_unhcr_endyear_population_totals.csv | unhcr-population | | stock at 2019-12-31 (refugees):",
                "real/05_unhcr_demographics.csv | unhcr-population | | stock at 2019-12-31 (refugees):",
                "real/06_unhcr_asylum_applications.csv | unhcr-population | | stocks: none in the file;flows: 313636",
                "real/07_unhcr_solutions.csv | unhcr-population | | stocks: none in the file",
                "real/08_unhcr_situations_by_origin.csv | unhcr-situations | | 25 figures (25 stocks;latest"
                        + " known per place"
                        + " (refugees), not a total at one date",
                "real/09_unhcr_syria_refugees_lebanon_series.csv | series | | stock at 2015-08-25 (people (cumulative"
                        + " count)): 1113941 in 1 place;26 warn",
                "real/10_unhcr_syria_refugees_jordan_series.csv | series | | stock at 2015-08-23 (people (cumulative"
                        + " count)): 629245 in 1 place;45 warn",
                "real/11_unhcr_popstats_asylum_monthly.csv | unhcr-monthly | | 2487 cells ('*'), missing;1"
                        + " missing values",
                "real/12_ocha_eth_drought_idps_woreda_hxl.csv | hxl | --date=2022-10-31 | stock at 2022-10-31 (idps):"
                        + " 344609 in 87 places",
            })
    void each_published_file_imports_and_prints_its_totals(
            String name, String format, String extra, String expected, @TempDir Path dir) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> args = new ArrayList<>(List.of(
                "import",
                "--format",
                format,
                RealFiles.path(name).toString(),
                "--out",
                dir.resolve("out").toString()));
        if (extra != null) {
            args.add(extra);
        }

        int code = Main.execute(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains(expected.split(";")).doesNotContain("as of )", " to )");
        assertThat(dir.resolve("out/figures.csv")).exists();
    }
}
