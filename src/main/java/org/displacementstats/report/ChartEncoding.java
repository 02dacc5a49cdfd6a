package org.displacementstats.report;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.displacementstats.DisplacementDataException;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/** Draws a chart as SVG or PNG bytes, and writes them to files. */
final class ChartEncoding {
    private ChartEncoding() {}

    /** The chart as a UTF-8 SVG document without DOCTYPE, so that parsers need not fetch a DTD. */
    static byte[] svg(JFreeChart chart, int width, int height) {
        SVGGraphics2D g2 = draw(chart, width, height, "ds");
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g2.getSVGElement() + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The chart as an {@code <svg>} element to put inside a web page: no XML declaration, no fixed size (a
     * view box instead, so that it scales), and ids that start with {@code prefix} so that two charts in one
     * page do not share one.
     */
    static String inlineSvg(JFreeChart chart, int width, int height, String prefix) {
        SVGGraphics2D g2 = draw(chart, width, height, prefix);
        return g2.getSVGElement(prefix, false, new ViewBox(0, 0, width, height), null, null);
    }

    private static SVGGraphics2D draw(JFreeChart chart, int width, int height, String prefix) {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        // The default prefix holds System.nanoTime(): a fixed one gives the same bytes on every run.
        g2.setDefsKeyPrefix(prefix);
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        return g2;
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

    static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new DisplacementDataException(file + ": cannot write the chart (" + e + ")", e);
        }
    }
}
