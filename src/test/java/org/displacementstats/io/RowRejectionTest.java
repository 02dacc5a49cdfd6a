package org.displacementstats.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.dataset.CheckStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A record with a problem is read no further: it stops the import, or is set aside with nothing of it kept. */
class RowRejectionTest {
    private static final String REPEATED_ID =
            "Place,Date,ID,IDPs\n#adm1+name,#date+reported,#meta+id,#affected+idps+ind\n"
                    + "Alep,2024-03-31,alep-1,100\nIdlib,2024-03-31,alep-1,50\nTotal,2024-03-31,,100\n";

    private static Path write(Path dir, String text) throws IOException {
        Path file = dir.resolve("idps.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void a_row_set_aside_adds_neither_its_figure_nor_its_values_to_the_total_row_check(@TempDir Path dir)
            throws IOException {
        ImportResult r = Importers.hxl(write(dir, REPEATED_ID), ImportOptions.skippingBadRows());

        assertThat(r.rejected()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(4);
            assertThat(row.column()).isEqualTo(4);
            assertThat(row.field()).isEqualTo("IDPs");
            assertThat(row.reason())
                    .isEqualTo("each record must give its figure once, but id 'alep-1' was already read on line 3;"
                            + " remove the duplicate record");
            assertThat(row.record()).isEqualTo("Idlib,2024-03-31,alep-1,50");
        });
        assertThat(r.dataset().figures())
                .singleElement()
                .satisfies(f -> assertThat(f.id()).isEqualTo("alep-1"));
        assertThat(r.dataset().checks())
                .filteredOn(c -> c.id().startsWith("total-row-matches:"))
                .singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(CheckStatus.PASS));
    }

    @Test
    void without_skipping_the_first_problem_of_a_row_stops_the_import(@TempDir Path dir) throws IOException {
        Path file = write(
                dir,
                "Place,Date,IDPs,Returnees\n#adm1+name,#date+reported,#affected+idps+ind,#affected+returnees+ind\n"
                        + "Alep,2024-3-31,1.200,x\n");

        assertThatThrownBy(() -> Importers.hxl(file, ImportOptions.strict()))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessage(file + ":3:3: column 'IDPs': expected a whole number, grouped by thousands only with"
                        + " commas or spaces (1.200 could be 1.2) but was '1.200'; write 1200 if that is meant");
    }
}
