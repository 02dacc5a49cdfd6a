package org.displacementstats.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.stats.UncertaintySettings;
import org.displacementstats.table.SeedDatasetCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Text cells that a spreadsheet would run as a formula are written with a leading {@code '}. */
class CsvReportInjectionTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(
            strings = {
                "=1+2",
                "=HYPERLINK(\"http://example.org\",\"x\")",
                "+33 1 23 45 67 89",
                "-2+3",
                "@SUM(A1:A2)",
                "\tindented",
                "\rreturn",
                "'s-Hertogenbosch",
                "=",
                "+",
                "-",
                "@",
                "\t",
                "\r",
                "'"
            })
    void guard_prefixes_a_quote_to_text_beginning_with_a_formula_character(String text) {
        // GIVEN text beginning with = + - @ TAB CR or '

        String cell = CsvReport.guard(text);

        assertThat(cell).isEqualTo("'" + text);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(
            strings = {
                "",
                "Alep-Est",
                "zones gouvernementales",
                " =1+2",
                "a=b",
                "1-2",
                "2016-11-28",
                "Haydariyé",
                "« près de »",
                "x'"
            })
    void guard_leaves_other_text_as_it_is(String text) {
        // GIVEN text that a spreadsheet shows as text

        String cell = CsvReport.guard(text);

        assertThat(cell).isSameAs(text);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "Alep-Est", "=1+2", "+1", "-1", "@x", "\tx", "\rx", "'", "''", "'=1", "a'"})
    void unguard_restores_exactly_the_text_that_guard_was_given(String text) {
        String cell = CsvReport.guard(text);

        String restored = CsvReport.unguard(cell);

        assertThat(restored).isEqualTo(text);
    }

    @Test
    void unguard_removes_one_leading_quote_only() {
        // GIVEN a cell that guards text which itself began with a quote
        String cell = "''=1";

        String restored = CsvReport.unguard(cell);

        assertThat(restored).isEqualTo("'=1");
        assertThat(CsvReport.unguard("Alep-Est")).isEqualTo("Alep-Est");
    }

    @Test
    void place_names_beginning_with_formula_characters_are_guarded_in_every_report_file() {
        // GIVEN a copy of the seed whose place names and controller begin with @ = - +
        Path data = hostileCopy();

        CsvReport.write(DisplacementDataset.read(data), tmp.resolve("report"));

        List<List<String>> flows = ReportCsv.read(tmp.resolve("report/flows-by-destination.csv"));
        assertThat(ReportCsv.column(flows, "origin")).containsOnly("'@Alep-Est");
        assertThat(ReportCsv.column(flows, "destination"))
                .containsExactly("'=Cheikh Maqsoud", "zones gouvernementales");
        assertThat(ReportCsv.column(flows, "controlled_by")).containsExactly("'+Kurdish forces", "government");
        List<List<String>> balance = ReportCsv.read(tmp.resolve("report/population-balance.csv"));
        assertThat(ReportCsv.column(balance, "place")).containsExactly("'@Alep-Est");
        List<List<String>> byController = ReportCsv.read(tmp.resolve("report/flows-by-controller.csv"));
        assertThat(ReportCsv.column(byController, "controlled_by")).containsExactly("'+Kurdish forces", "government");
        List<List<String>> changes = ReportCsv.read(tmp.resolve("report/control-changes.csv"));
        assertThat(ReportCsv.column(changes, "place")).contains("'-Sakhour").doesNotContain("-Sakhour");
        List<List<String>> figures = ReportCsv.read(tmp.resolve("report/figures.csv"));
        assertThat(ReportCsv.column(figures, "destination")).contains("'=Cheikh Maqsoud");
    }

    @Test
    void guarded_cells_read_back_with_unguard_give_the_names_of_the_data() {
        Path data = hostileCopy();
        CsvReport.write(DisplacementDataset.read(data), tmp.resolve("report"));

        List<List<String>> flows = ReportCsv.read(tmp.resolve("report/flows-by-destination.csv"));

        assertThat(ReportCsv.column(flows, "destination").stream().map(CsvReport::unguard))
                .containsExactly("=Cheikh Maqsoud", "zones gouvernementales");
        assertThat(ReportCsv.column(flows, "origin").stream().map(CsvReport::unguard))
                .containsOnly("@Alep-Est");
    }

    static Stream<String> files() {
        return CsvReport.FILES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void number_and_date_cells_are_never_prefixed_even_when_negative(String file) {
        // GIVEN hostile names and « quelque 5.000 habitants », so that 10,000 leaving gives negative remainders
        Path data = hostileCopy();
        SeedDatasetCopy.replaceOnce(data.resolve("figures.csv"), ",about,250000,", ",about,5000,");
        DisplacementDataset ds = DisplacementDataset.read(data);
        Table table = CsvReport.tables(ds, UncertaintySettings.DEFAULT).get(file);
        CsvReport.write(ds, tmp.resolve("report"));

        List<List<String>> records = ReportCsv.read(tmp.resolve("report").resolve(file));

        for (ReportColumn written : ReportColumn.of(table)) {
            Column<?> column = written.column();
            if (column instanceof StringColumn) {
                continue;
            }
            assertThat(ReportCsv.column(records, column.name()))
                    .as("%s %s", file, column.name())
                    .noneMatch(cell -> cell.startsWith("'"));
        }
    }

    @Test
    void negative_remainders_print_as_plain_negative_numbers() {
        // GIVEN « quelque 5.000 habitants », of whom « près de 10.000 » fled: failing checks, unchanged figures
        Path data = hostileCopy();
        SeedDatasetCopy.replaceOnce(data.resolve("figures.csv"), ",about,250000,", ",about,5000,");

        CsvReport.write(DisplacementDataset.read(data), tmp.resolve("report"));
        // THEN [4500, 5500] − [9000, 10000] = [−5500, −3500]
        List<List<String>> balance = ReportCsv.read(tmp.resolve("report/population-balance.csv"));
        assertThat(ReportCsv.column(balance, "remaining_point")).containsExactly("-5000");
        assertThat(ReportCsv.column(balance, "remaining_low")).containsExactly("-5500");
        assertThat(ReportCsv.column(balance, "remaining_high")).containsExactly("-3500");
        List<List<String>> checks = ReportCsv.read(tmp.resolve("report/checks.csv"));
        Map<String, String> status = new HashMap<>();
        for (List<String> r : checks.subList(1, checks.size())) {
            status.put(r.get(0), r.get(1));
        }
        assertThat(status)
                .containsEntry("derived-non-negative:east-aleppo-population-remaining", "fail")
                .containsEntry("flow-within-population:fled-east-aleppo", "fail");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void the_seed_report_has_no_guarded_cells(String file) {
        // GIVEN the reviewed golden file: no name in the seed begins with a formula character
        String text = new String(Golden.bytes(Golden.PLAIN, file), UTF_8);

        List<String> lines = List.of(text.split("\n"));

        assertThat(lines).noneMatch(line -> line.startsWith("'") || line.contains(",'"));
    }

    /** The seed with "@Alep-Est", "=Cheikh Maqsoud" held by "+Kurdish forces", and "-Sakhour". */
    private Path hostileCopy() {
        Path data = SeedDatasetCopy.copyTo(tmp.resolve("in"));
        Path places = data.resolve("places.csv");
        SeedDatasetCopy.replaceOnce(places, "\nAlep-Est,district,rebels", "\n@Alep-Est,district,rebels");
        SeedDatasetCopy.replaceOnce(
                places, "\nCheikh Maqsoud,enclave,Kurdish forces", "\n=Cheikh Maqsoud,enclave,+Kurdish forces");
        SeedDatasetCopy.replaceOnce(places, "\nSakhour,", "\n-Sakhour,");
        SeedDatasetCopy.replaceAll(data.resolve("figures.csv"), ",Alep-Est,", ",@Alep-Est,");
        SeedDatasetCopy.replaceOnce(data.resolve("figures.csv"), ",Cheikh Maqsoud,", ",=Cheikh Maqsoud,");
        SeedDatasetCopy.replaceOnce(
                data.resolve("control-changes.csv"), "sakhour-taken,Sakhour,", "sakhour-taken,-Sakhour,");
        return data;
    }
}
