package org.displacementstats.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.displacementstats.table.SummaryTables;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;

/**
 * The rows of the summary tables that the charts draw, as typed records: the tables' columns are read here by
 * name, once, and nowhere else in the charts.
 */
final class ChartRows {
    /** The name a place with no stated controller is grouped under. */
    static final String NOT_STATED_NAME = "(controller not stated)";

    private ChartRows() {}

    /**
     * A row of {@link SummaryTables#flowsByController()}.
     *
     * @param origin where the people left
     * @param controller who controls the destinations, or {@link #NOT_STATED_NAME}
     * @param amount how many
     * @param flowIds the flows summed
     * @param totalId the flow they are part of, if any
     */
    record ControllerFlow(
            String origin, String controller, Amount amount, List<String> flowIds, Optional<String> totalId) {}

    /**
     * A row of {@link SummaryTables#flowsByDestination()}.
     *
     * @param origin where the people left
     * @param destination where they went
     * @param controller who controls the destination, or {@link #NOT_STATED_NAME}
     * @param amount how many
     * @param flowId the flow
     */
    record DestinationFlow(String origin, String destination, String controller, Amount amount, String flowId) {}

    /**
     * A row of {@link SummaryTables#populationBalance()}.
     *
     * @param place the place
     * @param measures the population, the outflow and the people remaining, in {@link #MEASURES} order
     * @param figureIds the population, the flows out and the people remaining
     */
    record Balance(String place, List<Amount> measures, List<String> figureIds) {}

    /** The measures of the population balance, as the table's column prefixes and the chart's series. */
    static final List<String> MEASURES = List.of("population", "outflow", "remaining");

    static List<ControllerFlow> byController(SummaryTables tables) {
        Table t = tables.flowsByController();
        List<ControllerFlow> rows = new ArrayList<>();
        for (int row = 0; row < t.rowCount(); row++) {
            String total = t.stringColumn("total_id").get(row);
            rows.add(new ControllerFlow(
                    t.stringColumn("origin").get(row),
                    controller(t.stringColumn("controlled_by").get(row)),
                    amount(t, row, ""),
                    List.of(t.stringColumn("flow_ids").get(row).split(" ")),
                    total.isEmpty() ? Optional.empty() : Optional.of(total)));
        }
        return rows;
    }

    static List<DestinationFlow> byDestination(SummaryTables tables) {
        Table t = tables.flowsByDestination();
        List<DestinationFlow> rows = new ArrayList<>();
        for (int row = 0; row < t.rowCount(); row++) {
            rows.add(new DestinationFlow(
                    t.stringColumn("origin").get(row),
                    t.stringColumn("destination").get(row),
                    controller(t.stringColumn("controlled_by").get(row)),
                    amount(t, row, ""),
                    t.stringColumn("flow_id").get(row)));
        }
        return rows;
    }

    static List<Balance> balance(SummaryTables tables) {
        Table t = tables.populationBalance();
        List<Balance> rows = new ArrayList<>();
        for (int row = 0; row < t.rowCount(); row++) {
            List<Amount> measures = new ArrayList<>();
            for (String measure : MEASURES) {
                measures.add(amount(t, row, measure + "_"));
            }
            List<String> ids = new ArrayList<>();
            ids.add(t.stringColumn("population_id").get(row));
            ids.addAll(List.of(t.stringColumn("outflow_ids").get(row).split(" ")));
            ids.add(t.stringColumn("remaining_id").get(row));
            rows.add(new Balance(t.stringColumn("place").get(row), List.copyOf(measures), List.copyOf(ids)));
        }
        return rows;
    }

    /** A count from the columns {@code <prefix>point}, {@code <prefix>low} and {@code <prefix>high}. */
    static Amount amount(Table table, int row, String prefix) {
        LongColumn point = table.longColumn(prefix + "point");
        LongColumn low = table.longColumn(prefix + "low");
        LongColumn high = table.longColumn(prefix + "high");
        return new Amount(
                point.isMissing(row) ? 0 : point.getLong(row),
                low.isMissing(row) ? OptionalLong.empty() : OptionalLong.of(low.getLong(row)),
                high.isMissing(row) ? OptionalLong.empty() : OptionalLong.of(high.getLong(row)));
    }

    private static String controller(String cell) {
        return cell.isEmpty() ? NOT_STATED_NAME : cell;
    }
}
