package org.displacementstats.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import javax.imageio.ImageIO;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.dataset.DisplacementDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;

class ChartsTest {
    private static final DisplacementDataset ALEPPO = DisplacementDataset.aleppo2016();

    /** One report's charts, written once, for the tests that only read them. */
    @TempDir
    static Path written;

    @TempDir
    Path dir;

    @BeforeAll
    static void writeOnce() {
        Charts.writeTo(ALEPPO, written);
    }

    @Test
    void writes_the_svg_and_png_of_both_charts_into_the_directory() throws IOException {
        Charts.writeTo(ALEPPO, dir);

        assertThat(Charts.FILES)
                .containsExactly("flows.svg", "flows.png", "population-balance.svg", "population-balance.png");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(Charts.FILES);
        }
        for (String file : Charts.FILES) {
            assertThat(dir.resolve(file)).isRegularFile().isNotEmptyFile();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"flows.svg", "population-balance.svg"})
    void svg_is_xml_with_an_svg_root_and_no_doctype(String file) throws Exception {
        // GIVEN the charts of the Aleppo dataset (written once)

        // WHEN parsing with DOCTYPEs forbidden, so that no DTD is fetched
        Document svg = SvgDrawing.parse(Files.readAllBytes(written.resolve(file)));

        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(svg.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
    }

    @Test
    void flow_chart_labels_each_destination_with_its_name_and_count() throws Exception {
        // GIVEN the charts of the Aleppo dataset (written once)

        List<String> texts = SvgDrawing.read(written.resolve("flows.svg")).textContents();

        // THEN the stated 6,000 is exact; the derived remainder 10,000 − 6,000 is a range
        assertThat(texts)
                .contains(
                        "Cheikh Maqsoud: 6,000",
                        "zones gouvernementales: ≈ 4,000 [3,000 – 4,000]",
                        "Alep-Est: ≈ 10,000 [9,000 – 10,000]",
                        "Kurdish forces",
                        "government");
    }

    @Test
    void flow_chart_has_a_legend_entry_per_controller() throws Exception {
        // GIVEN the charts of the Aleppo dataset (written once)

        List<String> texts = SvgDrawing.read(written.resolve("flows.svg")).textContents();

        // THEN the destinations' controllers and the origin's
        assertThat(texts)
                .contains("rebels")
                .filteredOn("Kurdish forces"::equals)
                .hasSize(2);
    }

    @Test
    void controllers_take_the_palette_in_sorted_order() {
        var colours = ChartColours.controllerColours(ALEPPO);

        // THEN code unit order puts capitals first
        assertThat(colours.keySet()).containsExactly("Kurdish forces", "government", "rebels");
        assertThat(colours.values())
                .containsExactly(Charts.PALETTE.get(0), Charts.PALETTE.get(1), Charts.PALETTE.get(2));
        assertThat(Charts.PALETTE).hasSize(Charts.PALETTE_SIZE);
    }

    @Test
    void population_balance_chart_labels_each_bar_with_point_and_interval() throws Exception {
        // GIVEN the charts of the Aleppo dataset (written once)

        List<String> texts =
                SvgDrawing.read(written.resolve("population-balance.svg")).textContents();

        // THEN population, outflow and remaining
        assertThat(texts)
                .contains(
                        "≈ 250,000 [225,000 – 275,000]",
                        "≈ 10,000 [9,000 – 10,000]",
                        "≈ 240,000 [215,000 – 266,000]",
                        "Alep-Est",
                        "population",
                        "outflow",
                        "remaining");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {"flows.png; 1000; 500", "population-balance.png; 1000; 400"})
    void png_decodes_at_its_fixed_size(String file, int width, int height) throws IOException {
        // GIVEN the charts of the Aleppo dataset (written once)

        BufferedImage image = ImageIO.read(written.resolve(file).toFile());

        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(width);
        assertThat(image.getHeight()).isEqualTo(height);
    }

    @ParameterizedTest
    @ValueSource(strings = {"flows.svg", "flows.png", "population-balance.svg", "population-balance.png"})
    void writing_again_gives_identical_bytes(String file) throws IOException {
        // GIVEN the charts written once, from a dataset read afresh
        DisplacementDataset again = DisplacementDataset.aleppo2016();

        Charts.writeTo(again, dir);

        assertThat(Files.readAllBytes(dir.resolve(file))).isEqualTo(Files.readAllBytes(written.resolve(file)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr-FR", "de-DE", "hi-IN-u-nu-deva"})
    void charts_do_not_depend_on_the_default_locale(String tag) throws IOException {
        // GIVEN a report written under the root locale
        Locale saved = Locale.getDefault();
        Path root = Files.createDirectory(dir.resolve("root"));
        Path other = Files.createDirectory(dir.resolve("other"));
        try {
            Locale.setDefault(Locale.ROOT);
            Charts.writeTo(ALEPPO, root);

            // WHEN writing again under a locale with other digits or grouping separators
            Locale.setDefault(Locale.forLanguageTag(tag));
            Charts.writeTo(ALEPPO, other);
        } finally {
            Locale.setDefault(saved);
        }

        for (String file : List.of("flows.svg", "population-balance.svg")) {
            assertThat(Files.readString(other.resolve(file))).as(file).isEqualTo(Files.readString(root.resolve(file)));
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "6000; 6000; 6000; 6,000",
                "4000; 3000; 4000; ≈ 4,000 [3,000 – 4,000]",
                "1234567; 1111110; 1358024; ≈ 1,234,567 [1,111,110 – 1,358,024]",
                "6000; 6000; ; ≈ 6,000 [6,000 – ∞)",
                "0; 0; 0; 0"
            })
    void label_shows_the_point_and_only_a_range_when_the_words_allow_one(
            long point, long low, Long high, String expected) {
        String label = Amount.label(point, low, high == null ? OptionalLong.empty() : OptionalLong.of(high));

        assertThat(label).isEqualTo(expected);
    }

    @Test
    void creates_a_missing_directory_and_rejects_a_file_in_its_place() throws Exception {
        Path missing = dir.resolve("missing").resolve("charts");
        Path file = Files.writeString(dir.resolve("a-file"), "keep");

        Charts.writeTo(ALEPPO, missing);

        assertThat(Charts.FILES).allSatisfy(f -> assertThat(missing.resolve(f)).isNotEmptyFile());
        assertThatThrownBy(() -> Charts.writeTo(ALEPPO, file))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll(file.toString(), "not a directory");
        assertThat(Files.readString(file)).isEqualTo("keep");
    }
}
