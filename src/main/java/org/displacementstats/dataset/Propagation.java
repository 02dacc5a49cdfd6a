package org.displacementstats.dataset;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.figure.Count;
import org.displacementstats.figure.Figure;
import org.displacementstats.figure.Flow;
import org.displacementstats.figure.Stock;
import org.displacementstats.stats.Expression;
import org.displacementstats.stats.LinearSum;
import org.displacementstats.stats.MonteCarlo;
import org.displacementstats.stats.Uncertainty;
import org.displacementstats.stats.UncertaintySettings;

/** Builds the derived quantities of a dataset as expressions over its stated counts and propagates them. */
final class Propagation {
    private Propagation() {}

    static List<DerivedQuantity> run(DisplacementDataset ds, UncertaintySettings settings) {
        List<String[]> described = new ArrayList<>();
        List<Expression> expressions = new ArrayList<>();
        for (Figure f : ds.figures()) {
            if (f.isDerived()) {
                expressions.add(Expression.people(f.id(), expand(ds, f)));
                described.add(new String[] {
                    "people", f.evidence().lineage().orElseThrow().formula()
                });
            }
        }
        for (Figure f : ds.figures()) {
            if (f instanceof Stock stock && !stock.isDerived()) {
                List<Flow> out = Remaining.outflows(ds.figures(), stock);
                if (out.isEmpty()) {
                    continue;
                }
                LinearSum outflow = LinearSum.ofConstant(0);
                List<String> ids = new ArrayList<>();
                java.time.LocalDate start = out.get(0).period().start();
                java.time.LocalDate end = out.get(0).period().end();
                for (Flow o : out) {
                    outflow = outflow.plus(expand(ds, o), 1);
                    ids.add(o.id());
                    start = o.period().start().isBefore(start) ? o.period().start() : start;
                    end = o.period().end().isAfter(end) ? o.period().end() : end;
                }
                String sum = ids.size() == 1 ? ids.get(0) : "(" + String.join(" + ", ids) + ")";
                expressions.add(Expression.ratio("share-out:" + stock.id(), outflow, expand(ds, stock)));
                described.add(new String[] {"share", sum + " / " + stock.id()});
                long days = ChronoUnit.DAYS.between(start, end) + 1;
                expressions.add(Expression.ratio("outflow-per-day:" + stock.id(), outflow, LinearSum.ofConstant(days)));
                described.add(new String[] {"people_per_day", sum + " / " + days + " days"});
            }
        }
        for (Figure f : ds.figures()) {
            if (f instanceof Flow part && part.partOf().isPresent() && !part.isMention()) {
                expressions.add(Expression.ratio(
                        "share-of-total:" + part.id(),
                        expand(ds, part),
                        expand(ds, ds.figure(part.partOf().get()))));
                described.add(
                        new String[] {"share", part.id() + " / " + part.partOf().get()});
            }
        }
        Map<String, Count> inputs = new LinkedHashMap<>();
        for (Figure f : ds.figures()) {
            f.count().filter(c -> !f.isMention()).ifPresent(c -> inputs.put(f.id(), c));
        }
        List<Uncertainty> results = MonteCarlo.of(settings, ds.policy()).propagate(inputs, expressions);
        List<DerivedQuantity> quantities = new ArrayList<>(results.size());
        for (int i = 0; i < results.size(); i++) {
            quantities.add(new DerivedQuantity(
                    expressions.get(i).name(),
                    described.get(i)[0],
                    described.get(i)[1],
                    expressions.get(i),
                    results.get(i)));
        }
        return quantities;
    }

    /** A figure as a sum of stated inputs: itself if stated, else its formula with derived terms expanded. */
    static LinearSum expand(DisplacementDataset ds, Figure f) {
        if (!f.isDerived()) {
            if (f.isMention()) {
                throw new DisplacementDataException(
                        "figure '" + f.id() + "' is a mention with no number; it cannot be" + " part of a computation");
            }
            return LinearSum.of(f.id());
        }
        String[] tokens = f.evidence().lineage().orElseThrow().formula().trim().split("\\s+");
        LinearSum sum = expand(ds, ds.figure(tokens[0]));
        for (int i = 1; i + 1 < tokens.length; i += 2) {
            sum = sum.plus(expand(ds, ds.figure(tokens[i + 1])), tokens[i].equals("-") ? -1 : 1);
        }
        return sum;
    }
}
