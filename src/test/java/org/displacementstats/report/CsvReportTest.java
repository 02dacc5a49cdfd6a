package org.displacementstats.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.dataset.DisplacementDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The dataset report still behaves as before it shared {@link ReportWriter}. */
class CsvReportTest {
    @TempDir
    Path dir;

    @Test
    void writes_the_six_report_files_with_lf_line_ends() throws IOException {
        CsvReport.write(DisplacementDataset.aleppo2016(), dir.resolve("report"));

        for (String f : CsvReport.FILES) {
            assertThat(Files.readString(dir.resolve("report").resolve(f)))
                    .as(f)
                    .doesNotContain("\r")
                    .endsWith("\n");
        }
        assertThat(Files.readString(dir.resolve("report/flows-by-destination.csv")))
                .startsWith("origin,destination,destination_kind,controlled_by,flow_id,derived,point,low,high");
    }

    @Test
    void a_failed_write_leaves_the_previous_report_as_it_was() throws IOException {
        Path out = dir.resolve("report");
        CsvReport.write(DisplacementDataset.aleppo2016(), out);
        byte[] before = Files.readAllBytes(out.resolve("figures.csv"));

        assertThatThrownBy(() -> CsvReport.write(
                        DisplacementDataset.aleppo2016(), out, EnumSet.noneOf(CsvReport.Option.class), file -> {
                            throw new IOException("disk full");
                        }))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContaining("unchanged");

        assertThat(Files.readAllBytes(out.resolve("figures.csv"))).isEqualTo(before);
        assertThat(Files.list(dir)).containsExactly(out);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "-4|-4",
                "+4|+4",
                "-0.25|-0.25",
                "-4+1|'-4+1",
                "-|'-",
                "+|'+",
                "-.5|'-.5",
                "-4.|'-4.",
                "-1e5|'-1e5",
                "=1|'=1",
                "@SUM(A1)|'@SUM(A1)"
            })
    void a_plain_signed_number_is_written_as_it_is_and_anything_else_that_starts_like_a_formula_is_guarded(
            String text, String cell) {
        assertThat(CsvReport.guard(text)).isEqualTo(cell);
        assertThat(CsvReport.unguard(cell)).isEqualTo(text);
    }

    @Test
    void guard_and_unguard_round_trip_formula_like_text() {
        assertThat(CsvReport.guard("=SUM(A1)")).isEqualTo("'=SUM(A1)");
        assertThat(CsvReport.unguard(CsvReport.guard("'quoted"))).isEqualTo("'quoted");
        assertThat(CsvReport.guard("Alep-Est")).isEqualTo("Alep-Est");
    }

    @Test
    void with_charts_the_report_holds_the_tables_then_the_charts_each_reported_as_written() throws IOException {
        List<String> reported = new ArrayList<>();

        CsvReport.write(
                DisplacementDataset.aleppo2016(),
                dir.resolve("report"),
                EnumSet.of(CsvReport.Option.CHARTS),
                file -> reported.add(file.getFileName().toString()));

        List<String> expected =
                Stream.concat(CsvReport.FILES.stream(), Charts.FILES.stream()).toList();
        assertThat(reported).containsExactlyElementsOf(expected);
        assertThat(names(dir.resolve("report"))).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(Files.readString(dir.resolve("report/flows.svg"))).contains("Cheikh Maqsoud: 6,000");
    }

    @Test
    void an_import_report_holds_its_five_tables_and_the_rejected_rows_only_when_given() throws IOException {
        DisplacementDataset ds = DisplacementDataset.aleppo2016();
        Table rejected = Table.create("rejected", StringColumn.create("reason", "=not a number"));
        Path out = dir.resolve("import");

        CsvReport.writeImport(ds, out, rejected, CsvReport.Option.HXL_HASHTAGS);
        List<String> withRejected = names(out);
        String rejectedCsv = Files.readString(out.resolve("rejected.csv"));
        CsvReport.writeImport(ds, out);

        // THEN the hashtag row is quoted (a leading # may start a comment); the second report replaces the
        // first whole: no stale rejected rows remain
        assertThat(withRejected).containsExactlyInAnyOrderElementsOf(CsvReport.IMPORT_FILES);
        assertThat(rejectedCsv).isEqualTo("reason\n\"#meta+reason\"\n'=not a number\n");
        assertThat(names(out))
                .containsExactlyInAnyOrderElementsOf(CsvReport.IMPORT_FILES.stream()
                        .filter(f -> !f.equals("rejected.csv"))
                        .toList());
        assertThat(Files.readString(out.resolve("figures.csv")))
                .startsWith("id,")
                .doesNotContain("\n#");
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
