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
import java.util.function.Consumer;
import org.displacementstats.figure.Estimate;
import org.displacementstats.figure.EstimateSum;
import org.displacementstats.figure.Figure;
import org.displacementstats.figure.Flow;
import org.displacementstats.figure.Place;
import org.displacementstats.figure.Stock;

/**
 * The summaries by origin, destination and period ({@link SummaryTables#byOriginRows()} and its siblings), added up
 * one figure at a time, so that a file too large to hold whole can be summarised as it is read: each group keeps
 * counts, sums, first and last days, and for each place its latest stocks' sum, never the figures themselves.
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
    private final TreeMap<PeriodKey, Group> byPeriod = new TreeMap<>(PERIODS);
    private final Group total = new Group(false);
    /** The period of the last figure added, and its group; null once a settled period may have been forgotten. */
    private PeriodKey lastPeriod;

    private Group lastPeriodGroup;

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
        byOrigin.computeIfAbsent(f instanceof Flow fl ? fl.origin().name() : "", k -> new Group(false))
                .add(f);
        byDestination
                .computeIfAbsent(
                        f instanceof Stock s
                                ? s.place().name()
                                : ((Flow) f).destination().map(Place::name).orElse(""),
                        k -> new Group(false))
                .add(f);
        periodGroup(f.period().start(), f.period().end()).add(f);
        total.add(f);
    }

    /**
     * The group of a period; the last one asked for is kept at hand, without a key to look it up: the figures of a
     * large file come a few to a period (a series' count and the change it makes, on one day).
     */
    private Group periodGroup(LocalDate start, LocalDate end) {
        if (lastPeriod == null
                || !lastPeriod.start().equals(start)
                || !lastPeriod.end().equals(end)) {
            lastPeriod = new PeriodKey(start, end);
            lastPeriodGroup = byPeriod.computeIfAbsent(lastPeriod, k -> new Group(true));
        }
        return lastPeriodGroup;
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
        forEachByPeriod(rows::add);
        return rows;
    }

    /**
     * The rows of {@link #byPeriodRows()} one at a time, for a summary with more periods than a list should hold.
     *
     * @param row receives each row, in order, the total last
     */
    public void forEachByPeriod(Consumer<SummaryRow> row) {
        byPeriod.forEach((k, g) -> row.accept(periodRow(k, g)));
        row.accept(totalRow());
    }

    private static SummaryRow periodRow(PeriodKey k, Group g) {
        return g.row(
                Optional.of(k.start().equals(k.end()) ? k.start().toString() : k.start() + "/" + k.end()),
                Optional.of(k.start()),
                Optional.of(k.end()));
    }

    /**
     * Hands over the rows by period that start on or before {@code day} and forgets them, for a file read in date
     * order: no figure to come may start on or before that day, or {@link #forEachByPeriod} would miss it.
     *
     * @param day the last day no figure to come starts on
     * @param row receives each settled row, in order
     */
    public void settle(LocalDate day, Consumer<SummaryRow> row) {
        lastPeriod = null;
        lastPeriodGroup = null;
        while (!byPeriod.isEmpty() && !byPeriod.firstKey().start().isAfter(day)) {
            Map.Entry<PeriodKey, Group> first = byPeriod.pollFirstEntry();
            row.accept(periodRow(first.getKey(), first.getValue()));
        }
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
        private final EstimateSum sum = new EstimateSum();
        private Object whats;

        void add(Stock s) {
            LocalDate end = s.period().end();
            if (at == null || end.isAfter(at)) {
                at = end;
                stocks = 0;
                sum.clear();
                whats = null;
            } else if (end.isBefore(at)) {
                return;
            }
            stocks++;
            sum.add(s.estimate());
            whats = Whats.with(whats, s.what());
        }
    }

    /**
     * The stocks and flows of one group. Stocks at different dates are not added up: the group's stock is, for
     * each place, its stocks at the latest date in the group, summed over places. The first place is kept without
     * a map: most groups of a large file have one.
     */
    private static final class Group {
        /**
         * Whether every stock of the group ends on one day (a group by period): each place's latest stocks are then
         * all its stocks, and the group keeps one sum, not one per place.
         */
        private final boolean oneDay;

        private String place;
        private Latest latest;
        private Map<String, Latest> otherPlaces;
        private int flows;
        private LocalDate flowStart;
        private LocalDate flowEnd;
        private final EstimateSum flowSum = new EstimateSum();
        private Object flowWhats;

        Group(boolean oneDay) {
            this.oneDay = oneDay;
        }

        void add(Figure f) {
            if (f instanceof Stock s) {
                String name = oneDay ? "" : s.place().name();
                if (place == null) {
                    place = name;
                    latest = new Latest();
                }
                if (place.equals(name)) {
                    latest.add(s);
                } else {
                    if (otherPlaces == null) {
                        otherPlaces = new HashMap<>();
                    }
                    otherPlaces.computeIfAbsent(name, k -> new Latest()).add(s);
                }
                return;
            }
            flows++;
            flowStart = flowStart == null || f.period().start().isBefore(flowStart)
                    ? f.period().start()
                    : flowStart;
            flowEnd = flowEnd == null || f.period().end().isAfter(flowEnd)
                    ? f.period().end()
                    : flowEnd;
            flowSum.add(f.estimate());
            flowWhats = Whats.with(flowWhats, f.what());
        }

        SummaryRow row(Optional<String> key, Optional<LocalDate> periodStart, Optional<LocalDate> periodEnd) {
            int stocks = 0;
            LocalDate asOf = null;
            Optional<Estimate> stockSum = Optional.empty();
            Object stockWhats = null;
            if (latest != null) {
                stocks = latest.stocks;
                asOf = latest.at;
                stockSum = latest.sum.sum();
                stockWhats = latest.whats;
            }
            if (otherPlaces != null) {
                TreeSet<String> whats = Whats.set(stockWhats);
                EstimateSum places = new EstimateSum();
                stockSum.ifPresent(places::add);
                for (Latest l : otherPlaces.values()) {
                    stocks += l.stocks;
                    asOf = asOf == null || l.at.isAfter(asOf) ? l.at : asOf;
                    l.sum.sum().ifPresent(places::add);
                    whats.addAll(Whats.set(l.whats));
                }
                stockSum = places.sum();
                stockWhats = whats.toArray(new String[0]);
            }
            return new SummaryRow(
                    key,
                    periodStart,
                    periodEnd,
                    stocks,
                    Optional.ofNullable(asOf),
                    stockSum,
                    Whats.joined(stockWhats),
                    flows,
                    Optional.ofNullable(flowStart),
                    Optional.ofNullable(flowEnd),
                    flowSum.sum(),
                    Whats.joined(flowWhats));
        }
    }
}
