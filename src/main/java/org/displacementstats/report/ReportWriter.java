package org.displacementstats.report;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.displacementstats.internal.AtomicDirectory;
import org.displacementstats.internal.CsvCells;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Writes tables as a report directory, with the conventions of {@link CsvReport}: UTF-8, {@code \n}, RFC 4180,
 * guarded text cells, decimals rounded half-even, written into a temporary sibling directory and moved into
 * place when complete. Shared by {@link CsvReport} and {@link FlowLogReport}.
 */
final class ReportWriter {
    private ReportWriter() {}

    /**
     * Writes {@code tables} (file name to table) into {@code dir}, then whatever {@code more} writes there,
     * replacing a previous report of the same kind (see {@link AtomicDirectory}).
     *
     * @param files every file name a report of this kind may hold; {@code dir} must hold no other
     * @param options {@link CsvReport.Option#HXL_HASHTAGS} adds a row of HXL hashtags under each header,
     *     {@link CsvReport.Option#BYTE_ORDER_MARK} starts each file with one; other options are not the writer's
     */
    static void write(
            Map<String, Table> tables,
            Path dir,
            Collection<String> files,
            Set<CsvReport.Option> options,
            CsvReport.AfterFile afterFile,
            AtomicDirectory.Contents more) {
        boolean hxl = options.contains(CsvReport.Option.HXL_HASHTAGS);
        boolean bom = options.contains(CsvReport.Option.BYTE_ORDER_MARK);
        AtomicDirectory.replace(dir, "the report", Set.copyOf(files), temporary -> {
            for (Map.Entry<String, Table> e : tables.entrySet()) {
                Path file = temporary.resolve(e.getKey());
                writeTable(e.getValue(), file, hxl ? e.getKey() : null, bom);
                afterFile.written(file);
            }
            more.writeInto(temporary);
        });
    }

    /** Writes {@code tables} into {@code dir}, replacing a previous report of the same kind. */
    static void write(
            Map<String, Table> tables,
            Path dir,
            Collection<String> files,
            Set<CsvReport.Option> options,
            CsvReport.AfterFile afterFile) {
        write(tables, dir, files, options, afterFile, temporary -> {});
    }

    private static void writeTable(Table table, Path file, String hxlFile, boolean bom) throws IOException {
        try (Writer out = new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
            writeTable(table, out, hxlFile, bom);
        }
    }

    /**
     * Writes one table to {@code out} as a report file holds it, and flushes it; {@code out} is left open.
     *
     * @param hxlFile the file name whose HXL hashtags to add in a second row, or null for none
     * @param bom whether to start with a byte order mark
     */
    static void writeTable(Table table, Writer out, String hxlFile, boolean bom) throws IOException {
        if (bom) {
            // Excel reads a CSV file as the system's code page unless it starts with a byte order mark.
            out.write('\uFEFF');
        }
        // Not closed: closing it would close out, which belongs to the caller.
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
        List<ReportColumn> columns = ReportColumn.of(table);
        List<String> names = columns.stream().map(ReportColumn::name).toList();
        csv.writeRecord(names);
        if (hxlFile != null) {
            csv.writeRecord(names.stream().map(n -> Hxl.tag(hxlFile, n)).toList());
        }
        String[] cells = new String[names.size()];
        for (int row = 0; row < table.rowCount(); row++) {
            for (int c = 0; c < cells.length; c++) {
                cells[c] = columns.get(c).cell(row);
            }
            csv.writeRecord(cells);
        }
        csv.flush();
    }

    /**
     * One cell as the report prints it, on its own; see {@link CsvReport} for the rules. A bound's cell is printed
     * by {@link ReportColumn#cell}, which knows when it is unbounded.
     */
    static String cell(Column<?> column, int row) {
        if (column.isMissing(row)) {
            return "";
        }
        if (column instanceof StringColumn c) {
            return CsvCells.guard(c.get(row));
        }
        if (column instanceof LongColumn c) {
            return Long.toString(c.getLong(row));
        }
        if (column instanceof IntColumn c) {
            return Integer.toString(c.getInt(row));
        }
        if (column instanceof DoubleColumn c) {
            return decimal(c.getDouble(row));
        }
        if (column instanceof DateColumn c) {
            return c.get(row).toString();
        }
        if (column instanceof BooleanColumn c) {
            return yesNo(c.get(row));
        }
        throw new IllegalStateException("no report format for column type " + column.type());
    }

    /** @return a boolean cell as printed: {@code yes} or {@code no} */
    static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    /**
     * A share or rate as printed: rounded half-even to {@link CsvReport#DECIMALS} places, without trailing zeros,
     * never in exponent form ({@code 0.04}, {@code 5000}).
     *
     * @param value a finite value
     * @return the printed value
     */
    static String decimal(double value) {
        BigDecimal d = BigDecimal.valueOf(value)
                .setScale(CsvReport.DECIMALS, RoundingMode.HALF_EVEN)
                .stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }
}
