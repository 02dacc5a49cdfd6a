package org.displacementstats.report;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.figure.Claim;
import org.displacementstats.figure.ControlChange;
import org.displacementstats.figure.Figure;
import org.displacementstats.provenance.Quote;
import org.displacementstats.provenance.Source;

/**
 * The sources of {@link HtmlReport}: each source's text with every quoted span marked, each mark linking back to
 * the rows that quote it (figures, claims, control changes), and those rows linking to the mark.
 *
 * <p>Quotes with the same offsets share one mark; a quote inside another is marked inside it; a quote that
 * starts inside another and ends after it is marked up to the other's end. A quote is marked only when the
 * source's text holds it at its offsets (the {@code quote-found} check); otherwise its row shows the words
 * without a link.
 */
final class HtmlSources {
    /** A row that quotes a span: the anchor of the row, and the id it shows. */
    record Citation(String anchor, String label) {}

    private record Span(int start, int end) {}

    private HtmlSources() {}

    /** The anchor of a figure's row in the figures table. */
    static String figureAnchor(String id) {
        return "figure-" + id;
    }

    /** The anchor of a claim's row in the reconciliation table. */
    static String claimAnchor(String id) {
        return "claim-" + id;
    }

    /** The anchor of a control change's row. */
    static String changeAnchor(String id) {
        return "change-" + id;
    }

    /** The anchor of a source's section. */
    static String sourceAnchor(String id) {
        return "source-" + id;
    }

    /** The anchor of a quote's mark, when the source's text holds the quote. */
    static Optional<String> quoteAnchor(DisplacementDataset dataset, Optional<Source> source, Quote quote) {
        return source.filter(
                        s -> dataset.sourceText(s.id()).map(quote::isFoundIn).orElse(false))
                .map(s -> "quote-" + s.id() + "-" + quote.start() + "-" + quote.end());
    }

    /** Writes one section per source, in the dataset's order. */
    static void write(Html html, DisplacementDataset dataset) {
        Map<String, Map<Span, List<Citation>>> spans = spans(dataset);
        for (Source s : dataset.sources()) {
            html.open("section", "id", sourceAnchor(s.id()), "class", "source").line();
            html.element("h3", s.publisher()).line();
            html.open("p")
                    .text(s.document() + " — " + s.date() + " (date "
                            + s.dateBasis().name().toLowerCase(Locale.ROOT) + "), id ")
                    .element("code", s.id())
                    .close("p")
                    .line();
            Optional<String> text = dataset.sourceText(s.id());
            if (text.isEmpty()) {
                html.element(
                                "p",
                                "The dataset does not hold this source's text: its quotes are shown in the tables"
                                        + " above, unmarked.",
                                "class",
                                "note")
                        .line();
            } else {
                html.open("div", "class", "source-text");
                marked(html, s.id(), text.get(), spans.getOrDefault(s.id(), Map.of()));
                html.close("div").line();
            }
            html.close("section").line();
        }
    }

    private static void marked(Html html, String sourceId, String text, Map<Span, List<Citation>> spans) {
        int[] cps = text.codePoints().toArray();
        List<Span> sorted = new ArrayList<>(spans.keySet());
        sorted.sort(Comparator.comparingInt(Span::start)
                .thenComparing(Comparator.comparingInt(Span::end).reversed()));
        // The open marks, innermost first, each with where it closes (clipped to the mark around it).
        Deque<Span> open = new ArrayDeque<>();
        Deque<Integer> ends = new ArrayDeque<>();
        int pos = 0;
        for (Span span : sorted) {
            while (!open.isEmpty() && ends.peek() <= span.start()) {
                pos = close(html, cps, pos, ends.pop(), spans.get(open.pop()));
            }
            html.text(new String(cps, pos, span.start() - pos));
            pos = span.start();
            html.open("mark", "id", "quote-" + sourceId + "-" + span.start() + "-" + span.end(), "class", "quote");
            ends.push(ends.isEmpty() ? span.end() : Math.min(span.end(), ends.peek()));
            open.push(span);
        }
        while (!open.isEmpty()) {
            pos = close(html, cps, pos, ends.pop(), spans.get(open.pop()));
        }
        html.text(new String(cps, pos, cps.length - pos));
    }

    private static int close(Html html, int[] cps, int pos, int end, List<Citation> citations) {
        html.text(new String(cps, pos, end - pos)).close("mark");
        html.open("sup", "class", "cited-by");
        for (int i = 0; i < citations.size(); i++) {
            html.raw(i == 0 ? "" : " ")
                    .open(
                            "a",
                            "href",
                            "#" + citations.get(i).anchor(),
                            "title",
                            "back to " + citations.get(i).label())
                    .text("↩ " + citations.get(i).label())
                    .close("a");
        }
        html.close("sup");
        return end;
    }

    /** Every markable quote of the dataset, by source and span, with the rows that cite it, in dataset order. */
    private static Map<String, Map<Span, List<Citation>>> spans(DisplacementDataset dataset) {
        Map<String, Map<Span, List<Citation>>> all = new LinkedHashMap<>();
        for (Figure f : dataset.figures()) {
            f.evidence()
                    .quote()
                    .ifPresent(q ->
                            add(all, dataset, f.evidence().source(), q, new Citation(figureAnchor(f.id()), f.id())));
        }
        for (Claim c : dataset.claims()) {
            for (Quote q : c.quotes()) {
                add(all, dataset, Optional.of(c.source()), q, new Citation(claimAnchor(c.id()), c.id()));
            }
        }
        for (ControlChange c : dataset.controlChanges()) {
            c.evidence()
                    .quote()
                    .ifPresent(q ->
                            add(all, dataset, c.evidence().source(), q, new Citation(changeAnchor(c.id()), c.id())));
        }
        return all;
    }

    private static void add(
            Map<String, Map<Span, List<Citation>>> all,
            DisplacementDataset dataset,
            Optional<Source> source,
            Quote q,
            Citation citation) {
        if (quoteAnchor(dataset, source, q).isEmpty()) {
            return;
        }
        List<Citation> citations = all.computeIfAbsent(source.orElseThrow().id(), k -> new LinkedHashMap<>())
                .computeIfAbsent(new Span(q.start(), q.end()), k -> new ArrayList<>());
        if (!citations.contains(citation)) {
            citations.add(citation);
        }
    }
}
