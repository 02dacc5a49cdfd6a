package org.displacementstats.dataset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.displacementstats.figure.Estimate;
import org.displacementstats.figure.Figure;
import org.displacementstats.figure.Flow;
import org.displacementstats.figure.Period;
import org.displacementstats.figure.PeriodAccuracy;
import org.displacementstats.figure.Stock;
import org.displacementstats.provenance.Evidence;
import org.displacementstats.provenance.Lineage;

/** The figures a curated dataset derives itself: the people remaining of a stock after the flows out of it. */
final class Remaining {
    private Remaining() {}

    /**
     * For each stated stock with stated flows out of its place (not parts of other flows, not mentions,
     * starting on or after the stock's period), the stock remaining after them, derived.
     */
    static List<Figure> stocks(List<Figure> figures) {
        List<Figure> derived = new ArrayList<>();
        for (Figure f : figures) {
            if (!(f instanceof Stock stock) || stock.isDerived()) {
                continue;
            }
            List<Flow> out = outflows(figures, stock);
            if (out.isEmpty()) {
                continue;
            }
            Estimate remaining = stock.estimate();
            LocalDate end = stock.period().end();
            boolean approximate = stock.period().accuracy() == PeriodAccuracy.APPROXIMATE;
            for (Flow flow : out) {
                remaining = remaining.minus(flow.estimate());
                end = flow.period().end().isAfter(end) ? flow.period().end() : end;
                approximate |= flow.period().accuracy() == PeriodAccuracy.APPROXIMATE;
            }
            Lineage lineage =
                    Lineage.difference(stock.id(), out.stream().map(Flow::id).toList());
            derived.add(Stock.derived(id(stock.id()))
                    .what(stock.what() + " remaining")
                    .in(stock.place())
                    .during(new Period(end, end, approximate ? PeriodAccuracy.APPROXIMATE : PeriodAccuracy.DAY))
                    .estimate(remaining)
                    .evidence(Evidence.derived(lineage)));
        }
        return derived;
    }

    /** The people remaining of a stock, as the dataset derived them; never a figure it was given. */
    static Optional<Figure> of(DatasetContents contents, String stockId) {
        String id = id(stockId);
        List<Figure> all = contents.figures();
        return all.subList(contents.declared().size(), all.size()).stream()
                .filter(f -> f.id().equals(id))
                .findFirst();
    }

    /** The id of the people remaining of a stock, as {@link #stocks} derives them. */
    static String id(String stockId) {
        return stockId + "-remaining";
    }

    /** Why a declared figure may not have the id of a derived remaining stock. */
    static String takenBy(Figure derived) {
        String stock = derived.evidence().lineage().orElseThrow().inputs().get(0);
        return "the dataset gives this id to the people remaining of stock '" + stock + "' after the flows out of its"
                + " place; give the declared figure another id";
    }

    /**
     * The flows that leave a stock's place, are not parts of other flows, have a number, and start on or after
     * the stock's period.
     *
     * @param figures the figures to search
     * @param stock the stock
     * @return the flows, in the order of {@code figures}
     */
    static List<Flow> outflows(List<Figure> figures, Stock stock) {
        List<Flow> out = new ArrayList<>();
        for (Figure f : figures) {
            if (f instanceof Flow flow
                    && flow.origin().name().equals(stock.place().name())
                    && flow.partOf().isEmpty()
                    && !flow.isMention()
                    && !flow.period().start().isBefore(stock.period().start())) {
                out.add(flow);
            }
        }
        return out;
    }
}
