package org.displacementstats.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.displacementstats.dataset.CheckStatus;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.figure.Figure;
import org.displacementstats.provenance.Quote;
import org.displacementstats.table.SummaryTables;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The tables of {@link HtmlReport}: checks, uncertainty, reconciliation, figures and control changes. */
final class HtmlTables {
    private HtmlTables() {}

    /** The checks, failures first, then warnings, skipped and passed checks, each in the dataset's order. */
    static void checks(Html html, SummaryTables tables) {
        Table t = tables.checks();
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < t.rowCount(); r++) {
            rows.add(r);
        }
        List<String> order = List.of(CheckStatus.FAIL, CheckStatus.WARN, CheckStatus.SKIPPED, CheckStatus.PASS).stream()
                .map(CheckStatus::csvName)
                .toList();
        rows.sort(Comparator.comparingInt(
                r -> order.indexOf(t.stringColumn("status").get(r))));
        List<String> counts = new ArrayList<>();
        for (String status : order) {
            counts.add(t.stringColumn("status").countOccurrences(status) + " " + status);
        }
        html.element("p", t.rowCount() + " checks: " + String.join(", ", counts) + ".")
                .line();
        head(html, "Checks, failures first", "Status", "Check", "Detail");
        for (int r : rows) {
            String status = t.stringColumn("status").get(r);
            html.open("tr", "class", "status-" + status)
                    .element("td", status, "class", "status")
                    .element("td", t.stringColumn("id").get(r))
                    .element("td", t.stringColumn("detail").get(r))
                    .close("tr")
                    .line();
        }
        html.close("tbody").close("table").line();
    }

    /** Any table as it is, its columns and cells as in the CSV report (text not guarded, unbounded as ∞). */
    static void plain(Html html, Table t, String caption) {
        List<ReportColumn> columns = ReportColumn.of(t);
        head(html, caption, columns.stream().map(ReportColumn::name).toArray(String[]::new));
        for (int r = 0; r < t.rowCount(); r++) {
            html.open("tr");
            for (ReportColumn c : columns) {
                html.element(
                        "td",
                        c.isUnbounded(r)
                                ? c.infinity().replace("-", "−").replace(CsvReport.UNBOUNDED, "∞")
                                : c.column() instanceof StringColumn s ? s.get(r) : c.cell(r));
            }
            html.close("tr").line();
        }
        html.close("tbody").close("table").line();
    }

    /** Each claim about a figure with what the sources agree on; each row links to its quotes. */
    static void reconciliation(Html html, DisplacementDataset dataset, SummaryTables tables) {
        Table t = tables.reconciliation();
        if (t.rowCount() == 0) {
            html.element("p", "No figure in this dataset is stated by another source.")
                    .line();
            return;
        }
        head(
                html,
                "Claims about each figure, the figure's own first",
                "Figure",
                "Claim",
                "Role",
                "Source",
                "Words",
                "Interval",
                "Agreed",
                "Status",
                "Quotes");
        for (int r = 0; r < t.rowCount(); r++) {
            String figure = t.stringColumn("figure").get(r);
            String claim = t.stringColumn("claim_id").get(r);
            boolean own = claim.equals(figure);
            html.open("tr", "id", own ? null : HtmlSources.claimAnchor(claim))
                    .open("td")
                    .link(HtmlSources.figureAnchor(figure), figure)
                    .close("td")
                    .element("td", claim)
                    .element("td", t.stringColumn("role").get(r))
                    .open("td");
            source(html, t.stringColumn("source").get(r));
            html.close("td")
                    .element("td", words(t, r))
                    .element("td", people(t, r, "low", "high", false))
                    .element("td", people(t, r, "agreed_low", "agreed_high", true))
                    .element(
                            "td",
                            t.stringColumn("status").get(r),
                            "class",
                            "status-" + t.stringColumn("status").get(r))
                    .open("td");
            List<Quote> quotes = own
                    ? dataset.figure(figure).evidence().quote().map(List::of).orElse(List.of())
                    : dataset.claims().stream()
                            .filter(c -> c.id().equals(claim))
                            .findFirst()
                            .map(c -> c.quotes())
                            .orElse(List.of());
            Optional<org.displacementstats.provenance.Source> src = own
                    ? dataset.figure(figure).evidence().source()
                    : dataset.claims().stream()
                            .filter(c -> c.id().equals(claim))
                            .findFirst()
                            .map(c -> c.source());
            for (Quote q : quotes) {
                quote(html, dataset, src, q);
            }
            html.close("td").close("tr").line();
        }
        html.close("tbody").close("table").line();
    }

    /** Every figure, stated and derived: its words, its estimate and its source, linking to its quote. */
    static void figures(Html html, DisplacementDataset dataset, SummaryTables tables) {
        Table t = tables.figures();
        head(
                html,
                "Figures, stated then derived",
                "Figure",
                "Kind",
                "What",
                "Where",
                "Period",
                "Words",
                "Estimate",
                "Derived as",
                "Source",
                "Quote");
        for (int r = 0; r < t.rowCount(); r++) {
            String id = t.stringColumn("id").get(r);
            Figure f = dataset.figure(id);
            String place = t.stringColumn("place").get(r);
            String where = !place.isEmpty()
                    ? place
                    : t.stringColumn("origin").get(r)
                            + (t.stringColumn("destination").get(r).isEmpty()
                                    ? ""
                                    : " → " + t.stringColumn("destination").get(r));
            String start = ReportWriter.cell(t.column("period_start"), r);
            String end = ReportWriter.cell(t.column("period_end"), r);
            html.open("tr", "id", HtmlSources.figureAnchor(id))
                    .element("th", id, "scope", "row")
                    .element("td", t.stringColumn("kind").get(r))
                    .element("td", t.stringColumn("what").get(r))
                    .element("td", where)
                    .element("td", start.equals(end) ? start : start + " to " + end)
                    .element("td", words(t, r))
                    .element("td", Amount.label(optional(t, "point", r), optional(t, "low", r), optional(t, "high", r)))
                    .element("td", t.stringColumn("derived_as").get(r))
                    .open("td");
            source(html, t.stringColumn("source").get(r));
            html.close("td").open("td");
            f.evidence()
                    .quote()
                    .ifPresent(q -> quote(html, dataset, f.evidence().source(), q));
            html.close("td").close("tr").line();
        }
        html.close("tbody").close("table").line();
    }

    /** Who took which place, when, linking to the source's words. */
    static void controlChanges(Html html, DisplacementDataset dataset, SummaryTables tables) {
        Table t = tables.controlChanges();
        if (t.rowCount() == 0) {
            html.element("p", "No control change in this dataset.").line();
            return;
        }
        head(html, "Control changes, by date", "Change", "Date", "Place", "From", "To", "Source", "Quote");
        for (int r = 0; r < t.rowCount(); r++) {
            String id = t.stringColumn("id").get(r);
            var change = dataset.controlChanges().stream()
                    .filter(c -> c.id().equals(id))
                    .findFirst()
                    .orElseThrow();
            html.open("tr", "id", HtmlSources.changeAnchor(id))
                    .element("th", id, "scope", "row")
                    .element("td", ReportWriter.cell(t.column("date"), r))
                    .element("td", t.stringColumn("place").get(r))
                    .element("td", t.stringColumn("from").get(r))
                    .element("td", t.stringColumn("to").get(r))
                    .open("td");
            source(html, t.stringColumn("source").get(r));
            html.close("td").open("td");
            change.evidence()
                    .quote()
                    .ifPresent(q -> quote(html, dataset, change.evidence().source(), q));
            html.close("td").close("tr").line();
        }
        html.close("tbody").close("table").line();
    }

    /** Opens a table with a caption and a row of header cells, and its body. */
    static void head(Html html, String caption, String... headers) {
        html.open("table").element("caption", caption).open("thead").open("tr");
        for (String h : headers) {
            html.element("th", h, "scope", "col");
        }
        html.close("tr").close("thead").open("tbody").line();
    }

    /** A quote in the source's words; a link to its mark in the source's text when the text holds it. */
    private static void quote(
            Html html, DisplacementDataset dataset, Optional<org.displacementstats.provenance.Source> source, Quote q) {
        Optional<String> anchor = HtmlSources.quoteAnchor(dataset, source, q);
        html.open("q");
        if (anchor.isPresent()) {
            html.link(anchor.get(), q.exact());
        } else {
            html.text(q.exact());
        }
        html.close("q").raw(" ");
    }

    private static void source(Html html, String id) {
        if (!id.isEmpty()) {
            html.link(HtmlSources.sourceAnchor(id), id);
        }
    }

    /** The source's words: quantifier and count ({@code nearly 10000}, {@code between 6000 and 10000}). */
    private static String words(Table t, int r) {
        String quantifier = t.stringColumn("quantifier").get(r);
        OptionalLong count = optional(t, "count", r);
        OptionalLong high = optional(t, "count_high", r);
        return (quantifier.replace('_', ' ')
                        + (count.isPresent() ? " " + Amount.group(count.getAsLong()) : "")
                        + (high.isPresent() ? " and " + Amount.group(high.getAsLong()) : ""))
                .strip();
    }

    /** An interval from two people columns; empty when both are missing and {@code blankIfNone}. */
    private static String people(Table t, int r, String low, String high, boolean blankIfNone) {
        OptionalLong lo = optional(t, low, r);
        OptionalLong hi = optional(t, high, r);
        if (blankIfNone && lo.isEmpty() && hi.isEmpty()) {
            return "";
        }
        return Amount.label(OptionalLong.empty(), lo, hi);
    }

    static OptionalLong optional(Table t, String column, int r) {
        LongColumn c = t.longColumn(column);
        return c.isMissing(r) ? OptionalLong.empty() : OptionalLong.of(c.getLong(r));
    }
}
