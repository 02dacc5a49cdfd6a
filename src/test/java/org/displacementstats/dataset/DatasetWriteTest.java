package org.displacementstats.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.displacementstats.DisplacementDataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link DisplacementDataset#write(Path)} writes what {@link DisplacementDataset#read(Path)} reads back. */
class DatasetWriteTest {
    private static final RecursiveComparisonConfiguration BUT_TEXT_FILE = RecursiveComparisonConfiguration.builder()
            .withIgnoredFieldsMatchingRegexes(".*textFile")
            .build();

    @TempDir
    Path root;

    @Test
    void bundled_dataset_written_then_read_gives_equal_records() {
        DisplacementDataset ds = DisplacementDataset.aleppo2016();

        ds.write(root.resolve("copy"));
        DisplacementDataset back = DisplacementDataset.read(root.resolve("copy"));

        // THEN equal but for text_file, which names the copy of the text written beside the tables
        assertThat(back.figures())
                .usingRecursiveFieldByFieldElementComparator(BUT_TEXT_FILE)
                .isEqualTo(ds.figures());
        assertThat(back.claims())
                .usingRecursiveFieldByFieldElementComparator(BUT_TEXT_FILE)
                .isEqualTo(ds.claims());
        assertThat(back.controlChanges())
                .usingRecursiveFieldByFieldElementComparator(BUT_TEXT_FILE)
                .isEqualTo(ds.controlChanges());
        assertThat(back.sources())
                .usingRecursiveFieldByFieldElementComparator(BUT_TEXT_FILE)
                .isEqualTo(ds.sources());
    }

    @Test
    void a_written_copy_carries_its_source_texts_so_it_reads_anywhere_with_every_quote_checked() {
        DisplacementDataset ds = DisplacementDataset.aleppo2016();

        ds.write(root.resolve("copy"));
        DisplacementDataset back = DisplacementDataset.read(root.resolve("copy"));

        assertThat(root.resolve("copy").resolve("texts/afp-osdh-2016-11-29.txt"))
                .exists();
        assertThat(back.sources().get(0).textFile()).contains("texts/afp-osdh-2016-11-29.txt");
        assertThat(back.sourceText("afp-osdh-2016-11-29")).isEqualTo(ds.sourceText("afp-osdh-2016-11-29"));
        assertThat(back.checks()).isEqualTo(ds.checks());
    }

    @Test
    void written_figures_are_the_curated_file_row_for_row() throws IOException {
        DisplacementDataset ds = DisplacementDataset.aleppo2016();

        ds.write(root.resolve("copy"));

        // THEN: the derived remaining population is not written; reading derives it again
        assertThat(Files.readString(root.resolve("copy/figures.csv"), StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(AleppoCopy.DATA.resolve("figures.csv"), StandardCharsets.UTF_8));
        assertThat(Files.readString(root.resolve("copy/claims.csv"), StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(AleppoCopy.DATA.resolve("claims.csv"), StandardCharsets.UTF_8));
    }

    @Test
    void text_that_a_spreadsheet_would_run_is_guarded_on_write_and_restored_on_read() throws IOException {
        // GIVEN a place whose name begins with '='
        AleppoCopy copy = AleppoCopy.in(root.resolve("in"))
                .seedOnly()
                .replace("places.csv", "Cheikh Maqsoud,enclave", "\"=Cheikh Maqsoud\",enclave")
                .replace("figures.csv", "Alep-Est,Cheikh Maqsoud,", "Alep-Est,=Cheikh Maqsoud,");
        DisplacementDataset ds = copy.read();

        ds.write(root.resolve("out"));

        assertThat(Files.readString(root.resolve("out/places.csv"), StandardCharsets.UTF_8))
                .contains("\n'=Cheikh Maqsoud,enclave,");
        assertThat(DisplacementDataset.read(root.resolve("out")).figures())
                .usingRecursiveFieldByFieldElementComparator(BUT_TEXT_FILE)
                .isEqualTo(ds.figures());
    }

    @Test
    void refuses_a_directory_holding_other_files_and_keeps_them() throws IOException {
        Path dir = Files.createDirectories(root.resolve("mine"));
        Files.writeString(dir.resolve("notes.txt"), "keep me");

        assertThatThrownBy(() -> DisplacementDataset.aleppo2016().write(dir))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("mine", "notes.txt", "not part of the dataset");
        assertThat(Files.readString(dir.resolve("notes.txt"))).isEqualTo("keep me");
        assertThat(dir.resolve("figures.csv")).doesNotExist();
    }

    @Test
    void refuses_to_write_a_control_character_that_reading_would_reject_and_writes_nothing() {
        // GIVEN a dataset whose source note holds a NUL
        DisplacementDataset ds = DisplacementDataset.aleppo2016();
        org.displacementstats.provenance.Source s = ds.sources().get(1);
        org.displacementstats.provenance.Source.Builder copy = org.displacementstats.provenance.Source.builder(s.id())
                .publisher(s.publisher())
                .document(s.document());
        s.textFile().ifPresent(copy::textFile);
        org.displacementstats.provenance.Source withNul = (s.dateBasis()
                                == org.displacementstats.provenance.DateBasis.INFERRED
                        ? copy.inferred(s.date(), "note\u0000")
                        : copy.published(s.date()).note("note\u0000"))
                .build();
        List<org.displacementstats.provenance.Source> sources = new ArrayList<>(ds.sources());
        sources.set(1, withNul);
        DisplacementDataset bad =
                DisplacementDataset.of("bad", ds.policy(), sources, List.of(), List.of(), List.of(), Map.of());

        assertThatThrownBy(() -> bad.write(root.resolve("out")))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("sources.csv", "'note'", "U+0000");
        assertThat(root.resolve("out")).doesNotExist();
    }
}
