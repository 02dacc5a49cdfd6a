package org.displacementstats.table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.OptionalDouble;
import org.displacementstats.dataset.Check;
import org.displacementstats.dataset.DerivedQuantity;
import org.displacementstats.dataset.Reconciliation;
import org.displacementstats.figure.ClaimRole;
import org.displacementstats.figure.Interval;
import org.displacementstats.stats.LinearSum;
import org.displacementstats.stats.Uncertainty;
import org.displacementstats.stats.UncertaintySettings;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.figure.ControlChange;
import org.displacementstats.figure.Count;
import org.displacementstats.figure.Estimate;
import org.displacementstats.figure.Figure;
import org.displacementstats.figure.Flow;
import org.displacementstats.figure.Place;
import org.displacementstats.figure.Quantifier;
import org.displacementstats.figure.Stock;
import org.displacementstats.provenance.Lineage;
import org.displacementstats.stats.Ratio;
import tech.tablesaw.api.Table;

/**
 * The summary tables of a dataset, as Tablesaw tables with typed columns: counts of people in
 * {@code LongColumn}s (an empty cell is an unbounded or absent bound, never 0), shares and rates in
 * {@code DoubleColumn}s, dates in {@code DateColumn}s.
 *
 * <pre>{@code
 * SummaryTables t = SummaryTables.of(DisplacementDataset.aleppo2016());
 * Table balance = t.populationBalance();   // Alep-Est: 250000 − 10000 = 240000 [215000, 266000]
 * Table flows = t.flowsByDestination();    // Cheikh Maqsoud 6000 (0.6), zones gouvernementales 4000 (0.4)
 * }</pre>
 *
 * <p>Every table has a stable row order, so the same dataset always gives the same tables.
 */
public final class SummaryTables {
    /** Orders names by Unicode code point: {@link Place#NAME_ORDER}. */
    static final Comparator<String> CODE_POINT_ORDER = Place.NAME_ORDER;

    private final DisplacementDataset dataset;

    private SummaryTables(DisplacementDataset dataset) {
        this.dataset = dataset;
    }

    /**
     * The summary tables of a dataset.
     *
     * @param dataset the dataset
     * @return its tables, built on request
     */
    public static SummaryTables of(DisplacementDataset dataset) {
        return new SummaryTables(Objects.requireNonNull(dataset, "dataset"));
    }

    /**
     * Every figure, stated and derived, with its estimate and its provenance: one row per figure, in the
     * dataset's order.
     *
     * @return columns id, kind, what, place, origin, destination, controlled_by, period_start, period_end,
     *     period_accuracy, quantifier, count, count_high, point, low, high, part_of, derived_as, source, quote,
     *     quote_start, quote_end
     */
    public Table figures() {
        TableBuilder t = new TableBuilder("figures")
                .text("id", "kind", "what", "place", "origin", "destination", "controlled_by")
                .date("period_start", "period_end").text("period_accuracy", "quantifier")
                .people("count", "count_high", "point", "low", "high")
                .text("part_of", "derived_as", "source", "quote").people("quote_start", "quote_end");
        for (Figure f : dataset.figures()) {
            Optional<Place> place = f instanceof Stock s ? Optional.of(s.place()) : Optional.empty();
            Optional<Place> origin = f instanceof Flow fl ? Optional.of(fl.origin()) : Optional.empty();
            Optional<Place> destination = f instanceof Flow fl ? fl.destination() : Optional.empty();
            Optional<Count> count = f.count();
            Optional<String> quantifier = count.map(c -> c.quantifier().csvName());
            OptionalLong stated = count.filter(c -> c.quantifier() != Quantifier.VAGUE)
                    .map(c -> OptionalLong.of(c.value())).orElse(OptionalLong.empty());
            OptionalLong statedHigh = count.filter(c -> c.quantifier() == Quantifier.BETWEEN)
                    .map(c -> OptionalLong.of(c.upper())).orElse(OptionalLong.empty());
            Estimate e = f.estimate();
            var quote = f.evidence().quote();
            t.row(f.id(), f instanceof Stock ? "stock" : "flow", f.what(), place.map(Place::name),
                    origin.map(Place::name), destination.map(Place::name),
                    place.or(() -> destination).flatMap(Place::controlledBy), f.period().start(), f.period().end(),
                    f.period().accuracy().name().toLowerCase(java.util.Locale.ROOT), quantifier, stated, statedHigh,
                    e.point(), e.interval().low(), e.interval().high(),
                    f instanceof Flow fl ? fl.partOf() : Optional.empty(), f.evidence().lineage().map(Lineage::formula),
                    f.evidence().source().map(s -> s.id()), quote.map(q -> q.exact()),
                    quote.map(q -> OptionalLong.of(q.start())).orElse(OptionalLong.empty()),
                    quote.map(q -> OptionalLong.of(q.end())).orElse(OptionalLong.empty()));
        }
        return t.build();
    }

    /**
     * For each stated stock with flows out of its place: the population, the people who left, those who
     * remain, the share who left, and the rate of departure per day, each with its interval.
     *
     * @return one row per such stock, in the dataset's order
     */
    public Table populationBalance() {
        TableBuilder t = new TableBuilder("population-balance").text("place", "controlled_by")
                .people("population_point", "population_low", "population_high", "outflow_point", "outflow_low",
                        "outflow_high", "remaining_point", "remaining_low", "remaining_high")
                .decimal("share_out_point", "share_out_low", "share_out_high")
                .date("outflow_start", "outflow_end").integer("outflow_days")
                .decimal("outflow_per_day_point", "outflow_per_day_low", "outflow_per_day_high")
                .text("population_id", "outflow_ids", "remaining_id");
        for (Figure f : dataset.figures()) {
            if (!(f instanceof Stock stock) || stock.isDerived()) {
                continue;
            }
            Optional<Figure> remaining = dataset.remainingOf(stock.id());
            if (remaining.isEmpty()) {
                continue;
            }
            List<String> outIds = remaining.get().evidence().lineage().orElseThrow().inputs();
            List<Figure> out = outIds.subList(1, outIds.size()).stream().map(dataset::figure).toList();
            Estimate outflow = out.get(0).estimate();
            LocalDate start = out.get(0).period().start();
            LocalDate end = out.get(0).period().end();
            for (Figure o : out.subList(1, out.size())) {
                outflow = outflow.plus(o.estimate());
                start = o.period().start().isBefore(start) ? o.period().start() : start;
                end = o.period().end().isAfter(end) ? o.period().end() : end;
            }
            int days = (int) java.time.temporal.ChronoUnit.DAYS.between(start, end) + 1;
            Ratio share = Ratio.of(outflow, stock.estimate());
            Ratio rate = Ratio.perDay(outflow, days);
            Estimate left = remaining.get().estimate();
            t.row(stock.place().name(), stock.place().controlledBy(), stock.estimate().point(),
                    stock.estimate().interval().low(), stock.estimate().interval().high(), outflow.point(),
                    outflow.interval().low(), outflow.interval().high(), left.point(), left.interval().low(),
                    left.interval().high(), share.point(), share.low(), share.high(), start, end, days, rate.point(),
                    rate.low(), rate.high(), stock.id(), String.join(" ", outIds.subList(1, outIds.size())),
                    remaining.get().id());
        }
        return t.build();
    }

    /**
     * Flows with a named destination, with who controls it and their share of the total flow they are part
     * of (« dont 6.000 vers … Cheikh Maqsoud » is 0.6 of « près de 10.000 »).
     *
     * @return one row per flow, ordered by origin, then destination (Unicode code point order)
     */
    public Table flowsByDestination() {
        TableBuilder t = new TableBuilder("flows-by-destination")
                .text("origin", "destination", "destination_kind", "controlled_by", "flow_id", "derived")
                .people("point", "low", "high").text("total_id")
                .decimal("share_of_total_point", "share_of_total_low", "share_of_total_high");
        for (Flow f : destinationFlows()) {
            Place d = f.destination().orElseThrow();
            Optional<Figure> total = f.partOf().map(dataset::figure);
            Optional<Ratio> share = total.map(w -> Ratio.of(f.estimate(), w.estimate()));
            t.row(f.origin().name(), d.name(), d.kind().name().toLowerCase(java.util.Locale.ROOT), d.controlledBy(),
                    f.id(), f.isDerived() ? "yes" : "no", f.estimate().point(), f.estimate().interval().low(),
                    f.estimate().interval().high(), f.partOf(), ratioPoint(share), ratioLow(share), ratioHigh(share));
        }
        return t.build();
    }

    /**
     * Flows with a named destination, summed by who controls the destination, with their share of the total
     * flow they are part of (0.6 to Kurdish forces, 0.4 to the government).
     *
     * @return one row per origin, total and controller, ordered by origin, total id, then controller
     */
    public Table flowsByController() {
        Map<List<String>, List<Flow>> groups = new LinkedHashMap<>();
        for (Flow f : destinationFlows()) {
            List<String> key = List.of(f.origin().name(), f.partOf().orElse(""),
                    f.destination().orElseThrow().controlledBy().orElse(""));
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
        }
        List<List<String>> keys = new ArrayList<>(groups.keySet());
        keys.sort(Comparator.<List<String>, String>comparing(k -> k.get(0), CODE_POINT_ORDER)
                .thenComparing(k -> k.get(1), CODE_POINT_ORDER).thenComparing(k -> k.get(2), CODE_POINT_ORDER));
        TableBuilder t = new TableBuilder("flows-by-controller").text("origin", "controlled_by").integer("flows")
                .text("flow_ids").people("point", "low", "high").text("total_id")
                .decimal("share_of_total_point", "share_of_total_low", "share_of_total_high");
        for (List<String> key : keys) {
            List<Flow> flows = groups.get(key);
            Estimate sum = flows.get(0).estimate();
            for (Flow f : flows.subList(1, flows.size())) {
                sum = sum.plus(f.estimate());
            }
            Estimate total = sum;
            Optional<String> totalId = key.get(1).isEmpty() ? Optional.empty() : Optional.of(key.get(1));
            Optional<Ratio> share = totalId.map(id -> Ratio.of(total, dataset.figure(id).estimate()));
            t.row(key.get(0), key.get(2).isEmpty() ? Optional.empty() : Optional.of(key.get(2)), flows.size(),
                    String.join(" ", flows.stream().map(Flow::id).toList()), sum.point(), sum.interval().low(),
                    sum.interval().high(), totalId, ratioPoint(share), ratioLow(share), ratioHigh(share));
        }
        return t.build();
    }

    /**
     * Who took which place, when, with the source's words.
     *
     * @return one row per control change, ordered by date, then place (code point order), then id
     */
    public Table controlChanges() {
        List<ControlChange> changes = new ArrayList<>(dataset.controlChanges());
        changes.sort(Comparator.comparing(ControlChange::date)
                .thenComparing(c -> c.place().name(), CODE_POINT_ORDER).thenComparing(ControlChange::id));
        TableBuilder t = new TableBuilder("control-changes").text("id").date("date")
                .text("place", "place_kind", "from", "to", "source", "quote");
        for (ControlChange c : changes) {
            t.row(c.id(), c.date(), c.place().name(), c.place().kind().name().toLowerCase(java.util.Locale.ROOT),
                    c.from(), c.to(), c.evidence().source().map(s -> s.id()),
                    c.evidence().quote().map(q -> q.exact()));
        }
        return t.build();
    }

    /**
     * The dataset's consistency checks.
     *
     * @return columns id, status (pass, warn, fail, skipped), detail, in the dataset's check order
     */
    public Table checks() {
        TableBuilder t = new TableBuilder("checks").text("id", "status", "detail");
        for (Check c : dataset.checks()) {
            t.row(c.id(), c.status().csvName(), c.detail());
        }
        return t.build();
    }

    /**
     * Each figure that other sources also state, with every claim about it and what they agree on: one row per
     * claim, the figure's own (recommended) first.
     *
     * @return columns figure, claim_id, role, source, source_date, quantifier, count, count_high, low, high,
     *     bounds_agreed (low, high, both or empty), agreed_low, agreed_high, status (agree or conflict), quotes
     */
    public Table reconciliation() {
        TableBuilder t = new TableBuilder("reconciliation").text("figure", "claim_id", "role", "source")
                .date("source_date").text("quantifier").people("count", "count_high", "low", "high")
                .text("bounds_agreed").people("agreed_low", "agreed_high").text("status", "quotes");
        for (Reconciliation r : dataset.reconciliations()) {
            for (Reconciliation.Position p : r.positions()) {
                boolean low = r.lowBoundBy().contains(p.claimId());
                boolean high = r.highBoundBy().contains(p.claimId());
                Optional<Count> count = p.count();
                t.row(r.figureId(), p.claimId(), p.role().csvName(), p.source().map(s -> s.id()),
                        p.source().map(s -> s.date()),
                        count.map(c -> c.quantifier().csvName()).orElse(p.role() == ClaimRole.RECOMMENDED
                                ? "derived" : ""),
                        count.map(c -> OptionalLong.of(c.value())).orElse(OptionalLong.empty()),
                        count.filter(c -> c.quantifier() == Quantifier.BETWEEN).map(c -> OptionalLong.of(c.upper()))
                                .orElse(OptionalLong.empty()),
                        p.interval().low(), p.interval().high(), low && high ? "both" : low ? "low" : high ? "high" : "",
                        r.agreed().map(Interval::low).orElse(OptionalLong.empty()),
                        r.agreed().map(Interval::high).orElse(OptionalLong.empty()),
                        r.isConflict() ? "conflict" : "agree",
                        String.join(" | ", p.quotes().stream().map(q -> q.exact()).toList()));
            }
        }
        return t.build();
    }

    /**
     * The uncertainty of every derived figure, share and rate: its point and interval (interval arithmetic),
     * the 5th, 50th and 95th percentiles of the seeded Monte Carlo draws, and the input that moves it most.
     *
     * @param settings seed, number of draws and tail of unbounded counts
     * @return columns quantity, kind (people, share, people_per_day), formula, point, interval_low,
     *     interval_high, p5, p50, p95, draws, seed, main_driver, driver_rank_correlation; values are decimals
     *     (whole numbers for people)
     */
    public Table uncertainty(UncertaintySettings settings) {
        TableBuilder t = new TableBuilder("uncertainty").text("quantity", "kind", "formula")
                .decimal("point", "interval_low", "interval_high", "p5", "p50", "p95").integer("draws")
                .text("seed", "main_driver").decimal("driver_rank_correlation");
        for (DerivedQuantity q : dataset.uncertainty(settings)) {
            Estimate num = estimate(q.expression().numerator());
            Ratio value = q.expression().denominator().map(d -> Ratio.of(num, estimate(d)))
                    .orElse(Ratio.of(num, new Estimate(OptionalLong.of(1), Interval.point(1))));
            Uncertainty u = q.uncertainty();
            t.row(q.name(), q.kind(), q.formula(), value.point(), value.low(), value.high(),
                    OptionalDouble.of(u.p5()), OptionalDouble.of(u.p50()), OptionalDouble.of(u.p95()), u.draws(),
                    Long.toString(settings.seed()), u.mainDriver(), u.driverCorrelation());
        }
        return t.build();
    }

    /** The estimate of a sum of stated inputs, by interval arithmetic. */
    private Estimate estimate(LinearSum sum) {
        Estimate total = new Estimate(OptionalLong.of(sum.constant()), Interval.point(sum.constant()));
        for (Map.Entry<String, Integer> term : sum.terms().entrySet()) {
            Estimate e = dataset.figure(term.getKey()).estimate();
            for (int i = 0; i < Math.abs(term.getValue()); i++) {
                total = term.getValue() > 0 ? total.plus(e) : total.minus(e);
            }
        }
        return total;
    }

    /**
     * Stocks and flows by where people came from: flows by their origin; stocks, which state no origin, in
     * a last row with an empty origin; then a {@code total} row. See {@link #byPeriod()} for the columns.
     *
     * @return columns origin, then the stock and flow columns
     */
    public Table byOrigin() {
        return grouped("summary-by-origin", "origin", f -> f instanceof Flow fl ? fl.origin().name() : "");
    }

    /**
     * Stocks and flows by where people are or went: stocks by their place, flows by their destination
     * (flows that state none in a last row with an empty destination); then a {@code total} row. See
     * {@link #byPeriod()} for the columns.
     *
     * @return columns destination, then the stock and flow columns
     */
    public Table byDestination() {
        return grouped("summary-by-destination", "destination", f -> f instanceof Stock s ? s.place().name()
                : ((Flow) f).destination().map(Place::name).orElse(""));
    }

    /**
     * Stocks and flows by period, stock and flow kept apart, ordered by start then end; then a {@code total}
     * row.
     *
     * <p>Columns after the group's: {@code stocks} (how many stocks are summed), {@code stock_as_of} (the
     * latest of their dates), {@code stock_point}, {@code stock_low}, {@code stock_high}, {@code stock_what},
     * {@code flows}, {@code flow_start}, {@code flow_end}, {@code flow_point}, {@code flow_low},
     * {@code flow_high}, {@code flow_what}. Stocks at different dates are not added up: a group's stock is,
     * for each place, its stocks at the latest date in the group, summed over places. Flows are summed,
     * except those that are part of another flow (their whole is summed) and mentions with no number. A group
     * with no stock or no flow has empty cells there, never 0; an empty high bound is unbounded.
     *
     * @return columns period ({@code 2016-12-31} or {@code 2016-01-01/2016-12-31}), period_start, period_end,
     *     then the stock and flow columns
     */
    public Table byPeriod() {
        Map<List<LocalDate>, Group> groups = new java.util.TreeMap<>(
                Comparator.<List<LocalDate>, LocalDate>comparing(k -> k.get(0)).thenComparing(k -> k.get(1)));
        Group total = new Group();
        for (Figure f : summable()) {
            groups.computeIfAbsent(List.of(f.period().start(), f.period().end()), k -> new Group()).add(f);
            total.add(f);
        }
        TableBuilder t = groupColumns(new TableBuilder("summary-by-period").text("period")
                .date("period_start", "period_end"));
        groups.forEach((k, g) -> t.row(g.values(k.get(0).equals(k.get(1)) ? k.get(0).toString()
                : k.get(0) + "/" + k.get(1), Optional.of(k.get(0)), Optional.of(k.get(1)))));
        t.row(total.values("total", Optional.empty(), Optional.empty()));
        return t.build();
    }

    private Table grouped(String name, String keyColumn, java.util.function.Function<Figure, String> key) {
        Map<String, Group> groups = new java.util.TreeMap<>((a, b) -> a.isEmpty() || b.isEmpty()
                ? Boolean.compare(a.isEmpty(), b.isEmpty()) : CODE_POINT_ORDER.compare(a, b));
        Group total = new Group();
        for (Figure f : summable()) {
            groups.computeIfAbsent(key.apply(f), k -> new Group()).add(f);
            total.add(f);
        }
        TableBuilder t = groupColumns(new TableBuilder(name).text(keyColumn));
        groups.forEach((k, g) -> t.row(g.values(k.isEmpty() ? Optional.empty() : Optional.of(k))));
        t.row(total.values("total"));
        return t.build();
    }

    private static TableBuilder groupColumns(TableBuilder t) {
        return t.integer("stocks").date("stock_as_of").people("stock_point", "stock_low", "stock_high")
                .text("stock_what").integer("flows").date("flow_start", "flow_end")
                .people("flow_point", "flow_low", "flow_high").text("flow_what");
    }

    /** Figures that summaries add up: no mentions, no flows that are part of another flow. */
    private List<Figure> summable() {
        return dataset.figures().stream().filter(f -> !f.isMention())
                .filter(f -> !(f instanceof Flow fl && fl.partOf().isPresent())).toList();
    }

    /** The stocks and flows of one summary row. */
    private static final class Group {
        private final Map<String, List<Stock>> latestByPlace = new java.util.HashMap<>();
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

        Object[] values(Object... key) {
            List<Stock> stocks = new ArrayList<>();
            latestByPlace.values().forEach(stocks::addAll);
            Optional<Estimate> stock = sum(stocks);
            Optional<Estimate> flow = sum(flows);
            Optional<LocalDate> asOf = stocks.stream().map(s -> s.period().end()).max(Comparator.naturalOrder());
            Optional<LocalDate> start = flows.stream().map(f -> f.period().start()).min(Comparator.naturalOrder());
            Optional<LocalDate> end = flows.stream().map(f -> f.period().end()).max(Comparator.naturalOrder());
            List<Object> row = new ArrayList<>(List.of(key));
            row.addAll(List.of(stocks.size(), asOf, point(stock), low(stock), high(stock), what(stocks), flows.size(),
                    start, end, point(flow), low(flow), high(flow), what(flows)));
            return row.toArray();
        }

        private static Optional<Estimate> sum(List<? extends Figure> figures) {
            Estimate sum = null;
            for (Figure f : figures) {
                sum = sum == null ? f.estimate() : sum.plus(f.estimate());
            }
            return Optional.ofNullable(sum);
        }

        private static Optional<String> what(List<? extends Figure> figures) {
            java.util.TreeSet<String> whats = new java.util.TreeSet<>(CODE_POINT_ORDER);
            figures.forEach(f -> whats.add(f.what()));
            return whats.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", whats));
        }

        private static OptionalLong point(Optional<Estimate> e) {
            return e.map(Estimate::point).orElse(OptionalLong.empty());
        }

        private static OptionalLong low(Optional<Estimate> e) {
            return e.map(x -> x.interval().low()).orElse(OptionalLong.empty());
        }

        private static OptionalLong high(Optional<Estimate> e) {
            return e.map(x -> x.interval().high()).orElse(OptionalLong.empty());
        }
    }

    private List<Flow> destinationFlows() {
        List<Flow> flows = new ArrayList<>();
        for (Figure f : dataset.figures()) {
            if (f instanceof Flow flow && flow.destination().isPresent() && !flow.isMention()) {
                flows.add(flow);
            }
        }
        flows.sort(Comparator.<Flow, String>comparing(f -> f.origin().name(), CODE_POINT_ORDER)
                .thenComparing(f -> f.destination().orElseThrow().name(), CODE_POINT_ORDER).thenComparing(Flow::id));
        return flows;
    }

    private static java.util.OptionalDouble ratioPoint(Optional<Ratio> r) {
        return r.map(Ratio::point).orElse(java.util.OptionalDouble.empty());
    }

    private static java.util.OptionalDouble ratioLow(Optional<Ratio> r) {
        return r.map(Ratio::low).orElse(java.util.OptionalDouble.empty());
    }

    private static java.util.OptionalDouble ratioHigh(Optional<Ratio> r) {
        return r.map(Ratio::high).orElse(java.util.OptionalDouble.empty());
    }
}
