package org.displacementstats.table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.figure.Estimate;
import org.displacementstats.figure.Figure;
import org.displacementstats.figure.Flow;
import org.displacementstats.figure.Place;
import org.displacementstats.figure.Stock;

/**
 * The grouping engine of the summaries by origin, destination and period: figures that summaries add up, grouped
 * by a key, stocks and flows kept apart, then a {@code total} row.
 */
final class GroupedRows {
    private final DisplacementDataset dataset;

    GroupedRows(DisplacementDataset dataset) {
        this.dataset = dataset;
    }

    /** Flows by origin; stocks, which state no origin, under an empty key, last; then the total. */
    List<SummaryRow> byOrigin() {
        return byName(f -> f instanceof Flow fl ? fl.origin().name() : "");
    }

    /** Stocks by place, flows by destination (none stated: an empty key, last); then the total. */
    List<SummaryRow> byDestination() {
        return byName(f -> f instanceof Stock s
                ? s.place().name()
                : ((Flow) f).destination().map(Place::name).orElse(""));
    }

    /** By period, ordered by start then end; then the total. */
    List<SummaryRow> byPeriod() {
        Map<List<LocalDate>, Group> groups = new TreeMap<>(
                Comparator.<List<LocalDate>, LocalDate>comparing(k -> k.get(0)).thenComparing(k -> k.get(1)));
        Group total = new Group();
        for (Figure f : summable()) {
            groups.computeIfAbsent(List.of(f.period().start(), f.period().end()), k -> new Group())
                    .add(f);
            total.add(f);
        }
        List<SummaryRow> rows = new ArrayList<>();
        groups.forEach((k, g) -> rows.add(g.row(
                Optional.of(k.get(0).equals(k.get(1)) ? k.get(0).toString() : k.get(0) + "/" + k.get(1)),
                Optional.of(k.get(0)),
                Optional.of(k.get(1)))));
        rows.add(total.row(Optional.of("total"), Optional.empty(), Optional.empty()));
        return rows;
    }

    private List<SummaryRow> byName(Function<Figure, String> key) {
        Map<String, Group> groups = new TreeMap<>((a, b) -> a.isEmpty() || b.isEmpty()
                ? Boolean.compare(a.isEmpty(), b.isEmpty())
                : Place.NAME_ORDER.compare(a, b));
        Group total = new Group();
        for (Figure f : summable()) {
            groups.computeIfAbsent(key.apply(f), k -> new Group()).add(f);
            total.add(f);
        }
        List<SummaryRow> rows = new ArrayList<>();
        groups.forEach((k, g) ->
                rows.add(g.row(k.isEmpty() ? Optional.empty() : Optional.of(k), Optional.empty(), Optional.empty())));
        rows.add(total.row(Optional.of("total"), Optional.empty(), Optional.empty()));
        return rows;
    }

    /** Figures that summaries add up: no mentions, no flows that are part of another flow. */
    private List<Figure> summable() {
        return dataset.figures().stream()
                .filter(f -> !f.isMention())
                .filter(f -> !(f instanceof Flow fl && fl.partOf().isPresent()))
                .toList();
    }

    /**
     * The stocks and flows of one group. Stocks at different dates are not added up: the group's stock is, for
     * each place, its stocks at the latest date in the group, summed over places.
     */
    private static final class Group {
        private final Map<String, List<Stock>> latestByPlace = new HashMap<>();
        private final List<Flow> flows = new ArrayList<>();

        void add(Figure f) {
            if (f instanceof Stock s) {
                List<Stock> latest = latestByPlace.computeIfAbsent(s.place().name(), k -> new ArrayList<>());
                LocalDate at = latest.isEmpty() ? null : latest.get(0).period().end();
                if (at == null || s.period().end().isAfter(at)) {
                    latest.clear();
                    latest.add(s);
                } else if (s.period().end().equals(at)) {
                    latest.add(s);
                }
            } else {
                flows.add((Flow) f);
            }
        }

        SummaryRow row(Optional<String> key, Optional<LocalDate> periodStart, Optional<LocalDate> periodEnd) {
            List<Stock> stocks = new ArrayList<>();
            latestByPlace.values().forEach(stocks::addAll);
            return new SummaryRow(
                    key,
                    periodStart,
                    periodEnd,
                    stocks.size(),
                    stocks.stream().map(s -> s.period().end()).max(Comparator.naturalOrder()),
                    sum(stocks),
                    what(stocks),
                    flows.size(),
                    flows.stream().map(f -> f.period().start()).min(Comparator.naturalOrder()),
                    flows.stream().map(f -> f.period().end()).max(Comparator.naturalOrder()),
                    sum(flows),
                    what(flows));
        }

        private static Optional<Estimate> sum(List<? extends Figure> figures) {
            return figures.stream().map(Figure::estimate).reduce(Estimate::plus);
        }

        private static Optional<String> what(List<? extends Figure> figures) {
            TreeSet<String> whats = new TreeSet<>(Place.NAME_ORDER);
            figures.forEach(f -> whats.add(f.what()));
            return whats.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", whats));
        }
    }
}
