package org.displacementstats.table;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.figure.Estimate;
import org.displacementstats.figure.Figure;
import org.displacementstats.figure.Flow;
import org.displacementstats.figure.Place;
import org.displacementstats.figure.Stock;
import org.displacementstats.stats.Ratio;

/** The rows of the tables about flows: the population balance, flows by destination and by controller. */
final class FlowRows {
    private final DisplacementDataset dataset;

    FlowRows(DisplacementDataset dataset) {
        this.dataset = dataset;
    }

    /** For each stated stock with flows out of its place, in the dataset's order. */
    List<PopulationBalanceRow> populationBalance() {
        List<PopulationBalanceRow> rows = new ArrayList<>();
        for (Figure f : dataset.figures()) {
            if (!(f instanceof Stock stock) || stock.isDerived()) {
                continue;
            }
            Optional<Figure> remaining = dataset.remainingOf(stock.id());
            if (remaining.isEmpty()) {
                continue;
            }
            List<String> inputs =
                    remaining.get().evidence().lineage().orElseThrow().inputs();
            List<String> outIds = inputs.subList(1, inputs.size());
            List<Figure> out = outIds.stream().map(dataset::figure).toList();
            Estimate outflow = sum(out);
            LocalDate start = out.stream()
                    .map(o -> o.period().start())
                    .min(Comparator.naturalOrder())
                    .orElseThrow();
            LocalDate end = out.stream()
                    .map(o -> o.period().end())
                    .max(Comparator.naturalOrder())
                    .orElseThrow();
            int days = (int) ChronoUnit.DAYS.between(start, end) + 1;
            rows.add(new PopulationBalanceRow(
                    stock.place().name(),
                    stock.place().controlledBy(),
                    stock.estimate(),
                    outflow,
                    remaining.get().estimate(),
                    Ratio.of(outflow, stock.estimate()),
                    start,
                    end,
                    days,
                    Ratio.perDay(outflow, days),
                    stock.id(),
                    outIds,
                    remaining.get().id()));
        }
        return rows;
    }

    /** Flows with a named destination, by origin, then destination (code point order), then id. */
    List<DestinationFlowRow> flowsByDestination() {
        List<DestinationFlowRow> rows = new ArrayList<>();
        for (Flow f : destinationFlows()) {
            Place d = f.destination().orElseThrow();
            Optional<Ratio> share = f.partOf()
                    .map(id -> Ratio.of(f.estimate(), dataset.figure(id).estimate()));
            rows.add(new DestinationFlowRow(
                    f.origin().name(),
                    d.name(),
                    d.kind(),
                    d.controlledBy(),
                    f.id(),
                    f.isDerived(),
                    f.estimate(),
                    f.partOf(),
                    share));
        }
        return rows;
    }

    /** Flows with a named destination summed by origin, total and controller, in that order. */
    List<ControllerFlowRow> flowsByController() {
        Map<List<String>, List<Flow>> groups = new LinkedHashMap<>();
        for (Flow f : destinationFlows()) {
            List<String> key = List.of(
                    f.origin().name(),
                    f.partOf().orElse(""),
                    f.destination().orElseThrow().controlledBy().orElse(""));
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
        }
        List<List<String>> keys = new ArrayList<>(groups.keySet());
        keys.sort(Comparator.<List<String>, String>comparing(k -> k.get(0), Place.NAME_ORDER)
                .thenComparing(k -> k.get(1), Place.NAME_ORDER)
                .thenComparing(k -> k.get(2), Place.NAME_ORDER));
        List<ControllerFlowRow> rows = new ArrayList<>();
        for (List<String> key : keys) {
            List<Flow> flows = groups.get(key);
            Estimate total = sum(flows);
            Optional<String> totalId = nonEmpty(key.get(1));
            rows.add(new ControllerFlowRow(
                    key.get(0),
                    nonEmpty(key.get(2)),
                    flows.stream().map(Flow::id).toList(),
                    total,
                    totalId,
                    totalId.map(id -> Ratio.of(total, dataset.figure(id).estimate()))));
        }
        return rows;
    }

    private static Optional<String> nonEmpty(String s) {
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    /** The sum of at least one figure's estimates, by interval arithmetic. */
    private static Estimate sum(List<? extends Figure> figures) {
        Estimate sum = figures.get(0).estimate();
        for (Figure f : figures.subList(1, figures.size())) {
            sum = sum.plus(f.estimate());
        }
        return sum;
    }

    private List<Flow> destinationFlows() {
        List<Flow> flows = new ArrayList<>();
        for (Figure f : dataset.figures()) {
            if (f instanceof Flow flow && flow.destination().isPresent() && !flow.isMention()) {
                flows.add(flow);
            }
        }
        flows.sort(Comparator.<Flow, String>comparing(f -> f.origin().name(), Place.NAME_ORDER)
                .thenComparing(f -> f.destination().orElseThrow().name(), Place.NAME_ORDER)
                .thenComparing(Flow::id));
        return flows;
    }
}
