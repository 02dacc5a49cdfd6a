package org.displacementstats.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.table.SummaryTables;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.flow.FlowPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.flow.DefaultFlowDataset;
import org.jfree.data.flow.NodeKey;

/** The Sankey chart of {@link Charts#flowChart}: origin, who controls the destination, destination. */
final class FlowChart {
    private FlowChart() {}

    static JFreeChart of(DisplacementDataset dataset) {
        SummaryTables tables = SummaryTables.of(dataset);
        Map<String, Color> colours = ChartColours.controllerColours(dataset);

        Map<String, Amount> origins = new LinkedHashMap<>();
        Set<String> controllers = new LinkedHashSet<>();
        Map<List<String>, Amount> originToController = new LinkedHashMap<>();
        // An origin is labelled with the flows its rows are part of (« au moins 10.000 », [10,000, ∞)), each once,
        // plus the rows that are part of none: the sum of the parts can be wider than the whole.
        Set<String> totals = new LinkedHashSet<>();
        Set<String> drawn = new LinkedHashSet<>();
        for (ChartRows.ControllerFlow row : ChartRows.byController(tables)) {
            Amount whole = row.totalId()
                    .map(id -> Amount.of(dataset.figure(id).estimate()))
                    .orElse(row.amount());
            if (row.totalId().isEmpty() || totals.add(row.totalId().get())) {
                origins.merge(row.origin(), whole, Amount::plus);
            }
            controllers.add(row.controller());
            originToController.merge(List.of(row.origin(), row.controller()), row.amount(), Amount::plus);
            drawn.addAll(row.flowIds());
            row.totalId().ifPresent(drawn::add);
        }
        List<String> controllerOrder = new ArrayList<>(controllers);
        Map<List<String>, Amount> controllerToDestination = new LinkedHashMap<>();
        Map<String, Amount> destinations = new LinkedHashMap<>();
        List<ChartRows.DestinationFlow> rows = new ArrayList<>(ChartRows.byDestination(tables));
        // Destinations grouped under their controller, in the controllers' order, so that flows do not cross.
        rows.sort((a, b) ->
                Integer.compare(controllerOrder.indexOf(a.controller()), controllerOrder.indexOf(b.controller())));
        for (ChartRows.DestinationFlow row : rows) {
            destinations.merge(row.destination(), row.amount(), Amount::plus);
            controllerToDestination.merge(List.of(row.controller(), row.destination()), row.amount(), Amount::plus);
        }

        DefaultFlowDataset<ChartNode> data = new DefaultFlowDataset<>();
        for (Map.Entry<List<String>, Amount> e : originToController.entrySet()) {
            String origin = e.getKey().get(0);
            String controller = e.getKey().get(1);
            data.setFlow(
                    0,
                    ChartNode.of(origin, origins.get(origin)),
                    ChartNode.named(controller),
                    e.getValue().point());
        }
        for (Map.Entry<List<String>, Amount> e : controllerToDestination.entrySet()) {
            String controller = e.getKey().get(0);
            String destination = e.getKey().get(1);
            data.setFlow(
                    1,
                    ChartNode.named(controller),
                    ChartNode.of(destination, destinations.get(destination)),
                    e.getValue().point());
        }

        FlowPlot plot = new FlowPlot(data);
        plot.setDefaultNodeLabelFont(ChartStyle.LABEL_FONT);
        plot.setNodeWidth(14.0);
        plot.setNodeMargin(0.04);
        plot.setInsets(new RectangleInsets(10, 10, 10, 10));
        Map<String, String> controllerOfOrigin = ChartColours.originControllers(dataset);
        for (String origin : origins.keySet()) {
            plot.setNodeFillColor(
                    new NodeKey<>(0, ChartNode.of(origin, origins.get(origin))),
                    ChartColours.colour(colours, controllerOfOrigin.getOrDefault(origin, ChartRows.NOT_STATED_NAME)));
        }
        for (String controller : controllers) {
            plot.setNodeFillColor(
                    new NodeKey<>(1, ChartNode.named(controller)), ChartColours.colour(colours, controller));
        }
        for (List<String> key : controllerToDestination.keySet()) {
            String destination = key.get(1);
            plot.setNodeFillColor(
                    new NodeKey<>(2, ChartNode.of(destination, destinations.get(destination))),
                    ChartColours.colour(colours, key.get(0)));
        }

        JFreeChart chart = ChartStyle.finish(
                new JFreeChart("Flows by who controls the destination", ChartStyle.TITLE_FONT, plot, false),
                "origin → who controls the destination → destination; "
                        + "≈ point [low – high] where the source's words allow a range");
        LegendTitle legend = new LegendTitle(() -> {
            LegendItemCollection items = new LegendItemCollection();
            for (Map.Entry<String, Color> e : colours.entrySet()) {
                LegendItem item = new LegendItem(e.getKey(), e.getValue());
                item.setLabelFont(ChartStyle.SMALL_FONT);
                items.add(item);
            }
            return items;
        });
        legend.setPosition(RectangleEdge.BOTTOM);
        chart.addSubtitle(legend);
        return ChartSource.add(chart, ChartSource.line(dataset, drawn));
    }
}
