package org.displacementstats.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.stats.UncertaintySettings;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Writes a dataset's report as one Excel workbook: a sheet per report table, named after its CSV file
 * ({@code population-balance}), with the same columns and rows.
 *
 * <pre>{@code
 * XlsxReport.write(DisplacementDataset.aleppo2016(), Path.of("aleppo.xlsx"));
 * }</pre>
 *
 * <p>Counts, shares and rates are number cells (shares and rates rounded as in the CSV files), dates are date
 * cells shown {@code yyyy-mm-dd}, and text is text: a text cell is never read as a formula in a workbook, so it is
 * written without the CSV files' guarding {@code '}. An unbounded bound is the text {@value CsvReport#UNBOUNDED}
 * (or {@code -inf} below) in its number column, as in the CSV files, since a workbook has no infinite number;
 * formulas such as {@code SUM} skip it. An empty cell is an absent value.
 * The workbook is written beside its target and moved into place when complete, so a failed write leaves a
 * previous file as it was. Needs FastExcel ({@code org.dhatim:fastexcel}) on the class path; the rest of the
 * library does not.
 */
public final class XlsxReport {
    private XlsxReport() {}

    /**
     * Writes the report of {@code dataset} into the workbook {@code file}, replacing it if it exists.
     *
     * @param dataset the dataset
     * @param file the workbook to write ({@code .xlsx})
     * @throws DisplacementDataException if the file cannot be written; a previous file is then left as it was
     */
    public static void write(DisplacementDataset dataset, Path file) {
        write(dataset, file, UncertaintySettings.DEFAULT);
    }

    /**
     * Writes the report with the given Monte Carlo settings for the {@code uncertainty} sheet.
     *
     * @param dataset the dataset
     * @param file the workbook to write ({@code .xlsx})
     * @param settings seed, draws and tail of the uncertainty propagation
     * @throws DisplacementDataException as {@link #write(DisplacementDataset, Path)}
     */
    public static void write(DisplacementDataset dataset, Path file, UncertaintySettings settings) {
        Map<String, Table> tables = CsvReport.tables(dataset, settings);
        Path target = file.toAbsolutePath().normalize();
        Path temporary = target.resolveSibling("." + target.getFileName() + ".partial");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                Workbook workbook = new Workbook(out, "displacement-stats", null);
                for (Map.Entry<String, Table> e : tables.entrySet()) {
                    sheet(workbook.newWorksheet(e.getKey().replace(".csv", "")), e.getValue());
                }
                workbook.finish();
            }
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // The write failed already; that failure is the one to report.
            }
            throw new DisplacementDataException(file + ": cannot write the workbook (" + e.getMessage() + ")", e);
        }
    }

    private static void sheet(Worksheet sheet, Table table) {
        List<ReportColumn> columns = ReportColumn.of(table);
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(0, c, columns.get(c).name());
            sheet.style(0, c).bold().set();
        }
        for (int row = 0; row < table.rowCount(); row++) {
            for (int c = 0; c < columns.size(); c++) {
                ReportColumn column = columns.get(c);
                if (column.isUnbounded(row)) {
                    sheet.value(row + 1, c, column.infinity());
                } else {
                    cell(sheet, row + 1, c, column.column(), row);
                }
            }
        }
    }

    private static void cell(Worksheet sheet, int r, int c, Column<?> column, int row) {
        if (column.isMissing(row)) {
            return;
        }
        if (column instanceof LongColumn l) {
            sheet.value(r, c, l.getLong(row));
        } else if (column instanceof IntColumn i) {
            sheet.value(r, c, i.getInt(row));
        } else if (column instanceof DoubleColumn d) {
            sheet.value(
                    r,
                    c,
                    BigDecimal.valueOf(d.getDouble(row))
                            .setScale(CsvReport.DECIMALS, RoundingMode.HALF_EVEN)
                            .stripTrailingZeros());
        } else if (column instanceof BooleanColumn b) {
            // As the CSV files write it.
            sheet.value(r, c, b.get(row) ? "yes" : "no");
        } else if (column instanceof DateColumn d) {
            sheet.value(r, c, d.get(row));
            sheet.style(r, c).format("yyyy-mm-dd").set();
        } else {
            sheet.value(r, c, column.getString(row));
        }
    }
}
