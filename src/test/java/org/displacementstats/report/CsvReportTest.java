package org.displacementstats.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.dataset.DisplacementDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dataset report still behaves as before it shared {@link ReportWriter}. */
class CsvReportTest {
    @TempDir
    Path dir;

    @Test
    void writes_the_six_report_files_with_lf_line_ends() throws IOException {
        CsvReport.write(DisplacementDataset.aleppo2016(), dir.resolve("report"));

        for (String f : CsvReport.FILES) {
            assertThat(Files.readString(dir.resolve("report").resolve(f))).as(f).doesNotContain("\r").endsWith("\n");
        }
        assertThat(Files.readString(dir.resolve("report/flows-by-destination.csv")))
                .startsWith("origin,destination,destination_kind,controlled_by,flow_id,derived,point,low,high");
    }

    @Test
    void a_failed_write_leaves_the_previous_report_as_it_was() throws IOException {
        Path out = dir.resolve("report");
        CsvReport.write(DisplacementDataset.aleppo2016(), out);
        byte[] before = Files.readAllBytes(out.resolve("figures.csv"));

        assertThatThrownBy(() -> CsvReport.write(DisplacementDataset.aleppo2016(), out,
                EnumSet.noneOf(CsvReport.Option.class), file -> {
                    throw new IOException("disk full");
                })).isInstanceOf(DisplacementDataException.class).hasMessageContaining("unchanged");

        assertThat(Files.readAllBytes(out.resolve("figures.csv"))).isEqualTo(before);
        assertThat(Files.list(dir)).containsExactly(out);
    }

    @Test
    void guard_and_unguard_round_trip_formula_like_text() {
        assertThat(CsvReport.guard("=SUM(A1)")).isEqualTo("'=SUM(A1)");
        assertThat(CsvReport.unguard(CsvReport.guard("'quoted"))).isEqualTo("'quoted");
        assertThat(CsvReport.guard("Alep-Est")).isEqualTo("Alep-Est");
    }
}
