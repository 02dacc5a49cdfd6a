package org.displacementstats.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.table.Columns;
import org.displacementstats.table.SummaryTables;
import org.jfree.chart.JFreeChart;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/** The answers first: the headline numbers of {@link HtmlReport}, and its two charts. */
final class HtmlHeadline {
    private HtmlHeadline() {}

    /** Population and people who fled, where they went, by who controls the destination. */
    static void numbers(Html html, DisplacementDataset dataset, SummaryTables tables) {
        html.element(
                        "p",
                        "≈ point [low – high] where the source's words allow a range; ∞) when they set no upper"
                                + " bound. Each number links to its figure, and each figure to the words of its"
                                + " source.")
                .line();
        html.element("h3", "Population and people who fled").line();
        Table b = tables.populationBalance();
        if (b.rowCount() == 0) {
            html.element("p", "No population with flows out of its place in this dataset.")
                    .line();
        } else {
            HtmlTables.head(
                    html,
                    "Population balance: population − people who fled = people remaining",
                    "Place",
                    "Controlled by",
                    "Population",
                    "Fled",
                    "Remaining",
                    "Share who fled",
                    "Period of the flight");
            for (int r = 0; r < b.rowCount(); r++) {
                String[] out = b.stringColumn("outflow_ids").get(r).split(" ");
                html.open("tr")
                        .element("th", b.stringColumn("place").get(r), "scope", "row")
                        .element("td", b.stringColumn("controlled_by").get(r));
                people(
                        html,
                        b,
                        r,
                        "population_",
                        b.stringColumn("population_id").get(r));
                people(html, b, r, "outflow_", out[0]);
                people(html, b, r, "remaining_", b.stringColumn("remaining_id").get(r));
                html.element("td", share(b, r, "share_out_"), "class", "number")
                        .element(
                                "td",
                                ReportWriter.cell(b.column("outflow_start"), r) + " to "
                                        + ReportWriter.cell(b.column("outflow_end"), r))
                        .close("tr")
                        .line();
            }
            html.close("tbody").close("table").line();
        }
        html.element("h3", "Where they went").line();
        Table d = tables.flowsByDestination();
        if (d.rowCount() == 0) {
            html.element("p", "No flow with a named destination in this dataset.")
                    .line();
        } else {
            HtmlTables.head(
                    html,
                    "Flows by destination",
                    "From",
                    "To",
                    "Controlled by",
                    "People",
                    "Share of the flow it is part of");
            for (int r = 0; r < d.rowCount(); r++) {
                html.open("tr")
                        .element("td", d.stringColumn("origin").get(r))
                        .element("th", d.stringColumn("destination").get(r), "scope", "row")
                        .element("td", d.stringColumn("controlled_by").get(r));
                people(html, d, r, "", d.stringColumn("flow_id").get(r));
                html.element("td", share(d, r, "share_of_total_"), "class", "number")
                        .close("tr")
                        .line();
            }
            html.close("tbody").close("table").line();
        }
        html.element("h3", "By who controls the destination").line();
        Table c = tables.flowsByController();
        if (c.rowCount() == 0) {
            html.element("p", "No flow with a named destination in this dataset.")
                    .line();
        } else {
            HtmlTables.head(
                    html,
                    "Flows by who controls the destination",
                    "From",
                    "Controlled by",
                    "People",
                    "Share of the flow it is part of",
                    "Figures");
            for (int r = 0; r < c.rowCount(); r++) {
                String controller = c.stringColumn("controlled_by").get(r);
                html.open("tr")
                        .element("td", c.stringColumn("origin").get(r))
                        .element("th", controller.isEmpty() ? ChartRows.NOT_STATED_NAME : controller, "scope", "row");
                people(html, c, r, "", null);
                html.element("td", share(c, r, "share_of_total_"), "class", "number")
                        .open("td");
                for (String id : c.stringColumn("flow_ids").get(r).split(" ")) {
                    html.link(HtmlSources.figureAnchor(id), id).raw(" ");
                }
                html.close("td").close("tr").line();
            }
            html.close("tbody").close("table").line();
        }
        if (dataset.isImported()) {
            html.element("h3", "Totals by period").line();
            HtmlTables.plain(html, tables.byPeriod(), "Stocks and flows by period, then the total");
        }
    }

    /** Both charts as inline SVG, each with a caption that says in words what it shows. */
    static void charts(Html html, DisplacementDataset dataset, SummaryTables tables) {
        List<String> flows = new ArrayList<>();
        for (ChartRows.DestinationFlow f : ChartRows.byDestination(tables)) {
            flows.add(f.origin() + " → " + f.controller() + " → " + f.destination() + ": "
                    + f.amount().label());
        }
        chart(
                html,
                "flows",
                Charts.flowChart(dataset),
                Charts.FLOWS_HEIGHT,
                "Flows by who controls the"
                        + " destination. "
                        + (flows.isEmpty() ? "No flow with a named destination." : String.join("; ", flows) + "."));
        List<String> places = new ArrayList<>();
        for (ChartRows.Balance b : ChartRows.balance(tables)) {
            List<String> parts = new ArrayList<>();
            for (int m = 0; m < ChartRows.MEASURES.size(); m++) {
                parts.add(ChartRows.MEASURES.get(m) + " " + b.measures().get(m).label());
            }
            places.add(b.place() + ": " + String.join(", ", parts));
        }
        chart(
                html,
                "balance",
                Charts.populationBalanceChart(dataset),
                Charts.BALANCE_HEIGHT,
                "Population balance. "
                        + (places.isEmpty()
                                ? "No population with flows out of its place."
                                : String.join("; ", places) + "."));
    }

    private static void chart(Html html, String id, JFreeChart chart, int height, String description) {
        String svg = ChartEncoding.inlineSvg(chart, Charts.WIDTH, height, id);
        html.open("figure", "class", "chart")
                .line()
                .raw(svg.replaceFirst("<svg ", "<svg role=\"img\" aria-labelledby=\"" + id + "-caption\" "))
                .line()
                .element("figcaption", description, "id", id + "-caption")
                .line()
                .close("figure")
                .line();
    }

    /** A people cell: the count and its interval, linking to its figure when there is one. */
    private static void people(Html html, Table t, int r, String prefix, String figureId) {
        String label = Amount.label(
                HtmlTables.optional(t, prefix + "point", r),
                HtmlTables.optional(t, prefix + "low", r),
                HtmlTables.optional(t, prefix + "high", r));
        html.open("td", "class", "number");
        if (figureId == null || figureId.isEmpty()) {
            html.text(label);
        } else {
            html.link(HtmlSources.figureAnchor(figureId), label);
        }
        html.close("td");
    }

    /** A share in percent with its interval ({@code 60 % [0 – 60 %]}), or empty. */
    private static String share(Table t, int r, String prefix) {
        OptionalDouble point = value(t.doubleColumn(prefix + "point"), r);
        if (point.isEmpty()) {
            return "";
        }
        OptionalDouble low = value(t.doubleColumn(prefix + "low"), r);
        OptionalDouble high = value(t.doubleColumn(prefix + "high"), r);
        String p = percent(point.getAsDouble());
        if (low.isEmpty() && !unbounded(t, prefix + "low", r) || high.isEmpty() && !unbounded(t, prefix + "high", r)) {
            // A whole that can be 0 leaves the share's interval undefined, which is not unbounded.
            return "≈ " + p;
        }
        String lo = low.isPresent() ? "[" + percent(low.getAsDouble()) : "(−∞";
        String hi = high.isPresent() ? percent(high.getAsDouble()) + "]" : "∞)";
        return lo.equals("[" + p) && hi.equals(p + "]") ? p : "≈ " + p + " " + lo + " – " + hi;
    }

    private static String percent(double share) {
        BigDecimal d = BigDecimal.valueOf(share)
                .movePointRight(2)
                .setScale(1, RoundingMode.HALF_EVEN)
                .stripTrailingZeros();
        return (d.signum() == 0 ? "0" : d.toPlainString()) + " %";
    }

    private static boolean unbounded(Table t, String bound, int r) {
        BooleanColumn flag = t.booleanColumn(Columns.unboundedFlag(bound));
        return !flag.isMissing(r) && flag.get(r);
    }

    private static OptionalDouble value(DoubleColumn c, int r) {
        return c.isMissing(r) ? OptionalDouble.empty() : OptionalDouble.of(c.getDouble(r));
    }
}
