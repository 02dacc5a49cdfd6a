package org.displacementstats.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * did not pass. {@link StreamedImport} writes the same files as the file is read.
 */
final class ImportReport {
    private ImportReport() {}

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
        passed.forEach((rule, n) -> rows.add(countedPass(rule, n)));
        return CheckRow.COLUMNS.table(rows);
    }

    /** The one row of {@code checks.csv} that counts the checks of a rule that passed. */
    static CheckRow countedPass(String rule, long passed) {
        return new CheckRow(
                rule,
                CheckStatus.PASS,
                passed + (passed == 1 ? " check" : " checks") + " passed; import with --all-checks to list each");
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
