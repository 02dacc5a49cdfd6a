package org.displacementstats.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.figure.Interval;
import org.displacementstats.figure.QuantifierPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link DisplacementDataset#read(Path)} on a copy of {@code data/aleppo-2016-11/}, and the CSV forms it accepts. */
class DatasetDirectoryReadTest {
    @TempDir
    Path root;

    @Test
    void copy_of_the_data_directory_reads_as_the_bundled_dataset() throws IOException {
        AleppoCopy copy = AleppoCopy.in(root);
        DisplacementDataset bundled = DisplacementDataset.aleppo2016();

        DisplacementDataset read = copy.read();

        assertThat(read.name()).isEqualTo("aleppo-2016-11");
        assertThat(read.figures()).isEqualTo(bundled.figures());
        assertThat(read.controlChanges()).isEqualTo(bundled.controlChanges());
        assertThat(read.sources()).isEqualTo(bundled.sources());
        assertThat(read.checks()).isEqualTo(bundled.checks());
    }

    @Test
    void source_text_is_read_through_the_relative_text_file_path() throws IOException {
        AleppoCopy copy = AleppoCopy.in(root);

        DisplacementDataset read = copy.read();

        assertThat(read.sourceText("afp-osdh-2016-11-29"))
                .contains(Files.readString(AleppoCopy.SEED, StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0} under {1} %")
    @CsvSource(delimiter = '|', textBlock = """
            east-aleppo-population           | 10 | 225000 | 275000
            east-aleppo-population           | 20 | 200000 | 300000
            fled-east-aleppo                 | 10 | 9000   | 10000
            fled-east-aleppo                 | 20 | 8000   | 10000
            fled-to-sheikh-maqsoud           | 20 | 6000   | 6000
            fled-to-government-areas         | 20 | 2000   | 4000
            east-aleppo-population-remaining | 20 | 190000 | 292000
            """)
    void wider_margin_widens_about_and_nearly_and_what_is_derived_from_them(String id, int margin, long low, long high)
            throws IOException {
        AleppoCopy copy = AleppoCopy.in(root);

        DisplacementDataset read = copy.read(new QuantifierPolicy(margin));

        assertThat(read.policy().marginPercent()).isEqualTo(margin);
        assertThat(read.figure(id).estimate().interval()).isEqualTo(Interval.closed(low, high));
    }

    @Test
    void wider_margin_keeps_the_stated_points() throws IOException {
        AleppoCopy copy = AleppoCopy.in(root);

        DisplacementDataset wide = copy.read(new QuantifierPolicy(20));

        assertThat(wide.figure("east-aleppo-population").estimate().point()).isEqualTo(OptionalLong.of(250_000));
        assertThat(wide.figure("fled-to-government-areas").estimate().point()).isEqualTo(OptionalLong.of(4_000));
        assertThat(wide.figure("east-aleppo-population-remaining").estimate().point())
                .isEqualTo(OptionalLong.of(240_000));
        assertThat(wide.figures())
                .extracting(f -> f.count().orElse(null))
                .isEqualTo(DisplacementDataset.aleppo2016().figures().stream()
                        .map(f -> f.count().orElse(null))
                        .toList());
    }

    @Test
    void bundled_dataset_under_a_policy_equals_the_directory_read_under_it() throws IOException {
        AleppoCopy copy = AleppoCopy.in(root);
        QuantifierPolicy policy = new QuantifierPolicy(20);

        DisplacementDataset read = copy.read(policy);

        assertThat(read.figures())
                .isEqualTo(DisplacementDataset.aleppo2016(policy).figures());
    }

    @Test
    void utf8_byte_order_mark_at_the_start_of_a_file_is_accepted() throws IOException {
        AleppoCopy copy = AleppoCopy.in(root);
        for (String file : new String[] {"sources.csv", "places.csv", "figures.csv", "control-changes.csv"}) {
            copy.writeText(file, "\uFEFF" + copy.text(file));
        }

        DisplacementDataset read = copy.read();

        assertThat(read.figures()).isEqualTo(DisplacementDataset.aleppo2016().figures());
        assertThat(read.controlChanges())
                .isEqualTo(DisplacementDataset.aleppo2016().controlChanges());
    }

    @Test
    void crlf_line_ends_are_accepted() throws IOException {
        AleppoCopy copy = AleppoCopy.in(root);
        for (String file : new String[] {"sources.csv", "places.csv", "figures.csv", "control-changes.csv"}) {
            copy.writeText(file, copy.text(file).replace("\n", "\r\n"));
        }

        DisplacementDataset read = copy.read();

        assertThat(read.figures()).isEqualTo(DisplacementDataset.aleppo2016().figures());
        assertThat(read.sources()).isEqualTo(DisplacementDataset.aleppo2016().sources());
        assertThat(read.checks()).isEqualTo(DisplacementDataset.aleppo2016().checks());
    }

    @Test
    void quoted_text_cells_may_hold_commas_and_newlines() throws IOException {
        AleppoCopy copy = AleppoCopy.in(root)
                .set(
                        "sources.csv",
                        "afp-osdh-2016-11-29",
                        "note",
                        "Printed on Tuesday, 29 November 2016.\r\n"
                                + "« hier » is Monday 28 November,\nwhen the north-east fell.")
                .set("figures.csv", "fled-east-aleppo", "what", "fled, on foot\nor by car");

        DisplacementDataset read = copy.read();

        assertThat(read.sources().get(0).note())
                .isEqualTo("Printed on Tuesday, 29 November 2016.\r\n"
                        + "« hier » is Monday 28 November,\nwhen the north-east fell.");
        assertThat(read.figure("fled-east-aleppo").what()).isEqualTo("fled, on foot\nor by car");
        assertThat(read.figure("fled-to-sheikh-maqsoud").count())
                .isEqualTo(DisplacementDataset.aleppo2016()
                        .figure("fled-to-sheikh-maqsoud")
                        .count());
    }

    @Test
    void line_numbers_after_a_multi_line_cell_count_the_file_lines() throws IOException {
        // GIVEN: the cell on line 3 spans two lines, so fled-to-sheikh-maqsoud starts on line 5
        AleppoCopy copy = AleppoCopy.in(root)
                .set("figures.csv", "fled-east-aleppo", "what", "fled,\non foot")
                .set("figures.csv", "fled-to-sheikh-maqsoud", "count", "6 000");

        assertThatThrownBy(copy::read)
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContaining("figures.csv line 5, column 11 'count'");
    }

    @Test
    void control_changes_file_is_optional() throws IOException {
        AleppoCopy copy = AleppoCopy.in(root);
        Files.delete(copy.file("control-changes.csv"));

        DisplacementDataset read = copy.read();

        assertThat(read.controlChanges()).isEmpty();
        assertThat(read.figures()).isEqualTo(DisplacementDataset.aleppo2016().figures());
    }
}
