package org.displacementstats.report;

import java.util.Map;

/** The HXL hashtag of each report column (https://hxlstandard.org), for the optional hashtag row. */
final class Hxl {
    private static final Map<String, String> BY_COLUMN = Map.ofEntries(
            Map.entry("id", "#meta+id"),
            Map.entry("place", "#loc+name"),
            Map.entry("origin", "#loc+origin+name"),
            Map.entry("destination", "#loc+dest+name"),
            Map.entry("period_start", "#date+start"),
            Map.entry("period_end", "#date+end"),
            Map.entry("outflow_start", "#date+start"),
            Map.entry("outflow_end", "#date+end"),
            Map.entry("date", "#date"),
            Map.entry("source", "#meta+source"),
            Map.entry("status", "#status"),
            Map.entry("detail", "#description"),
            Map.entry("population_point", "#population+ind"),
            Map.entry("population_low", "#population+ind+low"),
            Map.entry("population_high", "#population+ind+high"),
            Map.entry("outflow_point", "#affected+displaced+ind"),
            Map.entry("outflow_low", "#affected+displaced+ind+low"),
            Map.entry("outflow_high", "#affected+displaced+ind+high"),
            Map.entry("remaining_point", "#population+ind+remaining"),
            Map.entry("remaining_low", "#population+ind+remaining+low"),
            Map.entry("remaining_high", "#population+ind+remaining+high"),
            Map.entry("stock_as_of", "#date+reported"),
            Map.entry("stock_point", "#population+ind"),
            Map.entry("stock_low", "#population+ind+low"),
            Map.entry("stock_high", "#population+ind+high"),
            Map.entry("flow_start", "#date+start"),
            Map.entry("flow_end", "#date+end"),
            Map.entry("flow_point", "#affected+displaced+ind"),
            Map.entry("flow_low", "#affected+displaced+ind+low"),
            Map.entry("flow_high", "#affected+displaced+ind+high"));

    /** Columns whose tag depends on the file: the point, low and high of flows are displaced people. */
    private static final Map<String, String> FLOWS = Map.of(
            "point", "#affected+displaced+ind",
            "low", "#affected+displaced+ind+low",
            "high", "#affected+displaced+ind+high");

    private Hxl() {}

    static String tag(String file, String column) {
        if (file.startsWith("flows-") && FLOWS.containsKey(column)) {
            return FLOWS.get(column);
        }
        return BY_COLUMN.getOrDefault(column, "#meta+" + column);
    }
}
