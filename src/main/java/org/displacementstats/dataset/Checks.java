package org.displacementstats.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.displacementstats.figure.Claim;
import org.displacementstats.figure.ControlChange;
import org.displacementstats.figure.Figure;
import org.displacementstats.figure.Flow;
import org.displacementstats.figure.Interval;
import org.displacementstats.figure.Stock;
import org.displacementstats.provenance.Quote;
import org.displacementstats.provenance.Source;

/**
 * The consistency checks of the report (src/site/markdown/report-files.md), and those an importer declares as
 * {@link Expectation}s. Comparisons are made "within intervals": a check fails only when no values allowed by the
 * figures' intervals satisfy it.
 */
final class Checks {
    private Checks() {}

    static List<Check> run(DisplacementDataset ds) {
        List<Check> checks = new ArrayList<>();
        List<Figure> figures = ds.figures();
        for (Figure f : figures) {
            if (f instanceof Flow part && part.partOf().isPresent() && !part.isMention()) {
                Figure whole = ds.figure(part.partOf().get());
                checks.add(atMost("part-within-whole:" + part.id(), part, whole));
            }
        }
        for (Figure f : ds.isImported() ? List.<Figure>of() : figures) {
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
            if (f.isDerived() && !(ds.isImported() && f instanceof Flow)) {
                checks.add(nonNegative(f));
            }
        }
        for (Figure f : figures) {
            checks.add(datesOrdered(ds, f));
        }
        for (ControlChange c : ds.controlChanges()) {
            Source s = c.evidence().source().orElseThrow();
            boolean ok = !c.date().isAfter(s.date());
            checks.add(new Check(
                    "dates-ordered:" + c.id(),
                    ok ? CheckStatus.PASS : CheckStatus.FAIL,
                    "control change on " + c.date() + (ok ? " is not after " : " is after ") + "its source '" + s.id()
                            + "' dated " + s.date()));
        }
        for (Reconciliation r : ds.reconciliations()) {
            checks.add(claimsAgree(r));
        }
        for (Expectation e : ds.expectations()) {
            if (e instanceof Expectation.NotFalling nf) {
                notFalling(ds, nf, checks);
            } else if (e instanceof Expectation.AddsUp a) {
                checks.add(addsUp(a));
            } else if (e instanceof Expectation.Noted n) {
                checks.add(new Check(n.rule() + ":" + n.subject(), CheckStatus.WARN, n.detail()));
            }
        }
        quoteChecks(ds, checks);
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

    private static Check claimsAgree(Reconciliation r) {
        StringBuilder claims = new StringBuilder();
        for (Reconciliation.Position p : r.positions()) {
            claims.append(claims.length() == 0 ? "" : ", ")
                    .append(p.claimId())
                    .append(' ')
                    .append(p.interval());
        }
        if (r.isConflict()) {
            return new Check(
                    "claims-agree:" + r.figureId(),
                    CheckStatus.FAIL,
                    "no value satisfies every claim: "
                            + String.join(" + ", r.lowBoundBy()) + " start above where "
                            + String.join(" + ", r.highBoundBy())
                            + " end (" + claims + ")");
        }
        return new Check(
                "claims-agree:" + r.figureId(),
                CheckStatus.PASS,
                r.positions().size() + " claims agree on "
                        + r.agreed().orElseThrow() + " (low from " + String.join(" + ", r.lowBoundBy()) + "; high from "
                        + (r.highBoundBy().isEmpty() ? "none: unbounded" : String.join(" + ", r.highBoundBy())) + "): "
                        + claims);
    }

    /**
     * One row per quote whose source's text the dataset has (pass or fail), and one skipped row per source
     * whose text it lacks, rather than one per quote.
     */
    private static void quoteChecks(DisplacementDataset ds, List<Check> checks) {
        Map<String, Integer> unchecked = new LinkedHashMap<>();
        for (Figure f : ds.figures()) {
            quoteCheck(
                    ds,
                    f.id(),
                    f.evidence().source(),
                    f.evidence().quote().stream().toList(),
                    checks,
                    unchecked);
        }
        for (ControlChange c : ds.controlChanges()) {
            quoteCheck(
                    ds,
                    c.id(),
                    c.evidence().source(),
                    c.evidence().quote().stream().toList(),
                    checks,
                    unchecked);
        }
        for (Claim c : ds.claims()) {
            quoteCheck(ds, c.id(), Optional.of(c.source()), c.quotes(), checks, unchecked);
        }
        unchecked.forEach((source, quotes) -> checks.add(new Check(
                "quote-found:" + source,
                CheckStatus.SKIPPED,
                "the text of source '" + source + "' is not in the dataset ("
                        + (ds.isImported() ? "an import keeps no file text" : "sources.csv text_file") + "), so its "
                        + quotes
                        + (quotes == 1 ? " quote is" : " quotes are") + " not checked")));
    }

    private static void quoteCheck(
            DisplacementDataset ds,
            String id,
            Optional<Source> source,
            List<Quote> quotes,
            List<Check> checks,
            Map<String, Integer> unchecked) {
        if (source.isEmpty()) {
            return;
        }
        Source s = source.get();
        Optional<String> text = ds.sourceText(s.id());
        if (text.isEmpty()) {
            unchecked.merge(s.id(), quotes.size(), Integer::sum);
            return;
        }
        for (int i = 0; i < quotes.size(); i++) {
            Quote quote = quotes.get(i);
            boolean found = quote.isFoundIn(text.get());
            checks.add(new Check(
                    "quote-found:" + id + (quotes.size() > 1 ? "#" + (i + 1) : ""),
                    found ? CheckStatus.PASS : CheckStatus.FAIL,
                    "quote '" + quote.exact() + "' "
                            + (found ? "found" : "not found") + " at code points " + quote.start() + ".." + quote.end()
                            + " of source '" + s.id() + "'"));
        }
    }

    /** Each stock of a cumulative count against the one before it: a fall is a warning, never a rejection. */
    private static void notFalling(DisplacementDataset ds, Expectation.NotFalling nf, List<Check> checks) {
        for (int i = 1; i < nf.stockIds().size(); i++) {
            Figure before = ds.figure(nf.stockIds().get(i - 1));
            Figure after = ds.figure(nf.stockIds().get(i));
            var b = before.estimate().point();
            var a = after.estimate().point();
            String id = "stock-not-falling:" + after.id();
            if (b.isEmpty() || a.isEmpty()) {
                checks.add(new Check(id, CheckStatus.SKIPPED, after.id() + " or " + before.id() + " has no number"));
            } else if (a.getAsLong() < b.getAsLong()) {
                checks.add(new Check(
                        id,
                        CheckStatus.WARN,
                        "stock fell by " + (b.getAsLong() - a.getAsLong()) + " on "
                                + after.period().end() + " (from " + b.getAsLong() + " on "
                                + before.period().end() + " to "
                                + a.getAsLong() + "; " + before.id() + " -> " + after.id() + ")"));
            } else {
                checks.add(new Check(
                        id,
                        CheckStatus.PASS,
                        after.id() + " " + a.getAsLong() + " on "
                                + after.period().end() + " is not below " + before.id() + " " + b.getAsLong() + " on "
                                + before.period().end()));
            }
        }
    }

    /** Parts printed next to a total against it; the parts are never added into the total. */
    private static Check addsUp(Expectation.AddsUp a) {
        long sum = a.sum();
        StringBuilder parts = new StringBuilder();
        for (Expectation.Part p : a.parts()) {
            parts.append(parts.length() == 0 ? "" : " + ")
                    .append(p.label())
                    .append(' ')
                    .append(p.value());
        }
        CheckStatus status = sum == a.total()
                ? CheckStatus.PASS
                : sum < a.total() && a.partsMayBeIncomplete() ? CheckStatus.WARN : CheckStatus.FAIL;
        String verdict = sum == a.total() ? " equals " : sum > a.total() ? " exceeds " : " falls short of ";
        return new Check(
                a.rule() + ":" + a.subject(),
                status,
                a.where() + ": " + parts + " = " + sum + verdict + a.totalLabel() + " " + a.total()
                        + (sum == a.total() ? "" : " by " + Math.abs(a.total() - sum)));
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

    private static Check datesOrdered(DisplacementDataset ds, Figure f) {
        List<String> problems = new ArrayList<>();
        f.evidence().source().ifPresent(s -> {
            if (f.period().end().isAfter(s.date())) {
                problems.add("ends " + f.period().end() + ", after its source '" + s.id() + "' dated " + s.date());
            }
        });
        if (f instanceof Flow flow && flow.partOf().isPresent()) {
            Figure whole = ds.figure(flow.partOf().get());
            if (f.period().start().isBefore(whole.period().start())
                    || f.period().end().isAfter(whole.period().end())) {
                problems.add("period " + f.period().start() + ".." + f.period().end() + " is not within its whole '"
                        + whole.id() + "' " + whole.period().start() + ".."
                        + whole.period().end());
            }
        }
        String detail = problems.isEmpty()
                ? "period " + f.period().start() + ".." + f.period().end()
                        + f.evidence()
                                .source()
                                .map(s -> " ends on or before its source's date " + s.date())
                                .orElse(" is ordered")
                : String.join("; ", problems);
        return new Check("dates-ordered:" + f.id(), problems.isEmpty() ? CheckStatus.PASS : CheckStatus.FAIL, detail);
    }
}
