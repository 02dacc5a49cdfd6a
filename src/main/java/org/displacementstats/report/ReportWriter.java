package org.displacementstats.report;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.displacementstats.DisplacementDataException;
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
    private ReportWriter() {
    }

    /**
     * Writes {@code tables} (file name to table) into {@code dir}, replacing a previous report there.
     *
     * @param files every file name a report of this kind may hold; {@code dir} must hold no other
     * @param hxl whether to add a row of HXL hashtags under each header
     */
    static void write(Map<String, Table> tables, Path dir, List<String> files, boolean hxl,
            CsvReport.AfterFile afterFile) {
        Path target = dir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null) {
            throw new DisplacementDataException(dir + ": cannot write a report to the file system root; name a directory");
        }
        requireReportOrEmpty(dir, target, files);
        Path temporary = parent.resolve("." + target.getFileName() + ".tmp-" + UUID.randomUUID());
        try {
            Files.createDirectories(parent);
            Files.createDirectory(temporary);
            for (Map.Entry<String, Table> e : tables.entrySet()) {
                Path file = temporary.resolve(e.getKey());
                writeTable(e.getValue(), file, hxl ? e.getKey() : null);
                afterFile.written(file);
            }
            replace(temporary, target);
        } catch (IOException | UncheckedIOException e) {
            deleteQuietly(temporary);
            throw new DisplacementDataException(dir + ": cannot write the report (" + e
                    + "); the previous report, if any, is unchanged", e);
        }
    }

    private static void requireReportOrEmpty(Path dir, Path target, List<String> files) {
        if (!Files.exists(target)) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw new DisplacementDataException(dir + ": is a file; the report needs a directory");
        }
        List<String> foreign = new ArrayList<>();
        try (Stream<Path> entries = Files.list(target)) {
            entries.map(p -> p.getFileName().toString()).filter(n -> !files.contains(n)).sorted().forEach(foreign::add);
        } catch (IOException e) {
            throw new DisplacementDataException(dir + ": cannot be listed (" + e + ")", e);
        }
        if (!foreign.isEmpty()) {
            throw new DisplacementDataException(dir + ": holds files that are not part of a report (" + String.join(", ",
                    foreign.subList(0, Math.min(5, foreign.size()))) + (foreign.size() > 5 ? ", ..." : "")
                    + "), which writing the report would delete; choose a new or empty directory");
        }
    }

    /** Moves the complete new report into place; the old one is moved aside first and deleted last. */
    private static void replace(Path temporary, Path target) throws IOException {
        if (!Files.exists(target)) {
            Files.move(temporary, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Path old = target.resolveSibling("." + target.getFileName() + ".old-" + UUID.randomUUID());
        Files.move(target, old, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(temporary, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(old, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        deleteQuietly(old);
    }

    private static void writeTable(Table table, Path file, String hxlFile) throws IOException {
        try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
                1 << 16);
             CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out)) {
            List<String> names = table.columnNames();
            csv.writeRecord(names);
            if (hxlFile != null) {
                csv.writeRecord(names.stream().map(n -> Hxl.tag(hxlFile, n)).toList());
            }
            String[] cells = new String[names.size()];
            for (int row = 0; row < table.rowCount(); row++) {
                for (int c = 0; c < cells.length; c++) {
                    cells[c] = cell(table.column(c), row);
                }
                csv.writeRecord(cells);
            }
        }
    }

    /** One cell as the report prints it; see {@link CsvReport} for the rules. */
    static String cell(Column<?> column, int row) {
        if (column.isMissing(row)) {
            return "";
        }
        if (column instanceof StringColumn c) {
            return guard(c.get(row));
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
        throw new IllegalStateException("no report format for column type " + column.type());
    }

    /**
     * A share or rate as printed: rounded half-even to {@link CsvReport#DECIMALS} places, without trailing zeros,
     * never in exponent form ({@code 0.04}, {@code 5000}).
     *
     * @param value a finite value
     * @return the printed value
     */
    static String decimal(double value) {
        BigDecimal d = BigDecimal.valueOf(value).setScale(CsvReport.DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }

    /**
     * Neutralises a text cell that a spreadsheet would run as a formula (OWASP "CSV injection").
     *
     * @param text the text
     * @return the text, with a leading {@code '} if it begins with {@code = + - @ ' TAB CR}
     */
    static String guard(String text) {
        return !text.isEmpty() && "=+-@\t\r'".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /**
     * Reverses {@link #guard}: the text as it was before the report was written.
     *
     * @param cell a text cell read from a report
     * @return the cell without its guarding {@code '}
     */
    static String unguard(String cell) {
        return cell.startsWith("'") ? cell.substring(1) : cell;
    }

    private static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // Best effort: a left-over temporary directory is hidden and harmless.
                }
            });
        } catch (IOException e) {
            // Same as above.
        }
    }
}
