package org.displacementstats.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.figure.Figure;
import org.displacementstats.provenance.Source;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;

/**
 * The line at the foot of each chart that says where its numbers come from and when: the sources of the figures
 * it draws with their dates, and the period those figures cover.
 */
final class ChartSource {
    private ChartSource() {}

    /**
     * {@code Source: AFP, citing OSDH, 2016-11-29; figures of 2016-11-27 to 2016-11-28}; derived figures add
     * their period but no source of their own.
     */
    static String line(DisplacementDataset dataset, Collection<String> figureIds) {
        Set<Source> sources = new LinkedHashSet<>();
        LocalDate start = null;
        LocalDate end = null;
        for (String id : figureIds) {
            Figure f = dataset.figure(id);
            f.evidence().source().ifPresent(sources::add);
            start = start == null || f.period().start().isBefore(start)
                    ? f.period().start()
                    : start;
            end = end == null || f.period().end().isAfter(end) ? f.period().end() : end;
        }
        if (start == null) {
            return "Source: none, no figure to draw";
        }
        List<String> named = new ArrayList<>();
        for (Source s : sources) {
            named.add(s.publisher() + ", " + s.date());
        }
        return (named.size() == 1 ? "Source: " : "Sources: ") + String.join("; ", named) + "; figures of "
                + (start.equals(end) ? start.toString() : start + " to " + end);
    }

    /** Adds the line at the foot of the chart. */
    static JFreeChart add(JFreeChart chart, String line) {
        TextTitle title = new TextTitle(line, ChartStyle.SMALL_FONT);
        title.setPosition(RectangleEdge.BOTTOM);
        chart.addSubtitle(title);
        return chart;
    }
}
