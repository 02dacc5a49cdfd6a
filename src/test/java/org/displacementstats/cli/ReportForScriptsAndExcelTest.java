package org.displacementstats.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.displacementstats.report.CsvReport;
import org.displacementstats.report.Golden;
import org.displacementstats.table.SeedDatasetCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What scripts and spreadsheet users get from {@code report}: counts, --strict, --bom and --xlsx. */
class ReportForScriptsAndExcelTest extends InProcessCommandLine {
    @TempDir
    Path tmp;

    /** The seed dataset with its population dated the day after the people fled: a balance that cannot form. */
    private Path datasetWithAWarning() {
        Path data = SeedDatasetCopy.copyTo(tmp.resolve("in"));
        SeedDatasetCopy.replaceOnce(
                data.resolve("figures.csv"), "Alep-Est,,,2016-11-27,2016-11-27,", "Alep-Est,,,2016-11-28,2016-11-28,");
        return data;
    }

    @Test
    void the_console_summary_counts_failed_warned_and_skipped_checks() {
        int code = run("report", "--out", tmp.resolve("r").toString());

        assertThat(code).isZero();
        assertThat(out.toString()).contains("(7 figures, 38 checks, 0 failed, 0 warned, 4 skipped)");
    }

    @Test
    void strict_exits_0_when_no_check_fails_or_warns_even_with_skipped_quote_checks() {
        int code = run("report", "--strict", "--out", tmp.resolve("r").toString());

        assertThat(code).isZero();
    }

    @Test
    void strict_exits_3_on_a_warning_and_still_writes_the_report() {
        Path data = datasetWithAWarning();

        int code = run(
                "report",
                "--strict",
                "--data",
                data.toString(),
                "--out",
                tmp.resolve("r").toString());

        assertThat(code).isEqualTo(CheckCounts.CHECKS_NOT_CLEAN);
        assertThat(out.toString()).contains("1 warned");
        assertThat(tmp.resolve("r").resolve("checks.csv"))
                .content(UTF_8)
                .contains("population-balance:east-aleppo-population,warn,");
    }

    @Test
    void without_strict_a_warning_exits_0() {
        int code = run(
                "report",
                "--data",
                datasetWithAWarning().toString(),
                "--out",
                tmp.resolve("r").toString());

        assertThat(code).isZero();
        assertThat(out.toString()).contains("0 failed, 1 warned");
    }

    @Test
    void bom_starts_every_file_with_a_byte_order_mark_and_changes_nothing_else() throws IOException {
        Path dir = tmp.resolve("r");

        int code = run("report", "--bom", "--out", dir.toString());

        assertThat(code).isZero();
        for (String file : CsvReport.FILES) {
            byte[] bytes = Files.readAllBytes(dir.resolve(file));
            assertThat(Arrays.copyOf(bytes, 3)).as(file).containsExactly(0xEF, 0xBB, 0xBF);
            assertThat(Arrays.copyOfRange(bytes, 3, bytes.length)).as(file).isEqualTo(Golden.bytes(Golden.PLAIN, file));
        }
    }

    @Test
    void xlsx_writes_one_sheet_per_table_with_numbers_as_numbers() throws IOException {
        Path book = tmp.resolve("aleppo.xlsx");

        int code = run("report", "--out", tmp.resolve("r").toString(), "--xlsx", book.toString());

        assertThat(code).isZero();
        assertThat(out.toString()).contains("and the workbook " + book);
        try (ReadableWorkbook wb = new ReadableWorkbook(book.toFile())) {
            List<String> sheets = wb.getSheets().map(Sheet::getName).toList();
            assertThat(sheets)
                    .containsExactlyElementsOf(CsvReport.FILES.stream()
                            .map(f -> f.replace(".csv", ""))
                            .toList());
            List<Row> balance = wb.findSheet("population-balance").orElseThrow().read();
            assertThat(balance.get(0).getCellText(0)).isEqualTo("place");
            assertThat(balance.get(1).getCellText(0)).isEqualTo("Alep-Est");
            int remaining = headerIndex(balance.get(0), "remaining_point");
            assertThat(balance.get(1).getCell(remaining).getType()).isEqualTo(CellType.NUMBER);
            assertThat(balance.get(1).getCellAsNumber(remaining)).contains(new BigDecimal("240000"));
            int share = headerIndex(balance.get(0), "share_out_point");
            assertThat(balance.get(1).getCellAsNumber(share))
                    .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.04"));
        }
    }

    @Test
    void xlsx_keeps_text_that_looks_like_a_formula_as_text() throws IOException {
        Path data = SeedDatasetCopy.copyTo(tmp.resolve("in"));
        SeedDatasetCopy.replaceAll(data.resolve("places.csv"), "Cheikh Maqsoud,", "\"=Cheikh Maqsoud\",");
        SeedDatasetCopy.replaceAll(data.resolve("figures.csv"), ",Cheikh Maqsoud,", ",=Cheikh Maqsoud,");
        Path book = tmp.resolve("b.xlsx");

        int code = run(
                "report", "--data", data.toString(), "--out", tmp.resolve("r").toString(), "--xlsx", book.toString());

        assertThat(code).isZero();
        try (ReadableWorkbook wb = new ReadableWorkbook(book.toFile())) {
            List<Row> flows = wb.findSheet("flows-by-destination").orElseThrow().read();
            int destination = headerIndex(flows.get(0), "destination");
            assertThat(flows).extracting(r -> r.getCellText(destination)).contains("=Cheikh Maqsoud");
            assertThat(flows)
                    .allSatisfy(
                            r -> assertThat(r.getCell(destination).getType()).isNotEqualTo(CellType.FORMULA));
        }
    }

    private static int headerIndex(Row header, String name) {
        for (int i = 0; i < header.getCellCount(); i++) {
            if (header.getCellText(i).equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no column " + name);
    }
}
