package org.displacementstats.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.dataset.Check;
import org.displacementstats.dataset.CheckStatus;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.figure.Figure;
import org.displacementstats.figure.Flow;
import org.displacementstats.figure.Quantifier;
import org.displacementstats.table.SummaryTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

class MatrixImportTest {
    /** Two host districts; Idleb has no individuals for Hama, only families; row totals, one of them wrong. */
    private static final String MATRIX = String.join(
            "\r\n",
            "Governorate;District;Individuals_Aleppo;Individuals_Hama;Families_Aleppo;Families_Hama;Individuals_Total",
            "Idleb;Harim;1200;;200;50;1200",
            "Idleb;Dana;600;300;100;50;950",
            "");

    private static final MatrixLayout LAYOUT = MatrixLayout.of(List.of("Governorate", "District"), "Individuals_(.+)")
            .withFamilies("Families_(.+)", new BigDecimal("6"))
            .on(LocalDate.of(2024, 3, 31));

    private static DisplacementDataset matrix(Path dir) throws IOException {
        Path file = dir.resolve("dtm.csv");
        Files.writeString(file, MATRIX, StandardCharsets.UTF_8);
        return Importers.matrix(file, LAYOUT).dataset();
    }

    @Test
    void each_origin_column_is_a_flow_from_the_origin_into_the_host_place(@TempDir Path dir) throws IOException {
        DisplacementDataset ds = matrix(dir);

        Flow f = (Flow) ds.figure("idleb-dana-from-hama");
        assertThat(f.origin().name()).isEqualTo("Hama");
        assertThat(f.destination().orElseThrow().name()).isEqualTo("Idleb / Dana");
        assertThat(f.estimate().point()).hasValue(300);
        assertThat(f.period().start()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(f.evidence().quote().orElseThrow().exact()).isEqualTo("Idleb;Dana;600;300;100;50;950");
    }

    @Test
    void families_times_six_count_as_about_that_many_people_where_individuals_are_blank(@TempDir Path dir)
            throws IOException {
        DisplacementDataset ds = matrix(dir);

        Figure f = ds.figure("idleb-harim-from-hama");
        assertThat(f.count().orElseThrow().quantifier()).isEqualTo(Quantifier.ABOUT);
        assertThat(f.estimate().point()).hasValue(50 * 6);
        assertThat(f.what()).isEqualTo("displaced individuals (families × 6)");
        assertThat(ds.figure("idleb-harim-from-aleppo").estimate().point())
                .as("individuals win")
                .hasValue(1200);
    }

    @Test
    void row_totals_are_checked_against_the_origin_columns_not_trusted(@TempDir Path dir) throws IOException {
        DisplacementDataset ds = matrix(dir);

        assertThat(ds.checks())
                .filteredOn(c -> c.rule().equals("row-total-matches"))
                .extracting(Check::status)
                .containsExactly(CheckStatus.PASS, CheckStatus.FAIL);
        assertThat(ds.checks())
                .filteredOn(c -> c.id().equals("row-total-matches:idleb-dana-individuals-total"))
                .singleElement()
                .extracting(Check::detail)
                .asString()
                .isEqualTo("dtm.csv line 3: Individuals_Aleppo 600 + Individuals_Hama 300 = 900 falls short of"
                        + " Individuals_Total 950 by 50");
        assertThat(ds.figures())
                .extracting(f -> f.estimate().point().getAsLong())
                .doesNotContain(950L);
    }

    @Test
    void summaries_by_origin_add_the_flows_of_each_origin(@TempDir Path dir) throws IOException {
        Table byOrigin = SummaryTables.of(matrix(dir)).byOrigin();

        assertThat(byOrigin.stringColumn("origin").asList()).containsExactly("Aleppo", "Hama", "total");
        assertThat(byOrigin.longColumn("flow_point").asList()).containsExactly(1800L, 600L, 2400L);
        assertThat(byOrigin.longColumn("stock_point").isMissing(2)).isTrue();
    }

    @Test
    void an_origin_pattern_that_matches_no_column_names_the_columns(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("dtm.csv");
        Files.writeString(file, MATRIX, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Importers.matrix(file, MatrixLayout.of(List.of("Governorate"), "IDPs_(.+)")))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("dtm.csv:1:", "'IDPs_(.+)'", "Individuals_Aleppo");
    }
}
