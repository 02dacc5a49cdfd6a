package org.displacementstats.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.internal.CsvCells;
import org.displacementstats.stats.UncertaintySettings;
import org.displacementstats.table.SummaryTables;
import tech.tablesaw.api.Table;

/**
 * Writes a dataset's report: one CSV file per summary table, in a directory.
 *
 * <pre>{@code
 * CsvReport.write(DisplacementDataset.aleppo2016(), Path.of("report"));
 * CsvReport.write(ds, Path.of("report-hxl"), CsvReport.Option.HXL_HASHTAGS);
 * }</pre>
 *
 * <p>The bytes depend only on the dataset: UTF-8 without BOM, {@code \n} line ends, RFC 4180 quoting,
 * {@code .} as decimal point, whole numbers without separators or ".0", shares and rates rounded half-even
 * to {@value #DECIMALS} decimal places, ISO-8601 dates, {@value #UNBOUNDED} for an unbounded upper bound and
 * {@code -inf} for an unbounded lower one (the tables' {@code _unbounded} flags, which are not written as columns),
 * an empty cell only for an absent value, no timestamps. A text cell that a spreadsheet would run as a formula
 * (it begins with {@code = + - @}, tab or carriage return) is written with a leading {@code '}, and so is one
 * that begins with {@code '}, so that removing one leading {@code '} always restores the text.
 *
 * <p>The files are written to a new sibling directory and moved into place only when all are complete: a
 * failed run leaves the previous report as it was. The directory must be new, empty, or a previous report.
 */
public final class CsvReport {
    /** Decimal places of shares and rates. */
    public static final int DECIMALS = 6;

    /** How an unbounded upper bound is written ({@code -inf} for an unbounded lower bound); as {@code Interval}. */
    public static final String UNBOUNDED = "inf";

    /** The files of a report, in the order they are written. */
    public static final List<String> FILES = List.of(
            "figures.csv",
            "population-balance.csv",
            "flows-by-destination.csv",
            "flows-by-controller.csv",
            "control-changes.csv",
            "checks.csv",
            "reconciliation.csv",
            "uncertainty.csv");

    /**
     * The files {@link Option#CHARTS} adds ({@link Charts#FILES}), named here so that a report without charts never
     * loads the chart classes, whose libraries (JFreeChart, JFreeSVG) an embedder may leave out.
     */
    public static final List<String> CHART_FILES =
            List.of("flows.svg", "flows.png", "population-balance.svg", "population-balance.png");

    /** The files of an import report ({@link #writeImport}); {@code rejected.csv} only when rows were skipped. */
    public static final List<String> IMPORT_FILES = List.of(
            "figures.csv",
            "checks.csv",
            "summary-by-origin.csv",
            "summary-by-destination.csv",
            "summary-by-period.csv",
            "rejected.csv");

    /** Choices for {@link #write(DisplacementDataset, Path, Option...)}. */
    public enum Option {
        /** Add a second row of HXL hashtags ({@code #affected+displaced+ind}) under each header. */
        HXL_HASHTAGS,
        /** Also draw the flows and the population balance as SVG and PNG ({@link Charts#FILES}). */
        CHARTS,
        /**
         * Start each file with a UTF-8 byte order mark, so that Excel opens accented names right (it reads a CSV
         * file without one in the system's code page).
         */
        BYTE_ORDER_MARK,
        /** Also write the report as one web page, {@value HtmlReport#FILE} ({@link HtmlReport}). */
        HTML,
        /**
         * {@link #writeImport} only: list every check in {@code checks.csv}, one row each, instead of one counted row
         * per rule that passed ({@link StreamedImport}).
         */
        ALL_CHECKS
    }

    /** Called after each file is written; tests use it to make a write fail half way. */
    interface AfterFile {
        void written(Path file) throws IOException;
    }

    private CsvReport() {}

    /**
     * Writes the report of {@code dataset} into {@code dir}, replacing a previous report there.
     *
     * @param dataset the dataset
     * @param dir the report directory; created if missing
     * @param options {@link Option#HXL_HASHTAGS} to add HXL hashtag rows, {@link Option#CHARTS} to draw the charts,
     *     {@link Option#BYTE_ORDER_MARK} for Excel
     * @throws DisplacementDataException if {@code dir} holds files that are not a report, or cannot be written;
     *     the previous report is then left as it was
     */
    public static void write(DisplacementDataset dataset, Path dir, Option... options) {
        write(dataset, dir, UncertaintySettings.DEFAULT, options);
    }

    /**
     * Writes the report with the given Monte Carlo settings for {@code uncertainty.csv}.
     *
     * @param dataset the dataset
     * @param dir the report directory; created if missing
     * @param settings seed, draws and tail of the uncertainty propagation
     * @param options {@link Option#HXL_HASHTAGS} to add HXL hashtag rows
     * @throws DisplacementDataException as {@link #write(DisplacementDataset, Path, Option...)}
     */
    public static void write(DisplacementDataset dataset, Path dir, UncertaintySettings settings, Option... options) {
        write(
                dataset,
                dir,
                settings,
                options.length == 0 ? EnumSet.noneOf(Option.class) : EnumSet.copyOf(List.of(options)),
                file -> {});
    }

    static void write(DisplacementDataset dataset, Path dir, Set<Option> options, AfterFile afterFile) {
        write(dataset, dir, UncertaintySettings.DEFAULT, options, afterFile);
    }

    static void write(
            DisplacementDataset dataset,
            Path dir,
            UncertaintySettings settings,
            Set<Option> options,
            AfterFile afterFile) {
        Set<String> own = new HashSet<>(FILES);
        own.addAll(CHART_FILES);
        own.add(HtmlReport.FILE);
        ReportWriter.write(tables(dataset, settings), dir, own, options, afterFile, temporary -> {
            if (options.contains(Option.CHARTS)) {
                Charts.writeTo(dataset, temporary);
                for (String chart : CHART_FILES) {
                    afterFile.written(temporary.resolve(chart));
                }
            }
            if (options.contains(Option.HTML)) {
                HtmlReport.write(dataset, temporary.resolve(HtmlReport.FILE), settings);
                afterFile.written(temporary.resolve(HtmlReport.FILE));
            }
        });
    }

    /**
     * Writes the report of an imported dataset into {@code dir}, replacing a previous import report there:
     * {@code figures.csv}, {@code checks.csv}, {@code summary-by-origin.csv}, {@code summary-by-destination.csv}
     * and {@code summary-by-period.csv}. Same bytes rules and atomic replacement as
     * {@link #write(DisplacementDataset, Path, Option...)}; {@code checks.csv} lists the checks that did not pass
     * and one counted row per rule that passed, unless {@link Option#ALL_CHECKS} ({@link StreamedImport}).
     *
     * @param dataset the imported dataset
     * @param dir the report directory; created if missing
     * @param options {@link Option#HXL_HASHTAGS} to add HXL hashtag rows, {@link Option#BYTE_ORDER_MARK} for Excel,
     *     {@link Option#ALL_CHECKS} to list every check
     * @throws DisplacementDataException if {@code dir} holds files that are not an import report, or cannot be
     *     written; the previous report is then left as it was
     */
    public static void writeImport(DisplacementDataset dataset, Path dir, Option... options) {
        writeImportTables(importTables(dataset, options), dir, options);
    }

    /**
     * Writes the report of an imported dataset as {@link #writeImport(DisplacementDataset, Path, Option...)} does,
     * and the rows the import skipped as {@code rejected.csv}.
     *
     * @param dataset the imported dataset
     * @param dir the report directory; created if missing
     * @param rejected the rows the import skipped
     * @param options {@link Option#HXL_HASHTAGS} to add HXL hashtag rows
     * @throws DisplacementDataException as {@link #writeImport(DisplacementDataset, Path, Option...)}
     */
    public static void writeImport(DisplacementDataset dataset, Path dir, Table rejected, Option... options) {
        Map<String, Table> tables = importTables(dataset, options);
        tables.put("rejected.csv", Objects.requireNonNull(rejected, "rejected"));
        writeImportTables(tables, dir, options);
    }

    private static void writeImportTables(Map<String, Table> tables, Path dir, Option... options) {
        ReportWriter.write(tables, dir, IMPORT_FILES, Set.of(options), file -> {});
    }

    private static Map<String, Table> importTables(DisplacementDataset dataset, Option... options) {
        return ImportReport.tables(dataset, List.of(options).contains(Option.ALL_CHECKS));
    }

    /** The report's tables by file name, in {@link #FILES} order. */
    static Map<String, Table> tables(DisplacementDataset dataset, UncertaintySettings settings) {
        SummaryTables t = SummaryTables.of(dataset);
        Map<String, Table> tables = new LinkedHashMap<>();
        tables.put("figures.csv", t.figures());
        tables.put("population-balance.csv", t.populationBalance());
        tables.put("flows-by-destination.csv", t.flowsByDestination());
        tables.put("flows-by-controller.csv", t.flowsByController());
        tables.put("control-changes.csv", t.controlChanges());
        tables.put("checks.csv", t.checks());
        tables.put("reconciliation.csv", t.reconciliation());
        tables.put("uncertainty.csv", t.uncertainty(settings));
        return tables;
    }

    /**
     * Writes one table to {@code out} exactly as a report file holds it (same header, cells and quoting): any table
     * of {@link SummaryTables} or {@link org.displacementstats.table.FlowLogTables}, for a program that streams a
     * table (to a servlet response, a {@code StringWriter}) rather than writing a directory. Characters are
     * written; the caller's {@code Writer} decides the encoding (the report's files are UTF-8).
     *
     * <pre>{@code
     * Writer out = new StringWriter();   // or a servlet response's getWriter()
     * CsvReport.writeTable(SummaryTables.of(DisplacementDataset.aleppo2016()).populationBalance(), out);
     * }</pre>
     *
     * @param table the table ({@code SummaryTables.of(ds).populationBalance()})
     * @param out where to write; flushed, not closed
     * @param options {@link Option#HXL_HASHTAGS} adds the hashtag row of the file named after the table,
     *     {@link Option#BYTE_ORDER_MARK} starts with one
     * @throws IllegalArgumentException for {@link Option#CHARTS} or {@link Option#HTML}, which write files
     * @throws UncheckedIOException if {@code out} cannot be written
     */
    public static void writeTable(Table table, Writer out, Option... options) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(out, "out");
        Set<Option> chosen = Set.of(options);
        if (chosen.contains(Option.CHARTS) || chosen.contains(Option.HTML)) {
            throw new IllegalArgumentException("one table is written as CSV only, without " + chosen);
        }
        try {
            ReportWriter.writeTable(
                    table,
                    out,
                    chosen.contains(Option.HXL_HASHTAGS) ? table.name() + ".csv" : null,
                    chosen.contains(Option.BYTE_ORDER_MARK));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write table " + table.name() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Neutralises a text cell that a spreadsheet would run as a formula (OWASP "CSV injection").
     *
     * @param text the text
     * @return the text, with a leading {@code '} if it begins with {@code = + - @ ' TAB CR}
     * @see CsvCells#guard
     */
    public static String guard(String text) {
        return CsvCells.guard(text);
    }

    /**
     * Reverses {@link #guard}: the text as it was before the report was written.
     *
     * @param cell a text cell read from a report
     * @return the cell without its guarding {@code '}
     * @see CsvCells#unguard
     */
    public static String unguard(String cell) {
        return CsvCells.unguard(cell);
    }
}
