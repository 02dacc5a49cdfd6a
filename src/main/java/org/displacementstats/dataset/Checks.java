package org.displacementstats.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.displacementstats.figure.ControlChange;
import org.displacementstats.figure.Figure;
import org.displacementstats.figure.Flow;
import org.displacementstats.figure.Interval;
import org.displacementstats.figure.Stock;
import org.displacementstats.provenance.Source;

/**
 * The consistency checks of the report (src/site/markdown/report-files.md), in their order: the figures against
 * each other and their sources' dates (here), the claims of several sources ({@link SourceChecks}), what an
 * importer declares ({@link ExpectationChecks}), then the quotes ({@link SourceChecks}). Comparisons are made
 * "within intervals": a check fails only when no values allowed by the figures' intervals satisfy it.
 */
final class Checks {
    private Checks() {}

    /**
     * @param contents the dataset's validated records
     * @param index its figures by id
     * @param reconciliations its claims reconciled, one per figure with claims
     * @return the checks, in a stable order: by rule, then by the subject's order in the dataset
     */
    static List<Check> run(DatasetContents contents, FigureIndex index, List<Reconciliation> reconciliations) {
        List<Check> checks = new ArrayList<>();
        List<Figure> figures = contents.figures();
        for (Figure f : figures) {
            if (f instanceof Flow part && part.partOf().isPresent() && !part.isMention()) {
                Figure whole = index.get(part.partOf().get());
                checks.add(atMost("part-within-whole:" + part.id(), part, whole));
            }
        }
        for (Figure f : contents.imported() ? List.<Figure>of() : figures) {
            if (f instanceof Stock stock && !stock.isDerived()) {
                for (Flow flow : Remaining.outflows(figures, stock)) {
                    checks.add(atMost("flow-within-population:" + flow.id(), flow, stock));
                }
                balanceLeftOut(figures, stock).ifPresent(checks::add);
            }
        }
        Map<String, List<Flow>> statedParts = new HashMap<>();
        for (Figure f : figures) {
            if (f instanceof Flow part && part.partOf().isPresent() && !part.isDerived() && !part.isMention()) {
                statedParts
                        .computeIfAbsent(part.partOf().get(), k -> new ArrayList<>())
                        .add(part);
            }
        }
        for (Figure whole : figures) {
            List<Flow> stated = statedParts.get(whole.id());
            if (stated != null) {
                checks.add(partsSum(whole, stated));
            }
        }
        for (Figure f : figures) {
            // In an imported file a derived flow is a net change between two counts, negative when the count
            // fell; the fall itself is reported by stock-not-falling.
            if (f.isDerived() && !(contents.imported() && f instanceof Flow)) {
                checks.add(nonNegative(f));
            }
        }
        for (Figure f : figures) {
            checks.add(datesOrdered(index, f));
        }
        for (ControlChange c : contents.controlChanges()) {
            Source s = c.evidence().source().orElseThrow();
            boolean ok = !c.date().isAfter(s.date());
            checks.add(new Check(
                    "dates-ordered:" + c.id(),
                    ok ? CheckStatus.PASS : CheckStatus.FAIL,
                    "control change on " + c.date() + (ok ? " is not after " : " is after ") + "its source '" + s.id()
                            + "' dated " + s.date()));
        }
        for (Reconciliation r : reconciliations) {
            checks.add(SourceChecks.claimsAgree(r));
        }
        ExpectationChecks.run(contents, index, checks);
        SourceChecks.quotes(contents, checks);
        return checks;
    }

    /**
     * A warning when flows out of a stock's place are left out of its population balance because they start
     * before the stock's date: their people may already be missing from that count, so subtracting them could
     * count them twice. Without it the balance row would vanish without a word.
     */
    private static Optional<Check> balanceLeftOut(List<Figure> figures, Stock stock) {
        List<String> early = new ArrayList<>();
        for (Figure f : figures) {
            if (f instanceof Flow flow
                    && flow.origin().name().equals(stock.place().name())
                    && flow.partOf().isEmpty()
                    && !flow.isMention()
                    && flow.period().start().isBefore(stock.period().start())) {
                early.add("'" + flow.id() + "' (from " + flow.period().start() + ")");
            }
        }
        if (early.isEmpty()) {
            return Optional.empty();
        }
        boolean none = Remaining.outflows(figures, stock).isEmpty();
        return Optional.of(new Check(
                "population-balance:" + stock.id(),
                CheckStatus.WARN,
                "the flow"
                        + (early.size() == 1 ? " " : "s ") + String.join(", ", early) + " out of "
                        + stock.place().name()
                        + (early.size() == 1 ? " starts" : " start") + " before the population figure '" + stock.id()
                        + "' dated " + stock.period().start() + ", so " + (early.size() == 1 ? "it is" : "they are")
                        + " left out of the population balance"
                        + (none ? ", which has no row for " + stock.place().name() : "")
                        + "; give the population as counted at or before the flows' start to subtract them"));
    }

    /** part ≤ whole within intervals: fails only when the part's lowest value exceeds the whole's highest. */
    private static Check atMost(String id, Figure part, Figure whole) {
        Interval p = part.estimate().interval();
        Interval w = whole.estimate().interval();
        boolean impossible = p.low().isPresent()
                && w.high().isPresent()
                && p.low().getAsLong() > w.high().getAsLong();
        return new Check(
                id,
                impossible ? CheckStatus.FAIL : CheckStatus.PASS,
                part.id() + " " + p + (impossible ? " exceeds " : " can be at most ") + whole.id() + " " + w);
    }

    private static Check partsSum(Figure whole, List<Flow> parts) {
        Interval sum = parts.get(0).estimate().interval();
        StringBuilder names = new StringBuilder(parts.get(0).id());
        for (Flow p : parts.subList(1, parts.size())) {
            sum = sum.plus(p.estimate().interval());
            names.append(" + ").append(p.id());
        }
        Interval w = whole.estimate().interval();
        boolean impossible = sum.low().isPresent()
                && w.high().isPresent()
                && sum.low().getAsLong() > w.high().getAsLong();
        return new Check(
                "parts-sum-within-whole:" + whole.id(),
                impossible ? CheckStatus.FAIL : CheckStatus.PASS,
                "stated parts " + names + " = " + sum + (impossible ? " exceed " : " fit within ") + whole.id() + " "
                        + w);
    }

    private static Check nonNegative(Figure f) {
        Interval i = f.estimate().interval();
        boolean pointNegative =
                f.estimate().point().isPresent() && f.estimate().point().getAsLong() < 0;
        boolean allNegative = i.high().isPresent() && i.high().getAsLong() < 0;
        boolean mayBeNegative = i.low().isEmpty() || i.low().getAsLong() < 0;
        CheckStatus status =
                pointNegative || allNegative ? CheckStatus.FAIL : mayBeNegative ? CheckStatus.WARN : CheckStatus.PASS;
        String point = f.estimate().point().isPresent()
                ? String.valueOf(f.estimate().point().getAsLong())
                : "none";
        return new Check(
                "derived-non-negative:" + f.id(),
                status,
                f.id() + " = "
                        + f.evidence().lineage().orElseThrow().formula() + " = " + point + " " + i
                        + (status == CheckStatus.PASS
                                ? " is not negative"
                                : status == CheckStatus.WARN
                                        ? " may be negative within its interval"
                                        : " is negative"));
    }

    private static Check datesOrdered(FigureIndex index, Figure f) {
        Source source = f.evidence().source().orElse(null);
        boolean afterSource = source != null && f.period().end().isAfter(source.date());
        Figure whole = f instanceof Flow flow && flow.partOf().isPresent()
                ? index.get(flow.partOf().get())
                : null;
        boolean outsideWhole = whole != null
                && (f.period().start().isBefore(whole.period().start())
                        || f.period().end().isAfter(whole.period().end()));
        if (!afterSource && !outsideWhole) {
            // Worded only when asked for: an import counts its passes without printing them.
            return new Check(
                    "dates-ordered",
                    f.id(),
                    CheckStatus.PASS,
                    () -> "period " + f.period().start() + ".." + f.period().end()
                            + (source == null
                                    ? " is ordered"
                                    : " ends on or before its source's date " + source.date()));
        }
        List<String> problems = new ArrayList<>();
        if (afterSource) {
            problems.add(
                    "ends " + f.period().end() + ", after its source '" + source.id() + "' dated " + source.date());
        }
        if (outsideWhole) {
            problems.add("period " + f.period().start() + ".." + f.period().end() + " is not within its whole '"
                    + whole.id() + "' " + whole.period().start() + ".."
                    + whole.period().end());
        }
        return new Check("dates-ordered:" + f.id(), CheckStatus.FAIL, String.join("; ", problems));
    }
}
