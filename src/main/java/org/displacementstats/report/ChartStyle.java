package org.displacementstats.report;

import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;

/** What both charts share: fonts, a white background, a title and a subtitle. */
final class ChartStyle {
    private static final String FONT = "SansSerif";
    static final Font TITLE_FONT = new Font(FONT, Font.BOLD, 16);
    static final Font LABEL_FONT = new Font(FONT, Font.PLAIN, 12);
    static final Font SMALL_FONT = new Font(FONT, Font.PLAIN, 11);

    private ChartStyle() {}

    /** Sets the white background and adds a subtitle in the small font. */
    static JFreeChart finish(JFreeChart chart, String subtitle) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(new TextTitle(subtitle, SMALL_FONT));
        return chart;
    }
}
