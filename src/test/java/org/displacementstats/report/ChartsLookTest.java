package org.displacementstats.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.figure.Count;
import org.displacementstats.report.SvgDrawing.Mark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The look that {@link Charts} documents, read from the SVG it draws: backgrounds, fonts, sizes, colours, the
 * order of what is drawn over what, and where labels and legends go.
 */
class ChartsLookTest {
    private static final DisplacementDataset ALEPPO = DisplacementDataset.aleppo2016();
    private static final String WHITE = "rgb(255,255,255)";
    private static final String BLACK = "rgb(0,0,0)";
    private static final List<String> MEASURE_COLOURS = List.of("rgb(0,114,178)", "rgb(213,94,0)", "rgb(0,158,115)");
    private static final double BAND_OPACITY = 96 / 255.0;

    private static SvgDrawing flows(DisplacementDataset ds) {
        return SvgDrawing.of(ChartEncoding.svg(Charts.flowChart(ds), Charts.WIDTH, Charts.FLOWS_HEIGHT));
    }

    private static SvgDrawing balance(DisplacementDataset ds) {
        return SvgDrawing.of(ChartEncoding.svg(Charts.populationBalanceChart(ds), Charts.WIDTH, Charts.BALANCE_HEIGHT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"flows", "population balance"})
    void both_charts_are_drawn_on_white_with_no_frame(String chart) {
        SvgDrawing svg = chart.equals("flows") ? flows(ALEPPO) : balance(ALEPPO);

        Mark first = svg.marks().get(0);

        // THEN the whole picture is painted white first, and no rectangle is outlined
        assertThat(first.tag()).isEqualTo("rect");
        assertThat(first.fill()).isEqualTo(WHITE);
        assertThat(List.of(first.x(), first.y(), first.width(), first.height()))
                .containsExactly(0.0, 0.0, svg.width(), svg.height());
        assertThat(svg.select(m -> !m.tag().equals("line") && !m.tag().equals("text")))
                .allSatisfy(m -> assertThat(m.stroke()).as("%s", m).isEqualTo("none"));
        assertThat(svg.texts())
                .allSatisfy(t -> assertThat(t.fill()).as(t.text()).isEqualTo(BLACK));
    }

    @Test
    void flow_chart_texts_have_the_size_of_their_role_and_the_legend_is_at_the_bottom() {
        SvgDrawing svg = flows(ALEPPO);
        List<Mark> nodes = nodes(svg);
        double lowestNode = nodes.stream().mapToDouble(Mark::bottom).max().orElseThrow();

        List<Mark> legend = svg.select(m -> m.isText() && m.y() > lowestNode);
        List<Mark> nodeLabels =
                svg.select(m -> m.isText() && m.y() > nodes.get(0).y() && m.y() <= lowestNode);

        // THEN title 16 bold; subtitle and legend 11; the node labels 12
        Mark title = svg.text("Flows by who controls the destination");
        assertThat(title.fontSize()).isEqualTo(16);
        assertThat(title.bold()).isTrue();
        assertThat(svg.select(m -> m.isText() && m.text().startsWith("origin → ")))
                .singleElement()
                .satisfies(t -> assertThat(t.fontSize()).isEqualTo(11));
        // the legend, then the source line at the foot
        assertThat(legend)
                .extracting(Mark::text)
                .containsExactly(
                        "Kurdish forces",
                        "government",
                        "rebels",
                        "Source: AFP, citing the Observatoire syrien des droits de l'homme (OSDH), 2016-11-29;"
                                + " figures of 2016-11-27 to 2016-11-28");
        assertThat(legend).allSatisfy(t -> assertThat(t.fontSize()).isEqualTo(11));
        assertThat(nodeLabels).extracting(Mark::text).contains("Cheikh Maqsoud: 6,000", "government");
        assertThat(nodeLabels)
                .allSatisfy(t -> assertThat(t.fontSize()).as(t.text()).isEqualTo(12));
        assertThat(nodeLabels).noneMatch(Mark::bold);
    }

    @Test
    void flow_chart_nodes_are_14_pixels_wide_and_4_percent_of_the_plot_apart_10_pixels_from_the_edges() {
        SvgDrawing svg = flows(ALEPPO);

        // WHEN the plot is the white area inside the picture; the last column holds both destinations
        Mark plot = svg.select(m -> m.tag().equals("rect") && m.fill().equals(WHITE))
                .get(1);
        List<Mark> nodes = nodes(svg);
        double lastColumn = nodes.stream().mapToDouble(Mark::x).max().orElseThrow();
        List<Mark> destinations = nodes.stream()
                .filter(n -> n.x() == lastColumn)
                .sorted(Comparator.comparingDouble(Mark::y))
                .toList();

        assertThat(List.of(plot.x(), svg.width() - plot.right())).containsExactly(10.0, 10.0);
        assertThat(nodes).allSatisfy(n -> assertThat(n.width()).isEqualTo(14.0));
        assertThat(nodes.stream().mapToDouble(Mark::x).min().orElseThrow()).isEqualTo(plot.x());
        assertThat(lastColumn + 14.0).isEqualTo(plot.right());
        assertThat(destinations).hasSize(2);
        assertThat(destinations.get(1).y() - destinations.get(0).bottom())
                .isCloseTo(0.04 * plot.height(), within(1e-6));
    }

    @Test
    void destinations_are_grouped_under_their_controller_so_that_flows_do_not_cross() {
        // GIVEN destinations in name order A, B, C, where A and C are held by X and B by Y
        DisplacementDataset ds = new ChartData()
                .place("Origin", "R")
                .place("A", "X")
                .place("B", "Y")
                .place("C", "X")
                .flow("Origin", "A", Count.exact(100))
                .flow("Origin", "B", Count.exact(200))
                .flow("Origin", "C", Count.exact(300))
                .build();

        List<Mark> nodes = nodes(flows(ds));
        double lastColumn = nodes.stream().mapToDouble(Mark::x).max().orElseThrow();
        List<String> fromTop = nodes.stream()
                .filter(n -> n.x() == lastColumn)
                .sorted(Comparator.comparingDouble(Mark::y))
                .map(Mark::fill)
                .toList();

        // THEN each controller's destinations are next to each other
        assertThat(fromTop).hasSize(3);
        assertThat(runs(fromTop)).isEqualTo(2);
    }

    @Test
    void population_balance_bars_are_flat_in_the_colour_of_their_measure_without_shadows() {
        SvgDrawing svg = balance(ALEPPO);

        Set<String> fills =
                svg.select(Mark::isFilledShape).stream().map(Mark::fill).collect(Collectors.toSet());

        // THEN no gradient, no grey shadow: white, the measures' colours, and black (bands and glyphs)
        assertThat(svg.gradients()).isZero();
        assertThat(fills)
                .containsExactlyInAnyOrder(
                        WHITE, BLACK, MEASURE_COLOURS.get(0), MEASURE_COLOURS.get(1), MEASURE_COLOURS.get(2));
        for (int m = 0; m < MEASURE_COLOURS.size(); m++) {
            assertThat(svg.rects(MEASURE_COLOURS.get(m)))
                    .as("bars of measure %d", m)
                    .hasSize(1);
        }
        assertThat(svg.rects(MEASURE_COLOURS.get(0)).get(0).width())
                .isGreaterThan(svg.rects(MEASURE_COLOURS.get(2)).get(0).width())
                .isGreaterThan(svg.rects(MEASURE_COLOURS.get(1)).get(0).width());
    }

    @Test
    void population_balance_legend_shows_each_measure_with_its_colour_in_11_pixels() {
        SvgDrawing svg = balance(ALEPPO);

        for (int m = 0; m < MEASURE_COLOURS.size(); m++) {
            Mark text = svg.text(List.of("population", "outflow", "remaining").get(m));
            Mark swatch = svg.marks().get(text.order() - 1);

            assertThat(text.fontSize()).isEqualTo(11);
            assertThat(swatch.fill()).isEqualTo(MEASURE_COLOURS.get(m));
            assertThat(swatch.right()).isLessThanOrEqualTo(text.x());
        }
    }

    @Test
    void each_band_is_translucent_black_drawn_over_exactly_its_bar() {
        SvgDrawing svg = balance(ALEPPO);
        List<Mark> bands = bands(svg);

        for (String colour : MEASURE_COLOURS) {
            Mark bar = svg.rects(colour).get(0);
            List<Mark> over = bands.stream()
                    .filter(b -> b.order() > bar.order()
                            && Math.abs(b.y() - bar.y()) < 1e-9
                            && Math.abs(b.height() - bar.height()) < 1e-9)
                    .toList();

            // THEN the band spans the bar's end: the point lies between low and high
            assertThat(over)
                    .as("band over the %s bar", colour)
                    .singleElement()
                    .satisfies(b -> assertThat(bar.right()).isBetween(b.x(), b.right()));
        }
        assertThat(bands).hasSize(3).allSatisfy(b -> assertThat(b.fillOpacity()).isCloseTo(BAND_OPACITY, within(1e-6)));
    }

    @Test
    void each_label_is_written_in_11_pixels_just_right_of_its_band() {
        SvgDrawing svg = balance(ALEPPO);

        for (Mark band : bands(svg)) {
            // WHEN the label is the text drawn right after the band
            Mark label = svg.marks().get(band.order() + 1);

            assertThat(label.text()).startsWith("≈ ");
            assertThat(label.fontSize()).isEqualTo(11);
            assertThat(label.x() - band.right()).isBetween(0.0, 5.0);
            assertThat(label.y()).isBetween(band.y(), band.bottom());
        }
    }

    @Test
    void a_band_below_zero_is_drawn_and_labelled_like_the_others() {
        // GIVEN 3,000 leave a place of about 2,000: the remaining people are negative (the checks fail)
        DisplacementDataset ds = new ChartData()
                .place("Origin", "R")
                .place("A", "X")
                .population("Origin", Count.about(2_000))
                .flow("Origin", "A", Count.exact(3_000))
                .build();
        SvgDrawing svg = balance(ds);

        // WHEN the last band is that of the remaining people (the exact outflow has none)
        List<Mark> bands = bands(svg);
        Mark band = bands.get(bands.size() - 1);
        Mark label = svg.marks().get(band.order() + 1);

        // THEN it lies left of zero, labelled on its right
        assertThat(band.right())
                .isLessThan(svg.rects(MEASURE_COLOURS.get(0)).get(0).x());
        assertThat(label.text()).isEqualTo("≈ -1,000 [-1,200 – -800]");
        assertThat(label.x() - band.right()).isBetween(0.0, 5.0);
        assertThat(label.y()).isBetween(band.y(), band.bottom());
    }

    @Test
    void population_balance_axes_place_names_at_12_and_people_ticks_at_11_below_the_bars_on_light_grid() {
        SvgDrawing svg = balance(ALEPPO);
        double lowestBar = MEASURE_COLOURS.stream()
                .flatMap(c -> svg.rects(c).stream())
                .mapToDouble(Mark::bottom)
                .max()
                .orElseThrow();

        List<Mark> ticks = ticks(svg);
        List<Mark> lines = svg.select(m -> m.tag().equals("line"));

        assertThat(svg.text("Alep-Est").fontSize()).isEqualTo(12);
        assertThat(svg.text("people").fontSize()).isEqualTo(12);
        assertThat(ticks).extracting(Mark::text).contains("0", "50,000", "250,000");
        assertThat(ticks).allSatisfy(t -> {
            assertThat(t.fontSize()).isEqualTo(11);
            assertThat(t.y()).isGreaterThan(lowestBar);
        });
        assertThat(lines)
                .extracting(Mark::stroke)
                .contains("rgb(221,221,221)")
                .containsOnly("rgb(221,221,221)", "rgb(128,128,128)");
    }

    @Test
    void people_axis_ticks_are_whole_distinct_numbers_even_for_a_handful_of_people() {
        // GIVEN 3 people, of whom 1 left
        DisplacementDataset ds = new ChartData()
                .place("Origin", "R")
                .place("A", "X")
                .population("Origin", Count.exact(3))
                .flow("Origin", "A", Count.exact(1))
                .build();

        List<String> ticks = ticks(balance(ds)).stream().map(Mark::text).toList();

        // THEN no half steps printed as repeated whole numbers
        assertThat(ticks).contains("0", "1", "2", "3").doesNotHaveDuplicates();
    }

    /** Nodes of the flow chart: rectangles in a controller's colour (the legend's swatches are paths). */
    private static List<Mark> nodes(SvgDrawing svg) {
        Set<String> palette = new HashSet<>();
        for (Color c : Charts.PALETTE) {
            palette.add(SvgDrawing.rgb(c));
        }
        palette.add(SvgDrawing.rgb(Charts.NOT_STATED));
        return svg.select(m -> m.tag().equals("rect") && palette.contains(m.fill()));
    }

    private static List<Mark> bands(SvgDrawing svg) {
        return svg.select(m -> m.tag().equals("rect") && m.fill().equals(BLACK) && m.fillOpacity() < 1);
    }

    /** Tick labels of the people axis: numbers drawn outside the bars' area (where exact bars' labels are). */
    private static List<Mark> ticks(SvgDrawing svg) {
        String bars = svg.rects(MEASURE_COLOURS.get(0)).get(0).clip();
        return svg.select(m -> m.isText() && !m.clip().equals(bars) && m.text().matches("-?[0-9.,]+"));
    }

    private static int runs(List<String> values) {
        List<String> runs = new ArrayList<>();
        for (String v : values) {
            if (runs.isEmpty() || !runs.get(runs.size() - 1).equals(v)) {
                runs.add(v);
            }
        }
        return runs.size();
    }
}
