package org.displacementstats.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.stats.UncertaintySettings;
import org.displacementstats.table.SummaryTables;

/**
 * Writes a dataset's report as one self-contained web page, {@code report.html}, to read offline: no script, no
 * stylesheet or font fetched from anywhere, the charts drawn inline as SVG.
 *
 * <pre>{@code
 * HtmlReport.write(DisplacementDataset.aleppo2016(), Path.of("report.html"));
 * }</pre>
 *
 * <p>In this order: the headline numbers (population, people who fled, where they went, by who controls the
 * destination) with their intervals; the flow chart and the population balance chart; the checks, failures
 * first; the uncertainty table; the reconciliation of the sources' claims; the figures and control changes;
 * and each source's text with every quoted span marked. Each figure links to its quote in the source's text,
 * and each quote back to the figures, claims and control changes that cite it.
 *
 * <p>All text from the dataset is escaped (a quote holding {@code <script>} shows as text), and the page is
 * well-formed XML as well as HTML. The bytes depend only on the dataset and the settings: UTF-8, {@code \n}
 * line ends, numbers grouped with {@code ,} whatever the default locale, no timestamps; the charts' text is
 * placed with the fonts installed, as in {@link Charts}. Headings are in order, tables have header cells, each
 * chart has a caption that says in words what it shows, the colours are the Okabe–Ito palette, and the page
 * prints on A4.
 */
public final class HtmlReport {
    /** The file name {@code report --html} writes into the report directory. */
    public static final String FILE = "report.html";

    private HtmlReport() {}

    /**
     * Writes the page of {@code dataset} to {@code file}, replacing it.
     *
     * @param dataset the dataset
     * @param file the page to write; its directory must exist
     * @throws DisplacementDataException if the file cannot be written
     */
    public static void write(DisplacementDataset dataset, Path file) {
        write(dataset, file, UncertaintySettings.DEFAULT);
    }

    /**
     * Writes the page with the given Monte Carlo settings for its uncertainty table.
     *
     * @param dataset the dataset
     * @param file the page to write; its directory must exist
     * @param settings seed, draws and tail of the uncertainty propagation
     * @throws DisplacementDataException if the file cannot be written
     */
    public static void write(DisplacementDataset dataset, Path file, UncertaintySettings settings) {
        Objects.requireNonNull(file, "file");
        try {
            Files.write(file, page(dataset, settings).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DisplacementDataException(file + ": cannot write the report page (" + e + ")", e);
        }
    }

    /** The page, as text. */
    static String page(DisplacementDataset dataset, UncertaintySettings settings) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(settings, "settings");
        SummaryTables tables = SummaryTables.of(dataset);
        Html html = new Html();
        html.raw("<!DOCTYPE html>")
                .line()
                .open("html", "lang", "en", "xmlns", "http://www.w3.org/1999/xhtml")
                .line()
                .open("head")
                .line()
                .raw("<meta charset=\"utf-8\"/>")
                .line()
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
                .line()
                .element("title", "Displacement report: " + dataset.name())
                .line()
                .open("style")
                .raw(HtmlStyle.CSS)
                .close("style")
                .line()
                .close("head")
                .line()
                .open("body")
                .line()
                .open("header")
                .line()
                .element("h1", "Displacement report: " + dataset.name())
                .line()
                .element(
                        "p",
                        dataset.figures().size() + " figures, "
                                + dataset.claims().size() + " claims from other"
                                + " sources, " + dataset.sources().size() + " sources, "
                                + dataset.checks().size()
                                + " checks.")
                .line()
                .open("nav", "aria-label", "Contents")
                .open("ol");
        String[][] sections = {
            {"headline", "Headline numbers"},
            {"charts", "Charts"},
            {"checks", "Checks"},
            {"uncertainty", "Uncertainty"},
            {"reconciliation", "What the sources agree on"},
            {"figures", "Figures"},
            {"sources", "Sources"}
        };
        for (String[] s : sections) {
            html.open("li").link(s[0], s[1]).close("li");
        }
        html.close("ol").close("nav").line().close("header").line().open("main").line();
        section(html, sections[0]);
        HtmlHeadline.numbers(html, dataset, tables);
        html.close("section").line();
        section(html, sections[1]);
        HtmlHeadline.charts(html, dataset, tables);
        html.close("section").line();
        section(html, sections[2]);
        HtmlTables.checks(html, tables);
        html.close("section").line();
        section(html, sections[3]);
        html.element(
                        "p",
                        "Each derived figure, share and rate: its interval by interval arithmetic, and the 5th,"
                                + " 50th and 95th percentiles of " + settings.draws()
                                + " seeded Monte Carlo draws (seed "
                                + settings.seed() + ").")
                .line();
        HtmlTables.plain(html, tables.uncertainty(settings), "Uncertainty of the derived quantities");
        html.close("section").line();
        section(html, sections[4]);
        HtmlTables.reconciliation(html, dataset, tables);
        html.close("section").line();
        section(html, sections[5]);
        HtmlTables.figures(html, dataset, tables);
        html.element("h3", "Control changes").line();
        HtmlTables.controlChanges(html, dataset, tables);
        html.close("section").line();
        section(html, sections[6]);
        HtmlSources.write(html, dataset);
        html.close("section")
                .line()
                .close("main")
                .line()
                .close("body")
                .line()
                .close("html")
                .line();
        return html.toString();
    }

    private static void section(Html html, String[] idAndTitle) {
        html.open("section", "id", idAndTitle[0])
                .line()
                .element("h2", idAndTitle[1])
                .line();
    }
}
