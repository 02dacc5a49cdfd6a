package org.displacementstats.report;

import java.awt.Color;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.table.SummaryTables;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.category.DefaultIntervalCategoryDataset;

/** The population balance chart of {@link Charts#populationBalanceChart}. */
final class BalanceChart {
    private static final List<Color> MEASURE_COLOURS =
            List.of(new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73));
    private static final Color BAND = new Color(0, 0, 0, 96);

    private BalanceChart() {}

    static JFreeChart of(DisplacementDataset dataset) {
        List<ChartRows.Balance> balance = ChartRows.balance(SummaryTables.of(dataset));
        List<String> measures = ChartRows.MEASURES;
        int places = balance.size();
        String[] placeNames = new String[places];
        Number[][] lows = new Number[measures.size()][places];
        Number[][] highs = new Number[measures.size()][places];
        String[][] labels = new String[measures.size()][places];
        DefaultCategoryDataset points = new DefaultCategoryDataset();
        for (int p = 0; p < places; p++) {
            placeNames[p] = balance.get(p).place();
        }
        for (int m = 0; m < measures.size(); m++) {
            for (int p = 0; p < places; p++) {
                Amount a = balance.get(p).measures().get(m);
                points.addValue(a.point(), measures.get(m), placeNames[p]);
                // An unbounded interval has no band beyond the point; its label says so.
                lows[m][p] = a.low().orElse(a.point());
                highs[m][p] = a.high().orElse(Math.max(a.low().orElse(a.point()), a.point()));
                labels[m][p] = a.label();
            }
        }
        DefaultIntervalCategoryDataset intervals =
                new DefaultIntervalCategoryDataset(measures.toArray(String[]::new), placeNames, lows, highs);

        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setItemMargin(0.1);
        for (int m = 0; m < measures.size(); m++) {
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
        bands.setDefaultItemLabelFont(ChartStyle.SMALL_FONT);
        bands.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));

        CategoryAxis placeAxis = new CategoryAxis("place");
        placeAxis.setTickLabelFont(ChartStyle.LABEL_FONT);
        NumberAxis peopleAxis = new NumberAxis("people");
        peopleAxis.setTickLabelFont(ChartStyle.SMALL_FONT);
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

        JFreeChart chart = new JFreeChart("Population balance", ChartStyle.TITLE_FONT, plot, true);
        chart.getLegend().setItemFont(ChartStyle.SMALL_FONT);
        ChartStyle.finish(
                chart, "population − outflow = remaining; bars at the point estimate, " + "dark band from low to high");
        return ChartSource.add(
                chart,
                ChartSource.line(
                        dataset,
                        balance.stream().flatMap(b -> b.figureIds().stream()).toList()));
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
