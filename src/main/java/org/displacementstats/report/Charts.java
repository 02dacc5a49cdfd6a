package org.displacementstats.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.figure.Figure;
import org.displacementstats.figure.Flow;
import org.displacementstats.table.SummaryTables;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.flow.FlowPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.category.DefaultIntervalCategoryDataset;
import org.jfree.data.flow.DefaultFlowDataset;
import org.jfree.data.flow.NodeKey;
import org.jfree.svg.SVGGraphics2D;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;

/**
 * Draws a dataset's charts offline, from its {@link SummaryTables}, and writes them as SVG and PNG.
 *
 * <pre>{@code
 * Charts.writeTo(DisplacementDataset.aleppo2016(), Path.of("report"));   // flows.svg, flows.png, ...
 * JFreeChart flows = Charts.flowChart(ds);                               // to draw elsewhere
 * }</pre>
 *
 * <p>The flow chart is a Sankey diagram (JFreeChart's {@code FlowPlot}) in three columns: each origin, who
 * controls the destinations of its flows ({@code flowsByController}), and the destinations
 * ({@code flowsByDestination}). A place, and the flows into it from a controller, are coloured by who
 * controls it: the controllers in the chart, sorted by {@link String#compareTo}, take the colours of
 * {@link #PALETTE} in order (cycling after {@value #PALETTE_SIZE}); a place whose controller is not stated is
 * {@link #NOT_STATED} grey. Origins and destinations are labelled with their name and count (the middle
 * column with the controller's name only): {@code 6,000} when exact,
 * {@code ≈ 4,000 [3,000 – 4,000]} (point, then interval) otherwise, {@code ∞)} for an unbounded interval.
 * Numbers are grouped with {@code ,} whatever the default locale.
 *
 * <p>The population balance chart has, for each place, horizontal bars for the population, the outflow
 * and the people remaining (point estimates), a dark band over each bar from the interval's low to its high
 * bound, and the same labels.
 *
 * <p>The look: both charts are drawn on white with no frame, all text in black; titles are 16 pixels bold,
 * node labels, place names and axis names 12, subtitles, legends, tick labels and bar labels 11. In the flow
 * chart the nodes are 14 pixels wide, 4 % of the plot's height apart, the plot 10 pixels in from the edges,
 * each controller's destinations next to each other so that flows do not cross, and the legend at the bottom.
 * In the population balance the bars are flat (no gradient, no shadow), blue, vermillion and bluish green for
 * population, outflow and remaining; each band is translucent black, drawn over exactly its bar, and labelled
 * just right of its end, even when it lies below zero (more left than lived there); the people axis is at the
 * bottom with whole-number ticks only and light grey gridlines.
 *
 * <p>Sizes are fixed ({@value #WIDTH} × {@value #FLOWS_HEIGHT} and {@value #WIDTH} × {@value #BALANCE_HEIGHT}
 * pixels), text uses the logical font {@code SansSerif}, and the SVG has no timestamps and fixed ids: on one
 * machine the same dataset gives the same bytes. Text is placed with the fonts installed, so another
 * machine's fonts may move it. Loading this class sets {@code java.awt.headless=true} unless the property is
 * already set: nothing here needs a display.
 */
public final class Charts {
    /** The files {@link #writeTo} writes, in order. */
    public static final List<String> FILES = List.of("flows.svg", "flows.png", "population-balance.svg",
            "population-balance.png");

    /** Width of both charts, in pixels (SVG user units). */
    public static final int WIDTH = 1000;
    /** Height of the flow chart. */
    public static final int FLOWS_HEIGHT = 500;
    /** Height of the population balance chart. */
    public static final int BALANCE_HEIGHT = 400;

    /**
     * Colours of the controllers, in the order their sorted names take them: the Okabe–Ito palette, which
     * people with colour-vision deficiencies can tell apart (orange, sky blue, bluish green, blue,
     * vermillion, reddish purple, yellow).
     */
    public static final List<Color> PALETTE = List.of(new Color(0xE69F00), new Color(0x56B4E9),
            new Color(0x009E73), new Color(0x0072B2), new Color(0xD55E00), new Color(0xCC79A7),
            new Color(0xF0E442));

    /** Colour of a place whose controller is not stated. */
    public static final Color NOT_STATED = new Color(0x999999);

    static final int PALETTE_SIZE = 7;

    /** The name a place with no stated controller is grouped under. */
    static final String NOT_STATED_NAME = "(controller not stated)";

    private static final String FONT = "SansSerif";
    private static final Font TITLE_FONT = new Font(FONT, Font.BOLD, 16);
    private static final Font LABEL_FONT = new Font(FONT, Font.PLAIN, 12);
    private static final Font SMALL_FONT = new Font(FONT, Font.PLAIN, 11);
    private static final List<String> MEASURES = List.of("population", "outflow", "remaining");
    private static final List<Color> MEASURE_COLOURS = List.of(new Color(0x0072B2), new Color(0xD55E00),
            new Color(0x009E73));
    private static final Color BAND = new Color(0, 0, 0, 96);

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private Charts() {
    }

    /**
     * Writes {@link #FILES} into {@code dir}, replacing files of the same names.
     *
     * @param dataset the dataset
     * @param dir a directory; created if missing
     * @throws DisplacementDataException if {@code dir} is a file or a file cannot be written
     */
    public static void writeTo(DisplacementDataset dataset, Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new DisplacementDataException(dir + ": is not a directory; the charts are written into a"
                    + " directory");
        }
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new DisplacementDataException(dir + ": cannot be created (" + e + ")", e);
        }
        JFreeChart flows = flowChart(dataset);
        JFreeChart balance = populationBalanceChart(dataset);
        write(dir.resolve("flows.svg"), svg(flows, WIDTH, FLOWS_HEIGHT));
        write(dir.resolve("flows.png"), png(flows, WIDTH, FLOWS_HEIGHT));
        write(dir.resolve("population-balance.svg"), svg(balance, WIDTH, BALANCE_HEIGHT));
        write(dir.resolve("population-balance.png"), png(balance, WIDTH, BALANCE_HEIGHT));
    }

    /**
     * The Sankey chart of the flows with a named destination: origin, then who controls the destination,
     * then the destination.
     *
     * @param dataset the dataset
     * @return a chart to draw; a new one on each call
     */
    public static JFreeChart flowChart(DisplacementDataset dataset) {
        SummaryTables tables = SummaryTables.of(dataset);
        Table byController = tables.flowsByController();
        Table byDestination = tables.flowsByDestination();
        Map<String, Color> colours = controllerColours(dataset);

        Map<String, Amount> origins = new LinkedHashMap<>();
        Set<String> controllers = new LinkedHashSet<>();
        Map<List<String>, Amount> originToController = new LinkedHashMap<>();
        for (int row = 0; row < byController.rowCount(); row++) {
            String origin = byController.stringColumn("origin").get(row);
            String controller = controller(byController.stringColumn("controlled_by").get(row));
            Amount a = Amount.of(byController, row);
            origins.merge(origin, a, Amount::plus);
            controllers.add(controller);
            originToController.merge(List.of(origin, controller), a, Amount::plus);
        }
        List<String> controllerOrder = new ArrayList<>(controllers);
        Map<List<String>, Amount> controllerToDestination = new LinkedHashMap<>();
        Map<String, Amount> destinations = new LinkedHashMap<>();
        List<Integer> rows = new ArrayList<>();
        for (int row = 0; row < byDestination.rowCount(); row++) {
            rows.add(row);
        }
        // Destinations grouped under their controller, in the controllers' order, so that flows do not cross.
        rows.sort((a, b) -> Integer.compare(
                controllerOrder.indexOf(controller(byDestination.stringColumn("controlled_by").get(a))),
                controllerOrder.indexOf(controller(byDestination.stringColumn("controlled_by").get(b)))));
        for (int row : rows) {
            String controller = controller(byDestination.stringColumn("controlled_by").get(row));
            String destination = byDestination.stringColumn("destination").get(row);
            Amount a = Amount.of(byDestination, row);
            destinations.merge(destination, a, Amount::plus);
            controllerToDestination.merge(List.of(controller, destination), a, Amount::plus);
        }

        DefaultFlowDataset<Node> data = new DefaultFlowDataset<>();
        for (Map.Entry<List<String>, Amount> e : originToController.entrySet()) {
            String origin = e.getKey().get(0);
            String controller = e.getKey().get(1);
            data.setFlow(0, Node.of(origin, origins.get(origin)), Node.named(controller),
                    e.getValue().point());
        }
        for (Map.Entry<List<String>, Amount> e : controllerToDestination.entrySet()) {
            String controller = e.getKey().get(0);
            String destination = e.getKey().get(1);
            data.setFlow(1, Node.named(controller),
                    Node.of(destination, destinations.get(destination)), e.getValue().point());
        }

        FlowPlot plot = new FlowPlot(data);
        plot.setDefaultNodeLabelFont(LABEL_FONT);
        plot.setNodeWidth(14.0);
        plot.setNodeMargin(0.04);
        plot.setInsets(new RectangleInsets(10, 10, 10, 10));
        Map<String, String> controllerOfOrigin = originControllers(dataset);
        for (String origin : origins.keySet()) {
            plot.setNodeFillColor(new NodeKey<>(0, Node.of(origin, origins.get(origin))),
                    colour(colours, controllerOfOrigin.getOrDefault(origin, NOT_STATED_NAME)));
        }
        for (String controller : controllers) {
            plot.setNodeFillColor(new NodeKey<>(1, Node.named(controller)),
                    colour(colours, controller));
        }
        for (List<String> key : controllerToDestination.keySet()) {
            String destination = key.get(1);
            plot.setNodeFillColor(new NodeKey<>(2, Node.of(destination, destinations.get(destination))),
                    colour(colours, key.get(0)));
        }

        JFreeChart chart = new JFreeChart("Flows by who controls the destination", TITLE_FONT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(new TextTitle("origin → who controls the destination → destination; "
                + "≈ point [low – high] where the source's words allow a range", SMALL_FONT));
        LegendTitle legend = new LegendTitle(() -> {
            LegendItemCollection items = new LegendItemCollection();
            for (Map.Entry<String, Color> e : colours.entrySet()) {
                LegendItem item = new LegendItem(e.getKey(), e.getValue());
                item.setLabelFont(SMALL_FONT);
                items.add(item);
            }
            return items;
        });
        legend.setPosition(RectangleEdge.BOTTOM);
        chart.addSubtitle(legend);
        return chart;
    }

    /**
     * The population balance: for each place, bars for the population, the outflow and the people remaining,
     * each with its interval as a dark band and labelled with its point and interval.
     *
     * @param dataset the dataset
     * @return a chart to draw; a new one on each call
     */
    public static JFreeChart populationBalanceChart(DisplacementDataset dataset) {
        Table balance = SummaryTables.of(dataset).populationBalance();
        int places = balance.rowCount();
        String[] placeNames = new String[places];
        Number[][] lows = new Number[MEASURES.size()][places];
        Number[][] highs = new Number[MEASURES.size()][places];
        String[][] labels = new String[MEASURES.size()][places];
        DefaultCategoryDataset points = new DefaultCategoryDataset();
        for (int p = 0; p < places; p++) {
            placeNames[p] = balance.stringColumn("place").get(p);
        }
        for (int m = 0; m < MEASURES.size(); m++) {
            String measure = MEASURES.get(m);
            for (int p = 0; p < places; p++) {
                Amount a = Amount.of(balance, p, measure + "_");
                points.addValue(a.point(), measure, placeNames[p]);
                lows[m][p] = a.low();
                // An unbounded interval has no band beyond the point; its label says so.
                highs[m][p] = a.high().orElse(Math.max(a.low(), a.point()));
                labels[m][p] = label(a.point(), a.low(), a.high());
            }
        }
        DefaultIntervalCategoryDataset intervals = new DefaultIntervalCategoryDataset(
                MEASURES.toArray(String[]::new), placeNames, lows, highs);

        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setItemMargin(0.1);
        for (int m = 0; m < MEASURES.size(); m++) {
            bars.setSeriesPaint(m, MEASURE_COLOURS.get(m));
        }
        IntervalBarRenderer bands = new IntervalBarRenderer();
        bands.setBarPainter(new StandardBarPainter());
        bands.setShadowVisible(false);
        bands.setItemMargin(0.1);
        bands.setDefaultPaint(BAND);
        bands.setAutoPopulateSeriesPaint(false);
        bands.setDefaultSeriesVisibleInLegend(false);
        bands.setDefaultItemLabelGenerator(new FixedLabels(labels));
        bands.setDefaultItemLabelsVisible(true);
        bands.setDefaultItemLabelFont(SMALL_FONT);
        bands.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
                TextAnchor.CENTER_LEFT));

        CategoryAxis placeAxis = new CategoryAxis("place");
        placeAxis.setTickLabelFont(LABEL_FONT);
        NumberAxis peopleAxis = new NumberAxis("people");
        peopleAxis.setTickLabelFont(SMALL_FONT);
        peopleAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
        peopleAxis.setNumberFormatOverride(NumberFormat.getIntegerInstance(Locale.ROOT));
        // Room on the right for the labels after the longest band.
        peopleAxis.setUpperMargin(0.55);

        CategoryPlot plot = new CategoryPlot(points, placeAxis, peopleAxis, bars);
        plot.setDataset(1, intervals);
        plot.setRenderer(1, bands);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.setOutlineVisible(false);

        JFreeChart chart = new JFreeChart("Population balance", TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setItemFont(SMALL_FONT);
        chart.addSubtitle(new TextTitle("population − outflow = remaining; bars at the point estimate, "
                + "dark band from low to high", SMALL_FONT));
        return chart;
    }

    /**
     * A count as the charts print it: {@code 6,000} when exact, {@code ≈ 4,000 [3,000 – 4,000]} otherwise,
     * {@code ≈ 6,000 [6,000 – ∞)} when unbounded; grouped with {@code ,} whatever the default locale.
     */
    static String label(long point, long low, OptionalLong high) {
        if (high.isPresent() && low == high.getAsLong()) {
            return group(point);
        }
        return "≈ " + group(point) + " [" + group(low) + " – "
                + (high.isPresent() ? group(high.getAsLong()) + "]" : "∞)");
    }

    private static String group(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** The colour of each controller in the flow chart, sorted by name, the unstated last. */
    static Map<String, Color> controllerColours(DisplacementDataset dataset) {
        TreeSet<String> names = new TreeSet<>();
        boolean notStated = false;
        SummaryTables tables = SummaryTables.of(dataset);
        List<String> stated = new ArrayList<>(tables.flowsByController().stringColumn("controlled_by").asList());
        stated.addAll(originControllers(dataset).values());
        for (String c : stated) {
            if (c.isEmpty() || c.equals(NOT_STATED_NAME)) {
                notStated = true;
            } else {
                names.add(c);
            }
        }
        Map<String, Color> colours = new LinkedHashMap<>();
        int i = 0;
        for (String name : names) {
            colours.put(name, PALETTE.get(i++ % PALETTE.size()));
        }
        if (notStated) {
            colours.put(NOT_STATED_NAME, NOT_STATED);
        }
        return colours;
    }

    /** Who controls each origin of a flow with a named destination, as the dataset's places say. */
    private static Map<String, String> originControllers(DisplacementDataset dataset) {
        Map<String, String> origins = new LinkedHashMap<>();
        for (Figure f : dataset.figures()) {
            if (f instanceof Flow flow && flow.destination().isPresent() && !flow.isMention()) {
                origins.putIfAbsent(flow.origin().name(), flow.origin().controlledBy().orElse(NOT_STATED_NAME));
            }
        }
        return origins;
    }

    private static String controller(String cell) {
        return cell.isEmpty() ? NOT_STATED_NAME : cell;
    }

    private static Color colour(Map<String, Color> colours, String controller) {
        return colours.getOrDefault(controller, NOT_STATED);
    }

    /** The chart as a UTF-8 SVG document without DOCTYPE, so that parsers need not fetch a DTD. */
    static byte[] svg(JFreeChart chart, int width, int height) {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        // The default prefix holds System.nanoTime(): a fixed one gives the same bytes on every run.
        g2.setDefsKeyPrefix("ds");
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g2.getSVGElement() + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] png(JFreeChart chart, int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, width, height);
        } catch (IOException e) {
            throw new IllegalStateException("PNG encoding to memory failed", e);
        }
        return out.toByteArray();
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new DisplacementDataException(file + ": cannot write the chart (" + e + ")", e);
        }
    }

    /** A count read from a summary table: point, low and high (empty when unbounded). */
    record Amount(long point, long low, OptionalLong high) {
        static Amount of(Table table, int row) {
            return of(table, row, "");
        }

        static Amount of(Table table, int row, String prefix) {
            LongColumn point = table.longColumn(prefix + "point");
            LongColumn low = table.longColumn(prefix + "low");
            LongColumn high = table.longColumn(prefix + "high");
            return new Amount(point.isMissing(row) ? 0 : point.getLong(row), low.isMissing(row) ? 0 : low.getLong(row),
                    high.isMissing(row) ? OptionalLong.empty() : OptionalLong.of(high.getLong(row)));
        }

        /** The sum of two counts of different people; unbounded if either is. */
        Amount plus(Amount other) {
            return new Amount(point + other.point, low + other.low, high.isPresent() && other.high.isPresent()
                    ? OptionalLong.of(high.getAsLong() + other.high.getAsLong()) : OptionalLong.empty());
        }
    }

    /**
     * A node of the flow chart. FlowPlot draws {@code toString()} as the label; equality and order are by
     * name only, and the hash depends only on the strings, so the plot's drawing order is the same on every run.
     */
    record Node(String name, String label) implements Comparable<Node> {
        /** A node labelled with its name only: the middle column, where a longer label would run into the next. */
        static Node named(String name) {
            return new Node(name, name);
        }

        static Node of(String name, Amount amount) {
            // One separator that survives SVG's collapsing of white space.
            return new Node(name, name + ": " + Charts.label(amount.point(), amount.low(), amount.high()));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Node n && n.name.equals(name);
        }

        @Override
        public int hashCode() {
            return name.hashCode();
        }

        @Override
        public int compareTo(Node o) {
            return name.compareTo(o.name);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** Item labels computed beforehand, by series (row) and place (column). */
    private static final class FixedLabels implements CategoryItemLabelGenerator {
        private final String[][] labels;

        FixedLabels(String[][] labels) {
            this.labels = labels;
        }

        @Override
        public String generateRowLabel(CategoryDataset dataset, int row) {
            return dataset.getRowKey(row).toString();
        }

        @Override
        public String generateColumnLabel(CategoryDataset dataset, int column) {
            return dataset.getColumnKey(column).toString();
        }

        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            return labels[row][column];
        }
    }
}
