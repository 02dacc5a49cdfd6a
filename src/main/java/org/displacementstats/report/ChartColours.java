package org.displacementstats.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.figure.Figure;
import org.displacementstats.figure.Flow;
import org.displacementstats.table.SummaryTables;

/** Who takes which colour in the flow chart: {@link Charts#PALETTE} by sorted controller name. */
final class ChartColours {
    private ChartColours() {}

    /** The colour of each controller in the flow chart, sorted by name, the unstated last. */
    static Map<String, Color> controllerColours(DisplacementDataset dataset) {
        TreeSet<String> names = new TreeSet<>();
        boolean notStated = false;
        List<String> stated = new ArrayList<>(ChartRows.byController(SummaryTables.of(dataset)).stream()
                .map(ChartRows.ControllerFlow::controller)
                .toList());
        stated.addAll(originControllers(dataset).values());
        for (String c : stated) {
            if (c.isEmpty() || c.equals(ChartRows.NOT_STATED_NAME)) {
                notStated = true;
            } else {
                names.add(c);
            }
        }
        Map<String, Color> colours = new LinkedHashMap<>();
        int i = 0;
        for (String name : names) {
            colours.put(name, Charts.PALETTE.get(i++ % Charts.PALETTE.size()));
        }
        if (notStated) {
            colours.put(ChartRows.NOT_STATED_NAME, Charts.NOT_STATED);
        }
        return colours;
    }

    /** Who controls each origin of a flow with a named destination, as the dataset's places say. */
    static Map<String, String> originControllers(DisplacementDataset dataset) {
        Map<String, String> origins = new LinkedHashMap<>();
        for (Figure f : dataset.figures()) {
            if (f instanceof Flow flow && flow.destination().isPresent() && !flow.isMention()) {
                origins.putIfAbsent(
                        flow.origin().name(), flow.origin().controlledBy().orElse(ChartRows.NOT_STATED_NAME));
            }
        }
        return origins;
    }

    /** The colour of a controller, grey if it has none. */
    static Color colour(Map<String, Color> colours, String controller) {
        return colours.getOrDefault(controller, Charts.NOT_STATED);
    }
}
