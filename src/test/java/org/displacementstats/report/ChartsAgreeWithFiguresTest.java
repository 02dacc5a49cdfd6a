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

/** The charts say what the figures say, and where and when from. */
class ChartsAgreeWithFiguresTest {
    private static final Path BUNDLED = Path.of("data", "aleppo-2016-11");

    @TempDir
    Path tmp;

    /**
     * The bundled dataset, with « au moins 10.000 » fled, « au moins 6.000 » of them to Cheikh Maqsoud, and the
     * rest derived: the rest is (−∞, ∞), so the sum of the parts is [6,000, ∞) while the figure is [10,000, ∞).
     */
    private DisplacementDataset atLeast() throws IOException {
        Path data = Files.createDirectory(tmp.resolve("data"));
        for (String file : List.of("sources.csv", "places.csv", "figures.csv", "claims.csv", "control-changes.csv")) {
            String text = Files.readString(BUNDLED.resolve(file), StandardCharsets.UTF_8)
                    .replace("../../seeds/", Path.of("seeds").toAbsolutePath() + "/")
                    .replace(
                            "fled-east-aleppo,flow,fled,,Alep-Est,,2016-11-27,2016-11-28,day,nearly,10000,",
                            "fled-east-aleppo,flow,fled,,Alep-Est,,2016-11-27,2016-11-28,day,at_least,10000,")
                    .replace(
                            "Cheikh Maqsoud,2016-11-27,2016-11-28,day,exact,6000,",
                            "Cheikh Maqsoud,2016-11-27,2016-11-28,day,at_least,6000,");
            Files.writeString(data.resolve(file), text, StandardCharsets.UTF_8);
        }
        DisplacementDataset ds = DisplacementDataset.read(data);
        assertThat(ds.figure("fled-east-aleppo").estimate().interval().toString())
                .isEqualTo("[10000, inf)");
        return ds;
    }

    private List<String> flowTexts(DisplacementDataset ds) throws Exception {
        return SvgDrawing.of(ChartEncoding.svg(Charts.flowChart(ds), Charts.WIDTH, Charts.FLOWS_HEIGHT))
                .textContents();
    }

    @Test
    void an_origin_is_labelled_with_the_figure_its_flows_are_part_of() throws Exception {
        List<String> texts = flowTexts(atLeast());

        assertThat(texts)
                .contains("Alep-Est: ≈ 10,000 [10,000 – ∞)", "Cheikh Maqsoud: ≈ 6,000 [6,000 – ∞)")
                .doesNotContain("Alep-Est: ≈ 10,000 [6,000 – ∞)");
    }

    @Test
    void a_count_unbounded_below_is_labelled_so_as_the_csv_leaves_its_low_bound_empty() throws Exception {
        DisplacementDataset ds = atLeast();

        assertThat(ds.figure("fled-to-government-areas").estimate().interval().low())
                .isEmpty();
        assertThat(flowTexts(ds)).contains("zones gouvernementales: ≈ 4,000 (−∞ – ∞)");
    }

    @Test
    void the_bundled_origin_keeps_its_label() throws Exception {
        assertThat(flowTexts(DisplacementDataset.aleppo2016())).contains("Alep-Est: ≈ 10,000 [9,000 – 10,000]");
    }

    @Test
    void every_chart_names_its_sources_with_their_dates_and_the_period_of_its_figures() throws Exception {
        DisplacementDataset ds = DisplacementDataset.aleppo2016();
        String source = "Source: AFP, citing the Observatoire syrien des droits de l'homme (OSDH), 2016-11-29;"
                + " figures of 2016-11-27 to 2016-11-28";

        assertThat(flowTexts(ds)).contains(source);
        assertThat(SvgDrawing.of(ChartEncoding.svg(
                                Charts.populationBalanceChart(ds), Charts.WIDTH, Charts.BALANCE_HEIGHT))
                        .textContents())
                .contains(source);
    }
}
