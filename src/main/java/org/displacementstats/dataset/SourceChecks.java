package org.displacementstats.dataset;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.displacementstats.figure.Claim;
import org.displacementstats.figure.ControlChange;
import org.displacementstats.figure.Figure;
import org.displacementstats.provenance.Quote;
import org.displacementstats.provenance.Source;

/**
 * The checks of a dataset against its sources: the claims of several sources about a figure agree
 * ({@code claims-agree}), and each quote is found in its source's text ({@code quote-found}).
 */
final class SourceChecks {
    private SourceChecks() {}

    /** Whether some value satisfies every claim about a figure, and which claims bound it. */
    static Check claimsAgree(Reconciliation r) {
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
    static void quotes(DatasetContents contents, List<Check> checks) {
        // Quotes counted in a one-element array, and a figure's quote listed without a stream: an import runs
        // this on every batch.
        Map<String, int[]> unchecked = new LinkedHashMap<>();
        for (Figure f : contents.figures()) {
            quoteCheck(
                    contents, f.id(), f.evidence().source(), listed(f.evidence().quote()), checks, unchecked);
        }
        for (ControlChange c : contents.controlChanges()) {
            quoteCheck(
                    contents, c.id(), c.evidence().source(), listed(c.evidence().quote()), checks, unchecked);
        }
        for (Claim c : contents.claims()) {
            quoteCheck(contents, c.id(), Optional.of(c.source()), c.quotes(), checks, unchecked);
        }
        unchecked.forEach((source, quotes) -> checks.add(new Check(
                "quote-found:" + source,
                CheckStatus.SKIPPED,
                "the text of source '" + source + "' is not in the dataset ("
                        + (contents.imported() ? "an import keeps no file text" : "sources.csv text_file")
                        + "), so its "
                        + quotes[0]
                        + (quotes[0] == 1 ? " quote is" : " quotes are") + " not checked")));
    }

    private static List<Quote> listed(Optional<Quote> quote) {
        return quote.isPresent() ? List.of(quote.get()) : List.of();
    }

    private static void quoteCheck(
            DatasetContents contents,
            String id,
            Optional<Source> source,
            List<Quote> quotes,
            List<Check> checks,
            Map<String, int[]> unchecked) {
        if (source.isEmpty()) {
            return;
        }
        Source s = source.get();
        String text = contents.sourceTexts().get(s.id());
        if (text == null) {
            unchecked.computeIfAbsent(s.id(), k -> new int[1])[0] += quotes.size();
            return;
        }
        for (int i = 0; i < quotes.size(); i++) {
            Quote quote = quotes.get(i);
            boolean found = quote.isFoundIn(text);
            checks.add(new Check(
                    "quote-found:" + id + (quotes.size() > 1 ? "#" + (i + 1) : ""),
                    found ? CheckStatus.PASS : CheckStatus.FAIL,
                    "quote '" + quote.exact() + "' "
                            + (found ? "found" : "not found") + " at code points " + quote.start() + ".." + quote.end()
                            + " of source '" + s.id() + "'"));
        }
    }
}
