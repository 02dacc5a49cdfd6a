package org.displacementstats.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.displacementstats.dataset.DisplacementDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The charts shown in README.md are what {@link Charts} draws today for the bundled dataset. */
class ReadmePictureTest {
    private static final Path IMAGES = Path.of("src", "site", "images");

    @TempDir
    Path tmp;

    @Test
    void readme_pictures_carry_the_labels_that_the_charts_draw_now() throws IOException {
        // GIVEN the charts of the bundled dataset, drawn now
        Charts.writeTo(DisplacementDataset.aleppo2016(), tmp);

        for (String svg : List.of("flows.svg", "population-balance.svg")) {
            // WHEN comparing the text of the picture in README with the text drawn now
            List<String> shown = SvgDrawing.read(IMAGES.resolve(svg)).textContents();
            List<String> drawn = SvgDrawing.read(tmp.resolve(svg)).textContents();

            // THEN they are the same labels, in the same order (regenerate with report --charts if not)
            assertThat(shown).as(svg).isNotEmpty().isEqualTo(drawn);
        }
        assertThat(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8))
                .contains("](src/site/images/flows.svg)");
    }
}
