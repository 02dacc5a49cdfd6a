package org.displacementstats.report;

/** The style sheet of {@link HtmlReport}, inline in the page: Okabe–Ito colours, black text, A4 print. */
final class HtmlStyle {
    /** The CSS. */
    static final String CSS = """

            body { font-family: sans-serif; color: #000; background: #fff; margin: 0 auto; max-width: 70em;
              padding: 1em; line-height: 1.4; }
            h1 { font-size: 1.6em; } h2 { font-size: 1.3em; border-bottom: 2px solid #0072B2; }
            h3 { font-size: 1.1em; }
            table { border-collapse: collapse; margin: 0.5em 0 1.5em; font-size: 0.85em; }
            caption { text-align: left; font-weight: bold; padding: 0.3em 0; }
            th, td { border: 1px solid #999; padding: 0.2em 0.4em; text-align: left; vertical-align: top; }
            thead th { background: #eee; }
            td.number { text-align: right; white-space: nowrap; }
            .status-fail td, td.status-conflict { color: #000; background: #F5C6A8; font-weight: bold; }
            .status-warn td { background: #F8E0A0; }
            figure.chart { margin: 1em 0; }
            figure.chart svg { width: 100%; height: auto; border: 1px solid #ddd; }
            figcaption { font-size: 0.9em; }
            .source-text { white-space: pre-wrap; border-left: 4px solid #56B4E9; padding: 0.5em 1em;
              background: #fafafa; }
            mark.quote { background: #F0E442; color: #000; }
            mark.quote:target { outline: 3px solid #D55E00; background: #F0E442; }
            tr:target { outline: 3px solid #D55E00; }
            sup.cited-by { font-size: 0.7em; }
            .note { font-style: italic; }
            a { color: #0072B2; }
            @page { size: A4; margin: 15mm; }
            @media print {
              body { max-width: none; padding: 0; font-size: 10pt; }
              nav { display: none; }
              table, figure { break-inside: avoid; }
              h2, h3 { break-after: avoid; }
              a { color: #000; text-decoration: none; }
              section#sources { break-before: page; }
            }
            """;

    private HtmlStyle() {}
}
