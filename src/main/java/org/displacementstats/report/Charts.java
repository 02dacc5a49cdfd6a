package org.displacementstats.report;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.table.SummaryTables;
import org.jfree.chart.JFreeChart;

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
 * {@code ≈ 4,000 [3,000 – 4,000]} (point, then interval) otherwise, {@code ∞)} for no upper bound and
 * {@code (−∞} for no lower bound (where the CSV report leaves the bound's cell empty). An origin whose flows are
 * parts of a stated flow is labelled with that flow (« au moins 10.000 »: {@code [10,000 – ∞)}), not with the
 * sum of its parts, which can be wider. Numbers are grouped with {@code ,} whatever the default locale.
 *
 * <p>At the foot of each chart a line names the sources of the figures it draws, with their dates, and the
 * period those figures cover ({@code Source: AFP, citing OSDH, 2016-11-29; figures of 2016-11-27 to
 * 2016-11-28}).
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
 * machine's fonts may move it. Nothing here needs a display: on a machine with one, run with
 * {@code -Djava.awt.headless=true} if no window may open (the command line sets it itself; the library never sets
 * a JVM-wide property).
 */
public final class Charts {
    /** The files {@link #writeTo} writes, in order. */
    public static final List<String> FILES = CsvReport.CHART_FILES;

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
    public static final List<Color> PALETTE = List.of(
            new Color(0xE69F00),
            new Color(0x56B4E9),
            new Color(0x009E73),
            new Color(0x0072B2),
            new Color(0xD55E00),
            new Color(0xCC79A7),
            new Color(0xF0E442));

    /** Colour of a place whose controller is not stated. */
    public static final Color NOT_STATED = new Color(0x999999);

    static final int PALETTE_SIZE = 7;

    private Charts() {}

    /**
     * Writes {@link #FILES} into {@code dir}, replacing files of the same names.
     *
     * @param dataset the dataset
     * @param dir a directory; created if missing
     * @throws DisplacementDataException if {@code dir} is a file or a file cannot be written
     */
    public static void writeTo(DisplacementDataset dataset, Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new DisplacementDataException(
                    dir + ": is not a directory; the charts are written into a" + " directory");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new DisplacementDataException(dir + ": cannot be created (" + e + ")", e);
        }
        JFreeChart flows = flowChart(dataset);
        JFreeChart balance = populationBalanceChart(dataset);
        ChartEncoding.write(dir.resolve("flows.svg"), ChartEncoding.svg(flows, WIDTH, FLOWS_HEIGHT));
        ChartEncoding.write(dir.resolve("flows.png"), ChartEncoding.png(flows, WIDTH, FLOWS_HEIGHT));
        ChartEncoding.write(dir.resolve("population-balance.svg"), ChartEncoding.svg(balance, WIDTH, BALANCE_HEIGHT));
        ChartEncoding.write(dir.resolve("population-balance.png"), ChartEncoding.png(balance, WIDTH, BALANCE_HEIGHT));
    }

    /**
     * The Sankey chart of the flows with a named destination: origin, then who controls the destination,
     * then the destination.
     *
     * @param dataset the dataset
     * @return a chart to draw; a new one on each call
     */
    @SuppressWarnings("exports") // JFreeChart is optional: a module-path client of it requires it too
    public static JFreeChart flowChart(DisplacementDataset dataset) {
        return FlowChart.of(dataset);
    }

    /**
     * The population balance: for each place, bars for the population, the outflow and the people remaining,
     * each with its interval as a dark band and labelled with its point and interval.
     *
     * @param dataset the dataset
     * @return a chart to draw; a new one on each call
     */
    @SuppressWarnings("exports") // JFreeChart is optional: a module-path client of it requires it too
    public static JFreeChart populationBalanceChart(DisplacementDataset dataset) {
        return BalanceChart.of(dataset);
    }
}
