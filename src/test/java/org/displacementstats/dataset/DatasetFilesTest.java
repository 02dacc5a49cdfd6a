package org.displacementstats.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.displacementstats.DisplacementDataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where dataset files come from, how they are named in messages, and the size bound, at its edge. */
class DatasetFilesTest {
    private static final int MAX = DatasetFiles.MAX_FILE_BYTES;

    @TempDir
    Path dir;

    @Test
    void a_file_of_exactly_16_mib_is_read_and_one_byte_more_is_refused_naming_the_file() throws IOException {
        // GIVEN two files of ASCII letters at and just over the bound
        byte[] atBound = new byte[MAX];
        Arrays.fill(atBound, (byte) 'a');
        Files.write(dir.resolve("at.csv"), atBound);
        Files.write(dir.resolve("over.csv"), Arrays.copyOf(atBound, MAX + 1));
        DatasetFiles files = DatasetFiles.directory(dir);

        assertThat(files.text("at.csv")).hasValueSatisfying(t -> assertThat(t).hasSize(MAX));
        assertThatThrownBy(() -> files.text("over.csv"))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessage(dir.resolve("over.csv") + ": must be at most 16777216 bytes but has 16777217");
    }

    @Test
    void bytes_over_the_bound_are_refused_whatever_their_origin() {
        // GIVEN bytes read from elsewhere (the jar's resources)
        byte[] over = new byte[MAX + 1];
        Arrays.fill(over, (byte) 'a');

        assertThat(DatasetFiles.decode("x.csv", Arrays.copyOf(over, MAX))).hasSize(MAX);
        assertThatThrownBy(() -> DatasetFiles.decode("x.csv", over))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessage("x.csv: must be at most 16777216 bytes but has 16777217");
    }

    @Test
    void text_loses_its_byte_order_mark_and_a_bad_byte_is_named_with_its_line_and_offset() {
        byte[] bom = "\uFEFFid\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'a', '\n', 'b', '\n', (byte) 0xC3, '(', '\n'};

        assertThat(DatasetFiles.decode("x.csv", bom)).isEqualTo("id\n");
        assertThatThrownBy(() -> DatasetFiles.decode("x.csv", bad))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessage("x.csv line 3: must be UTF-8 text but byte 0xC3 at byte offset 4 is not valid UTF-8;"
                        + " save the file as UTF-8");
    }

    @Test
    void a_directory_and_the_bundled_resources_name_their_files_and_miss_absent_ones() {
        DatasetFiles directory = DatasetFiles.directory(dir);
        DatasetFiles bundled = DatasetFiles.resources(DatasetFiles.ALEPPO_2016);

        assertThat(directory.location()).isEqualTo(dir.toString());
        assertThat(directory.displayName("sub/../figures.csv"))
                .isEqualTo(dir.resolve("figures.csv").toString());
        assertThat(directory.text("figures.csv")).isEmpty();
        assertThat(bundled.location()).isEqualTo("classpath:" + DatasetFiles.ALEPPO_2016);
        assertThat(bundled.displayName("figures.csv")).isEqualTo(DatasetFiles.ALEPPO_2016 + "figures.csv");
        assertThat(bundled.text("figures.csv"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("id,kind,"));
        assertThat(bundled.text("nope.csv")).isEmpty();
    }
}
