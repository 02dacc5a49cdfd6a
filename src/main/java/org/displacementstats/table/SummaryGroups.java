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
import org.displacementstats.figure.Estimate;
import org.displacementstats.figure.Figure;
import org.displacementstats.figure.Flow;
import org.displacementstats.figure.Place;
import org.displacementstats.figure.Stock;

/**
 * The summaries by origin, destination and period ({@link SummaryTables#byOriginRows()} and its siblings), added up
 * one figure at a time, so that a file too large to hold whole can be summarised as it is read: each group keeps
 * counts, sums, first and last days, and for each place its latest stocks' sum, never the figures themselves.
 *
 * <pre>{@code
 * SummaryGroups groups = new SummaryGroups();
 * figures.forEach(groups::add);
 * List<SummaryRow> byPeriod = groups.byPeriodRows();   // one row per period, then the total
 * }</pre>
 *
 * <p>Not safe for use by several threads at once.
 */
public final class SummaryGroups {
    private static final Comparator<String> NAMES = (a, b) ->
            a.isEmpty() || b.isEmpty() ? Boolean.compare(a.isEmpty(), b.isEmpty()) : Place.NAME_ORDER.compare(a, b);
    private static final Comparator<PeriodKey> PERIODS =
            Comparator.comparing(PeriodKey::start).thenComparing(PeriodKey::end);

    private final Map<String, Group> byOrigin = new TreeMap<>(NAMES);
    private final Map<String, Group> byDestination = new TreeMap<>(NAMES);
    private final Map<PeriodKey, Group> byPeriod = new TreeMap<>(PERIODS);
    private final Group total = new Group();

    private record PeriodKey(LocalDate start, LocalDate end) {}

    /** Starts empty summaries. */
    public SummaryGroups() {}

    /**
     * Adds a figure to its groups, unless summaries leave it out: a mention with no number, or a flow that is part
     * of another (its whole is summed).
     *
     * @param f the figure
     */
    public void add(Figure f) {
        if (f.isMention() || f instanceof Flow fl && fl.partOf().isPresent()) {
            return;
        }
        byOrigin.computeIfAbsent(f instanceof Flow fl ? fl.origin().name() : "", k -> new Group())
                .add(f);
        byDestination
                .computeIfAbsent(
                        f instanceof Stock s
                                ? s.place().name()
                                : ((Flow) f).destination().map(Place::name).orElse(""),
                        k -> new Group())
                .add(f);
        byPeriod.computeIfAbsent(new PeriodKey(f.period().start(), f.period().end()), k -> new Group())
                .add(f);
        total.add(f);
    }

    /** @return flows by origin; stocks, which state no origin, under an empty key, last; then the total */
    public List<SummaryRow> byOriginRows() {
        return byName(byOrigin);
    }

    /** @return stocks by place, flows by destination (none stated: an empty key, last); then the total */
    public List<SummaryRow> byDestinationRows() {
        return byName(byDestination);
    }

    /** @return the groups by period, ordered by start then end; then the total */
    public List<SummaryRow> byPeriodRows() {
        List<SummaryRow> rows = new ArrayList<>();
        byPeriod.forEach((k, g) -> rows.add(g.row(
                Optional.of(k.start().equals(k.end()) ? k.start().toString() : k.start() + "/" + k.end()),
                Optional.of(k.start()),
                Optional.of(k.end()))));
        rows.add(totalRow());
        return rows;
    }

    /** @return the {@code total} row that ends each summary */
    public SummaryRow totalRow() {
        return total.row(Optional.of("total"), Optional.empty(), Optional.empty());
    }

    private List<SummaryRow> byName(Map<String, Group> groups) {
        List<SummaryRow> rows = new ArrayList<>();
        groups.forEach((k, g) ->
                rows.add(g.row(k.isEmpty() ? Optional.empty() : Optional.of(k), Optional.empty(), Optional.empty())));
        rows.add(totalRow());
        return rows;
    }

    /** The sum of a place's stocks at the latest date the group has for it. */
    private static final class Latest {
        private LocalDate at;
        private int stocks;
        private Estimate sum;
        private final TreeSet<String> whats = new TreeSet<>(Place.NAME_ORDER);

        void add(Stock s) {
            LocalDate end = s.period().end();
            if (at == null || end.isAfter(at)) {
                at = end;
                stocks = 0;
                sum = null;
                whats.clear();
            } else if (end.isBefore(at)) {
                return;
            }
            stocks++;
            sum = sum == null ? s.estimate() : sum.plus(s.estimate());
            whats.add(s.what());
        }
    }

    /**
     * The stocks and flows of one group. Stocks at different dates are not added up: the group's stock is, for
     * each place, its stocks at the latest date in the group, summed over places.
     */
    private static final class Group {
        private Map<String, Latest> latestByPlace;
        private int flows;
        private LocalDate flowStart;
        private LocalDate flowEnd;
        private Estimate flowSum;
        private TreeSet<String> flowWhats;

        void add(Figure f) {
            if (f instanceof Stock s) {
                if (latestByPlace == null) {
                    latestByPlace = new HashMap<>(2);
                }
                latestByPlace
                        .computeIfAbsent(s.place().name(), k -> new Latest())
                        .add(s);
                return;
            }
            flows++;
            flowStart = flowStart == null || f.period().start().isBefore(flowStart)
                    ? f.period().start()
                    : flowStart;
            flowEnd = flowEnd == null || f.period().end().isAfter(flowEnd)
                    ? f.period().end()
                    : flowEnd;
            flowSum = flowSum == null ? f.estimate() : flowSum.plus(f.estimate());
            if (flowWhats == null) {
                flowWhats = new TreeSet<>(Place.NAME_ORDER);
            }
            flowWhats.add(f.what());
        }

        SummaryRow row(Optional<String> key, Optional<LocalDate> periodStart, Optional<LocalDate> periodEnd) {
            int stocks = 0;
            LocalDate asOf = null;
            Estimate stockSum = null;
            TreeSet<String> stockWhats = new TreeSet<>(Place.NAME_ORDER);
            for (Latest l : latestByPlace == null ? List.<Latest>of() : latestByPlace.values()) {
                stocks += l.stocks;
                asOf = asOf == null || l.at.isAfter(asOf) ? l.at : asOf;
                stockSum = stockSum == null ? l.sum : stockSum.plus(l.sum);
                stockWhats.addAll(l.whats);
            }
            return new SummaryRow(
                    key,
                    periodStart,
                    periodEnd,
                    stocks,
                    Optional.ofNullable(asOf),
                    Optional.ofNullable(stockSum),
                    what(stockWhats),
                    flows,
                    Optional.ofNullable(flowStart),
                    Optional.ofNullable(flowEnd),
                    Optional.ofNullable(flowSum),
                    what(flowWhats));
        }

        private static Optional<String> what(TreeSet<String> whats) {
            return whats == null || whats.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", whats));
        }
    }
}
