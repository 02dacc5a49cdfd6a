package org.displacementstats.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.RejectedRow;
import org.displacementstats.dataset.Check;
import org.displacementstats.dataset.CheckStatus;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.table.CheckRow;
import org.displacementstats.table.SummaryTables;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The report of an import ({@link CsvReport#IMPORT_FILES}): {@code figures.csv}, {@code checks.csv}, the three
 * summaries and, when rows were set aside, {@code rejected.csv}.
 *
 * <p>Its {@code checks.csv} lists every {@code fail}, {@code warn} and {@code skipped} check, in the dataset's check
 * order, then one counted {@code pass} row per rule that passed: id the rule alone ({@code dates-ordered}), detail
 * {@code 1999999 checks passed; …}. With {@link CsvReport.Option#ALL_CHECKS} it lists every check, one row each,
 * as the full report does. A file of a million rows passes millions of checks; listing them hides the few that
 * did not pass.
 */
public final class ImportReport {
    private ImportReport() {}

    /**
     * Writes the report of an imported dataset into {@code dir}, replacing a previous import report there, with
     * a progress line per file written.
     *
     * @param dataset the imported dataset
     * @param dir the report directory; created if missing
     * @param rejected the rows the import set aside, written as {@code rejected.csv}; empty to write no such file
     * @param progress receives a line per phase (building the tables, each file written)
     * @param options {@link CsvReport.Option#HXL_HASHTAGS}, {@link CsvReport.Option#BYTE_ORDER_MARK},
     *     {@link CsvReport.Option#ALL_CHECKS}
     * @throws DisplacementDataException if {@code dir} holds files that are not an import report, or cannot be
     *     written; the previous report is then left as it was
     */
    public static void write(
            DisplacementDataset dataset,
            Path dir,
            Optional<List<RejectedRow>> rejected,
            Consumer<String> progress,
            Set<CsvReport.Option> options) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(rejected, "rejected");
        Objects.requireNonNull(progress, "progress");
        progress.accept(String.format(
                Locale.ROOT,
                "writing: building the tables of %d figures",
                dataset.figures().size()));
        Map<String, Table> tables = tables(dataset, options.contains(CsvReport.Option.ALL_CHECKS));
        rejected.ifPresent(rows -> tables.put("rejected.csv", rejectedTable(rows)));
        ReportWriter.write(tables, dir, CsvReport.IMPORT_FILES, options, file -> {
            Path name = file.getFileName();
            progress.accept(String.format(
                    Locale.ROOT,
                    "writing: %s (%d rows)",
                    name,
                    tables.get(String.valueOf(name)).rowCount()));
        });
    }

    /** The tables of an import report but {@code rejected.csv}, by file name, in the order they are written. */
    static Map<String, Table> tables(DisplacementDataset dataset, boolean allChecks) {
        SummaryTables t = SummaryTables.of(dataset);
        Map<String, Table> tables = new LinkedHashMap<>();
        tables.put("figures.csv", t.figures());
        tables.put("checks.csv", checks(dataset.checks(), allChecks));
        tables.put("summary-by-origin.csv", t.byOrigin());
        tables.put("summary-by-destination.csv", t.byDestination());
        tables.put("summary-by-period.csv", t.byPeriod());
        return tables;
    }

    /**
     * The table of an import's {@code checks.csv}.
     *
     * @param checks the dataset's checks, in its order
     * @param all every check one row each; otherwise passing checks counted, one row per rule
     * @return columns {@link CheckRow#COLUMNS}
     */
    static Table checks(List<Check> checks, boolean all) {
        List<CheckRow> rows = new ArrayList<>();
        Map<String, Long> passed = new LinkedHashMap<>();
        for (Check c : checks) {
            if (c.status() == CheckStatus.PASS && !all) {
                passed.merge(c.rule(), 1L, Long::sum);
            } else {
                rows.add(new CheckRow(c.id(), c.status(), c.detail()));
            }
        }
        passed.forEach((rule, n) -> rows.add(new CheckRow(
                rule,
                CheckStatus.PASS,
                n + (n == 1 ? " check" : " checks") + " passed; import with --all-checks to list each")));
        return CheckRow.COLUMNS.table(rows);
    }

    /** The table of {@code rejected.csv}: one row per row set aside, with where and why. */
    static Table rejectedTable(List<RejectedRow> rows) {
        StringColumn files = StringColumn.create("file");
        LongColumn lines = LongColumn.create("line");
        IntColumn columns = IntColumn.create("column");
        StringColumn fields = StringColumn.create("field");
        StringColumn values = StringColumn.create("value");
        StringColumn reasons = StringColumn.create("reason");
        StringColumn records = StringColumn.create("record");
        for (RejectedRow r : rows) {
            files.append(r.file());
            lines.append(r.line());
            columns.append(r.column());
            fields.append(r.field());
            values.append(r.value());
            reasons.append(r.reason());
            records.append(r.record());
        }
        return Table.create("rejected", files, lines, columns, fields, values, reasons, records);
    }
}
