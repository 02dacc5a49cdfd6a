package org.displacementstats.report;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
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
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.table.SummaryTables;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

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
 * to {@value #DECIMALS} decimal places, ISO-8601 dates, an empty cell for an unbounded or absent value, no
 * timestamps. A text cell that a spreadsheet would run as a formula (it begins with {@code = + - @}, tab or
 * carriage return) is written with a leading {@code '}, and so is one that begins with {@code '}, so that
 * removing one leading {@code '} always restores the text.
 *
 * <p>The files are written to a new sibling directory and moved into place only when all are complete: a
 * failed run leaves the previous report as it was. The directory must be new, empty, or a previous report.
 */
public final class CsvReport {
    /** Decimal places of shares and rates. */
    public static final int DECIMALS = 6;

    /** The files of a report, in the order they are written. */
    public static final List<String> FILES = List.of("figures.csv", "population-balance.csv",
            "flows-by-destination.csv", "flows-by-controller.csv", "control-changes.csv", "checks.csv");

    /** The files of an import report ({@link #writeImport}); {@code rejected.csv} only when rows were skipped. */
    public static final List<String> IMPORT_FILES = List.of("figures.csv", "checks.csv", "summary-by-origin.csv",
            "summary-by-destination.csv", "summary-by-period.csv", "rejected.csv");

    /** Choices for {@link #write(DisplacementDataset, Path, Option...)}. */
    public enum Option {
        /** Add a second row of HXL hashtags ({@code #affected+displaced+ind}) under each header. */
        HXL_HASHTAGS
    }

    /** Called after each file is written; tests use it to make a write fail half way. */
    interface AfterFile {
        void written(Path file) throws IOException;
    }

    private CsvReport() {
    }

    /**
     * Writes the report of {@code dataset} into {@code dir}, replacing a previous report there.
     *
     * @param dataset the dataset
     * @param dir the report directory; created if missing
     * @param options {@link Option#HXL_HASHTAGS} to add HXL hashtag rows
     * @throws DisplacementDataException if {@code dir} holds files that are not a report, or cannot be written;
     *     the previous report is then left as it was
     */
    public static void write(DisplacementDataset dataset, Path dir, Option... options) {
        write(dataset, dir, options.length == 0 ? EnumSet.noneOf(Option.class) : EnumSet.copyOf(List.of(options)),
                file -> { });
    }

    static void write(DisplacementDataset dataset, Path dir, Set<Option> options, AfterFile afterFile) {
        writeTables(tables(dataset), dir, FILES, options, afterFile);
    }

    /**
     * Writes the report of an imported dataset into {@code dir}, replacing a previous import report there:
     * {@code figures.csv}, {@code checks.csv}, {@code summary-by-origin.csv}, {@code summary-by-destination.csv},
     * {@code summary-by-period.csv} and, when given, {@code rejected.csv}. Same bytes rules and atomic
     * replacement as {@link #write(DisplacementDataset, Path, Option...)}.
     *
     * @param dataset the imported dataset
     * @param dir the report directory; created if missing
     * @param rejected the rows the import skipped, written as {@code rejected.csv}, if any
     * @param options {@link Option#HXL_HASHTAGS} to add HXL hashtag rows
     * @throws DisplacementDataException if {@code dir} holds files that are not an import report, or cannot be
     *     written; the previous report is then left as it was
     */
    public static void writeImport(DisplacementDataset dataset, Path dir, java.util.Optional<Table> rejected,
            Option... options) {
        SummaryTables t = SummaryTables.of(dataset);
        Map<String, Table> tables = new LinkedHashMap<>();
        tables.put("figures.csv", t.figures());
        tables.put("checks.csv", t.checks());
        tables.put("summary-by-origin.csv", t.byOrigin());
        tables.put("summary-by-destination.csv", t.byDestination());
        tables.put("summary-by-period.csv", t.byPeriod());
        rejected.ifPresent(r -> tables.put("rejected.csv", r));
        writeTables(tables, dir, IMPORT_FILES,
                options.length == 0 ? EnumSet.noneOf(Option.class) : EnumSet.copyOf(List.of(options)), file -> { });
    }

    /** Writes each table as a file of a new directory, then moves it in place of {@code dir}. */
    private static void writeTables(Map<String, Table> tables, Path dir, List<String> reportFiles, Set<Option> options,
            AfterFile afterFile) {
        Path target = dir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null) {
            throw new DisplacementDataException(dir + ": cannot write a report to the file system root; name a directory");
        }
        requireReportOrEmpty(dir, target, reportFiles);
        Path temporary = parent.resolve("." + target.getFileName() + ".tmp-" + UUID.randomUUID());
        try {
            Files.createDirectories(parent);
            Files.createDirectory(temporary);
            for (Map.Entry<String, Table> e : tables.entrySet()) {
                Path file = temporary.resolve(e.getKey());
                writeTable(e.getValue(), file, options.contains(Option.HXL_HASHTAGS) ? e.getKey() : null);
                afterFile.written(file);
            }
            replace(temporary, target);
        } catch (IOException | UncheckedIOException e) {
            deleteQuietly(temporary);
            throw new DisplacementDataException(dir + ": cannot write the report (" + e
                    + "); the previous report, if any, is unchanged", e);
        }
    }

    /** The report's tables by file name, in {@link #FILES} order. */
    static Map<String, Table> tables(DisplacementDataset dataset) {
        SummaryTables t = SummaryTables.of(dataset);
        Map<String, Table> tables = new LinkedHashMap<>();
        tables.put("figures.csv", t.figures());
        tables.put("population-balance.csv", t.populationBalance());
        tables.put("flows-by-destination.csv", t.flowsByDestination());
        tables.put("flows-by-controller.csv", t.flowsByController());
        tables.put("control-changes.csv", t.controlChanges());
        tables.put("checks.csv", t.checks());
        return tables;
    }

    private static void requireReportOrEmpty(Path dir, Path target, List<String> reportFiles) {
        if (!Files.exists(target)) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw new DisplacementDataException(dir + ": is a file; the report needs a directory");
        }
        List<String> foreign = new ArrayList<>();
        try (Stream<Path> entries = Files.list(target)) {
            entries.map(p -> p.getFileName().toString()).filter(n -> !reportFiles.contains(n)).sorted().forEach(foreign::add);
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
        try (Writer out = new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8);
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

    /** One cell as the report prints it; see the class comment for the rules. */
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
     * A share or rate as printed: rounded half-even to {@link #DECIMALS} places, without trailing zeros,
     * never in exponent form ({@code 0.04}, {@code 5000}).
     *
     * @param value a finite value
     * @return the printed value
     */
    static String decimal(double value) {
        BigDecimal d = BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }

    /**
     * Neutralises a text cell that a spreadsheet would run as a formula (OWASP "CSV injection").
     *
     * @param text the text
     * @return the text, with a leading {@code '} if it begins with {@code = + - @ ' TAB CR}
     */
    public static String guard(String text) {
        return !text.isEmpty() && "=+-@\t\r'".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /**
     * Reverses {@link #guard}: the text as it was before the report was written.
     *
     * @param cell a text cell read from a report
     * @return the cell without its guarding {@code '}
     */
    public static String unguard(String cell) {
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
