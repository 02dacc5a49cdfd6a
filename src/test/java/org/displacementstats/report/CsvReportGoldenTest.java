package org.displacementstats.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.displacementstats.dataset.DisplacementDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The report of the seed dataset, byte for byte, against the reviewed files in {@code golden/}. */
class CsvReportGoldenTest {
    @TempDir
    static Path tmp;

    private static Path plain;
    private static Path hxl;

    @BeforeAll
    static void writeBothReports() {
        DisplacementDataset ds = DisplacementDataset.aleppo2016();
        plain = tmp.resolve("plain");
        hxl = tmp.resolve("hxl");
        CsvReport.write(ds, plain);
        CsvReport.write(ds, hxl, CsvReport.Option.HXL_HASHTAGS);
    }

    static Stream<Arguments> files() {
        return Stream.of(Golden.PLAIN, Golden.HXL)
                .flatMap(variant -> CsvReport.FILES.stream().map(file -> Arguments.of(variant, file)));
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("files")
    void report_file_matches_its_reviewed_golden_file_byte_for_byte(String variant, String file) throws IOException {
        // GIVEN the reviewed golden file
        byte[] golden = Golden.bytes(variant, file);

        byte[] written = Files.readAllBytes((variant.equals(Golden.PLAIN) ? plain : hxl).resolve(file));
        // THEN the text first, for a readable diff, then the bytes
        assertThat(new String(written, UTF_8)).isEqualTo(new String(golden, UTF_8));
        assertThat(written).isEqualTo(golden);
    }

    @Test
    void report_directory_holds_exactly_the_documented_files() {
        List<String> names = List.copyOf(Golden.snapshot(plain).keySet());

        assertThat(names).containsExactlyInAnyOrderElementsOf(CsvReport.FILES);
        assertThat(CsvReport.FILES)
                .containsExactly(
                        "figures.csv",
                        "population-balance.csv",
                        "flows-by-destination.csv",
                        "flows-by-controller.csv",
                        "control-changes.csv",
                        "checks.csv",
                        "reconciliation.csv",
                        "uncertainty.csv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.displacementstats.report.CsvReportGoldenTest#reportFiles")
    void hxl_variant_is_the_plain_report_with_one_hashtag_row_under_the_header(String file) throws IOException {
        List<String> plainLines =
                List.of(Files.readString(plain.resolve(file), UTF_8).split("\n", -1));

        List<String> hxlLines =
                List.of(Files.readString(hxl.resolve(file), UTF_8).split("\n", -1));

        assertThat(hxlLines).hasSize(plainLines.size() + 1);
        assertThat(hxlLines.get(0)).isEqualTo(plainLines.get(0));
        // HXL hashtags and attributes begin with a letter, then letters, digits or _ (#meta+p95)
        assertThat(hxlLines.get(1))
                .matches("\"?#[a-z][a-z0-9_]*(\\+[a-z][a-z0-9_]*)*\"?(,#[a-z][a-z0-9_]*(\\+[a-z][a-z0-9_]*)*)*");
        assertThat(hxlLines.subList(2, hxlLines.size())).isEqualTo(plainLines.subList(1, plainLines.size()));
    }

    static Stream<String> reportFiles() {
        return CsvReport.FILES.stream();
    }

    @Test
    void hxl_row_tags_population_and_displaced_people_as_in_design() throws IOException {
        List<String> balance = Files.readAllLines(hxl.resolve("population-balance.csv"), UTF_8);
        List<String> flows = Files.readAllLines(hxl.resolve("flows-by-destination.csv"), UTF_8);
        List<String> figures = Files.readAllLines(hxl.resolve("figures.csv"), UTF_8);

        assertThat(balance.get(1))
                .startsWith("\"#loc+name\",#meta+controlled_by,#population+ind,")
                .contains(",#affected+displaced+ind,#affected+displaced+ind+low,#affected+displaced+ind+high,")
                .contains(",#date+start,#date+end,");
        assertThat(flows.get(1))
                .startsWith("\"#loc+origin+name\",#loc+dest+name,")
                .contains(",#affected+displaced+ind,#affected+displaced+ind+low,#affected+displaced+ind+high,");
        assertThat(figures.get(1))
                .contains(",#loc+origin+name,#loc+dest+name,", ",#date+start,#date+end,", ",#meta+source,");
    }

    @ParameterizedTest(name = "{0} in {1} is {2}")
    @org.junit.jupiter.params.provider.CsvSource({
        "population-balance.csv, population_point, #population+ind",
        "population-balance.csv, outflow_point,    #affected+displaced+ind",
        "population-balance.csv, remaining_high,   #population+ind+remaining+high",
        "flows-by-destination.csv, point,          #affected+displaced+ind",
        "flows-by-controller.csv,  low,            #affected+displaced+ind+low",
        "figures.csv,              point,          #meta+point",
        "figures.csv,              origin,         #loc+origin+name",
        "control-changes.csv,      date,           #date",
        "checks.csv,               status,         #status",
        "checks.csv,               detail,         #description",
        "figures.csv,              quote_start,    #meta+quote_start",
    })
    void hxl_tag_of_a_column_depends_on_the_column_and_for_flows_on_the_file(String file, String column, String tag) {
        // GIVEN / WHEN
        String actual = Hxl.tag(file, column);

        assertThat(actual).isEqualTo(tag);
    }
}
