package org.displacementstats.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.displacementstats.dataset.Check;
import org.displacementstats.dataset.DerivedQuantity;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.dataset.Reconciliation;
import org.displacementstats.figure.ControlChange;
import org.displacementstats.figure.Count;
import org.displacementstats.figure.Estimate;
import org.displacementstats.figure.Figure;
import org.displacementstats.figure.Flow;
import org.displacementstats.figure.Interval;
import org.displacementstats.figure.Place;
import org.displacementstats.figure.Quantifier;
import org.displacementstats.figure.Stock;
import org.displacementstats.provenance.Lineage;
import org.displacementstats.provenance.Quote;
import org.displacementstats.provenance.Source;
import org.displacementstats.stats.LinearSum;
import org.displacementstats.stats.Ratio;
import org.displacementstats.stats.UncertaintySettings;

/** The rows of the tables that list the dataset's records: figures, control changes, checks, reconciliation. */
final class RecordRows {
    private final DisplacementDataset dataset;

    RecordRows(DisplacementDataset dataset) {
        this.dataset = dataset;
    }

    /** One row per figure, stated and derived, in the dataset's order. */
    List<FigureRow> figures() {
        List<FigureRow> rows = new ArrayList<>(dataset.figures().size());
        for (Figure f : dataset.figures()) {
            // Nulls, not optionals, for what is only looked at here: a large import makes a row per figure.
            Place place = f instanceof Stock s ? s.place() : null;
            Place origin = f instanceof Flow fl ? fl.origin() : null;
            Optional<Place> destination = f instanceof Flow fl ? fl.destination() : Optional.empty();
            Count count = f.count().orElse(null);
            Quote quote = f.evidence().quote().orElse(null);
            rows.add(new FigureRow(
                    f.id(),
                    f instanceof Stock ? "stock" : "flow",
                    f.what(),
                    place == null ? Optional.empty() : Optional.of(place.name()),
                    origin == null ? Optional.empty() : Optional.of(origin.name()),
                    destination.map(Place::name),
                    place != null ? place.controlledBy() : destination.flatMap(Place::controlledBy),
                    f.period().start(),
                    f.period().end(),
                    f.period().accuracy(),
                    count == null ? Optional.empty() : Optional.of(count.quantifier()),
                    count != null && count.quantifier() != Quantifier.VAGUE
                            ? OptionalLong.of(count.value())
                            : OptionalLong.empty(),
                    count != null && count.quantifier() == Quantifier.BETWEEN
                            ? OptionalLong.of(count.upper())
                            : OptionalLong.empty(),
                    f.estimate(),
                    f instanceof Flow fl ? fl.partOf() : Optional.empty(),
                    f.evidence().lineage().map(Lineage::formula),
                    f.evidence().source().map(Source::id),
                    quote == null ? Optional.empty() : Optional.of(quote.exact()),
                    quote == null ? OptionalLong.empty() : OptionalLong.of(quote.start()),
                    quote == null ? OptionalLong.empty() : OptionalLong.of(quote.end())));
        }
        return rows;
    }

    /** One row per control change, by date, then place (code point order), then id. */
    List<ControlChangeRow> controlChanges() {
        List<ControlChange> changes = new ArrayList<>(dataset.controlChanges());
        changes.sort(Comparator.comparing(ControlChange::date)
                .thenComparing(c -> c.place().name(), Place.NAME_ORDER)
                .thenComparing(ControlChange::id));
        return changes.stream()
                .map(c -> new ControlChangeRow(
                        c.id(),
                        c.date(),
                        c.place().name(),
                        c.place().kind(),
                        c.from(),
                        c.to(),
                        c.evidence().source().map(Source::id),
                        c.evidence().quote().map(Quote::exact)))
                .toList();
    }

    /** One row per check, in the dataset's check order. */
    List<CheckRow> checks() {
        return dataset.checks().stream()
                .map((Check c) -> new CheckRow(c.id(), c.status(), c.detail()))
                .toList();
    }

    /** One row per claim of each reconciled figure, the figure's own first. */
    List<ReconciliationRow> reconciliation() {
        List<ReconciliationRow> rows = new ArrayList<>();
        for (Reconciliation r : dataset.reconciliations()) {
            for (Reconciliation.Position p : r.positions()) {
                rows.add(new ReconciliationRow(r, p));
            }
        }
        return rows;
    }

    /** One row per derived quantity, with its interval by interval arithmetic. */
    List<UncertaintyRow> uncertainty(UncertaintySettings settings) {
        List<UncertaintyRow> rows = new ArrayList<>();
        for (DerivedQuantity q : dataset.uncertainty(settings)) {
            Estimate num = estimate(q.expression().numerator());
            Ratio value = q.expression()
                    .denominator()
                    .map(d -> Ratio.of(num, estimate(d)))
                    .orElse(Ratio.of(num, new Estimate(OptionalLong.of(1), Interval.point(1))));
            rows.add(new UncertaintyRow(q, value, settings.seed()));
        }
        return rows;
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
}
