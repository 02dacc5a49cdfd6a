package org.displacementstats.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.displacementstats.dataset.DisplacementDataset;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.flow.FlowPlot;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.IntervalCategoryDataset;
import org.jfree.data.flow.FlowDataset;
import org.jfree.data.flow.NodeKey;
import org.junit.jupiter.api.Test;

/** What the charts show, read from the chart objects that {@link Charts} builds rather than from the pixels. */
class ChartsModelTest {
    private static final DisplacementDataset ALEPPO = DisplacementDataset.aleppo2016();

    @Test
    void flow_chart_carries_each_flow_from_origin_through_controller_to_destination() {
        // GIVEN the Aleppo flows: 6,000 to Cheikh Maqsoud (Kurdish forces), 4,000 to government areas

        FlowDataset<ChartNode> data = dataset(flowPlot(Charts.flowChart(ALEPPO)));

        // THEN two stages, with the point estimates as flow sizes
        assertThat(data.getStageCount()).isEqualTo(2);
        assertThat(flows(data, 0))
                .containsOnly(
                        Map.entry("Alep-Est -> Kurdish forces", 6000.0), Map.entry("Alep-Est -> government", 4000.0));
        assertThat(flows(data, 1))
                .containsOnly(
                        Map.entry("Kurdish forces -> Cheikh Maqsoud", 6000.0),
                        Map.entry("government -> zones gouvernementales", 4000.0));
    }

    @Test
    void flow_chart_nodes_take_the_colour_of_who_controls_them() {
        // GIVEN the palette in controllers' sorted order: Kurdish forces, government, rebels
        FlowPlot plot = flowPlot(Charts.flowChart(ALEPPO));
        FlowDataset<ChartNode> data = dataset(plot);

        Map<String, Color> fill = new HashMap<>();
        for (int stage = 0; stage <= data.getStageCount(); stage++) {
            List<ChartNode> nodes =
                    stage < data.getStageCount() ? data.getSources(stage) : data.getDestinations(stage - 1);
            for (ChartNode node : nodes) {
                fill.put(node.name(), plot.getNodeFillColor(new NodeKey<>(stage, node)));
            }
        }

        // THEN origin (held by rebels), controllers and destinations are coloured by controller
        assertThat(fill)
                .containsEntry("Alep-Est", Charts.PALETTE.get(2))
                .containsEntry("Kurdish forces", Charts.PALETTE.get(0))
                .containsEntry("Cheikh Maqsoud", Charts.PALETTE.get(0))
                .containsEntry("government", Charts.PALETTE.get(1))
                .containsEntry("zones gouvernementales", Charts.PALETTE.get(1));
    }

    @Test
    void population_balance_chart_has_bars_at_the_points_and_bands_over_the_intervals() {
        // GIVEN 250,000 [225,000, 275,000], 10,000 [9,000, 10,000] leaving, 240,000 [215,000, 266,000] remaining

        CategoryPlot plot = (CategoryPlot) Charts.populationBalanceChart(ALEPPO).getPlot();
        CategoryDataset points = plot.getDataset(0);
        IntervalCategoryDataset bands = (IntervalCategoryDataset) plot.getDataset(1);

        assertThat(points.getValue("population", "Alep-Est").longValue()).isEqualTo(250000L);
        assertThat(points.getValue("outflow", "Alep-Est").longValue()).isEqualTo(10000L);
        assertThat(points.getValue("remaining", "Alep-Est").longValue()).isEqualTo(240000L);
        assertThat(List.of(bands.getStartValue(0, 0), bands.getEndValue(0, 0)))
                .map(Number::longValue)
                .containsExactly(225000L, 275000L);
        assertThat(List.of(bands.getStartValue(1, 0), bands.getEndValue(1, 0)))
                .map(Number::longValue)
                .containsExactly(9000L, 10000L);
        assertThat(List.of(bands.getStartValue(2, 0), bands.getEndValue(2, 0)))
                .map(Number::longValue)
                .containsExactly(215000L, 266000L);
        assertThat(plot.getRenderer(1)).isNotNull();
        assertThat(plot.getRenderer(1).getDefaultItemLabelGenerator().generateLabel(bands, 0, 0))
                .isEqualTo("≈ 250,000 [225,000 – 275,000]");
        assertThat(plot.getRenderer(1).getDefaultItemLabelGenerator().generateRowLabel(bands, 2))
                .isEqualTo("remaining");
        assertThat(plot.getRenderer(1).getDefaultItemLabelGenerator().generateColumnLabel(bands, 0))
                .isEqualTo("Alep-Est");
    }

    @Test
    void population_balance_axis_groups_digits_with_commas() {
        NumberAxis people = (NumberAxis)
                ((CategoryPlot) Charts.populationBalanceChart(ALEPPO).getPlot()).getRangeAxis();

        String tick = people.getNumberFormatOverride().format(250_000);

        assertThat(tick).isEqualTo("250,000");
        assertThat(people.getStandardTickUnits().getCeilingTickUnit(1.5).getSize())
                .isEqualTo(2.0);
    }

    @Test
    void nodes_are_the_same_and_ordered_by_name_whatever_their_label() {
        ChartNode labelled =
                ChartNode.of("Cheikh Maqsoud", new Amount(6000, OptionalLong.of(6000), OptionalLong.of(6000)));
        ChartNode plain = ChartNode.named("Cheikh Maqsoud");
        ChartNode other = ChartNode.named("Alep-Est");

        // WHEN / THEN the label is drawn, the name identifies
        assertThat(labelled.toString()).isEqualTo("Cheikh Maqsoud: 6,000");
        assertThat(labelled).isEqualTo(plain).hasSameHashCodeAs(plain).isNotEqualTo(other);
        assertThat(labelled.compareTo(plain)).isZero();
        assertThat(labelled.compareTo(other)).isPositive();
        assertThat(other.compareTo(labelled)).isNegative();
    }

    private static FlowPlot flowPlot(JFreeChart chart) {
        return (FlowPlot) chart.getPlot();
    }

    /** FlowPlot keeps its dataset as a raw type; Charts fills it with {@link ChartNode}s. */
    @SuppressWarnings("unchecked")
    private static FlowDataset<ChartNode> dataset(FlowPlot plot) {
        return (FlowDataset<ChartNode>) plot.getDataset();
    }

    private static Map<String, Double> flows(FlowDataset<ChartNode> data, int stage) {
        Map<String, Double> flows = new HashMap<>();
        for (ChartNode from : data.getSources(stage)) {
            for (ChartNode to : data.getDestinations(stage)) {
                Number n = data.getFlow(stage, from, to);
                if (n != null) {
                    flows.put(from.name() + " -> " + to.name(), n.doubleValue());
                }
            }
        }
        return flows;
    }
}
