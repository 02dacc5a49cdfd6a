package org.displacementstats.dataset;

import java.util.List;
import org.displacementstats.figure.Figure;

/**
 * The checks of what an imported file states about its own numbers ({@link Expectation}): a cumulative count
 * that does not fall, parts that add up to their printed total, notes. A fall is a warning, never a rejection.
 */
final class ExpectationChecks {
    private ExpectationChecks() {}

    /** One check, or one per stock, for each expectation an importer declared, in their order. */
    static void run(DatasetContents contents, FigureIndex index, List<Check> checks) {
        for (Expectation e : contents.expectations()) {
            if (e instanceof Expectation.NotFalling nf) {
                notFalling(index, nf, checks);
            } else if (e instanceof Expectation.AddsUp a) {
                checks.add(addsUp(a));
            } else if (e instanceof Expectation.Noted n) {
                checks.add(new Check(n.rule() + ":" + n.subject(), CheckStatus.WARN, n.detail()));
            }
        }
    }

    /** Each stock of a cumulative count against the one before it: a fall is a warning, never a rejection. */
    private static void notFalling(FigureIndex index, Expectation.NotFalling nf, List<Check> checks) {
        for (int i = 1; i < nf.stockIds().size(); i++) {
            Figure before = index.get(nf.stockIds().get(i - 1));
            Figure after = index.get(nf.stockIds().get(i));
            var b = before.estimate().point();
            var a = after.estimate().point();
            String rule = "stock-not-falling";
            if (b.isEmpty() || a.isEmpty()) {
                checks.add(new Check(
                        rule + ":" + after.id(),
                        CheckStatus.SKIPPED,
                        after.id() + " or " + before.id() + " has no number"));
            } else if (a.getAsLong() < b.getAsLong()) {
                checks.add(new Check(
                        rule + ":" + after.id(),
                        CheckStatus.WARN,
                        "stock fell by " + (b.getAsLong() - a.getAsLong()) + " on "
                                + after.period().end() + " (from " + b.getAsLong() + " on "
                                + before.period().end() + " to "
                                + a.getAsLong() + "; " + before.id() + " -> " + after.id() + ")"));
            } else {
                // Worded only when asked for: an import counts its passes without printing them.
                checks.add(new Check(
                        rule,
                        after.id(),
                        CheckStatus.PASS,
                        () -> after.id() + " " + a.getAsLong() + " on "
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
}
