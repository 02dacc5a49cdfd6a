package org.displacementstats.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.displacementstats.dataset.Check;
import org.displacementstats.dataset.CheckStatus;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.figure.PlaceKind;
import org.displacementstats.io.ImportOptions;
import org.displacementstats.io.ImportResult;
import org.displacementstats.io.Importers;
import org.displacementstats.io.MatrixLayout;
import org.displacementstats.io.RejectedRow;
import org.displacementstats.io.SeriesLayout;
import org.displacementstats.report.CsvReport;
import org.displacementstats.table.SummaryTables;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** {@code import}: reads an HXL CSV, an IDMC GIDD table, a series or a matrix and writes its report. */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Imports a file of displacement figures and writes figures.csv, checks.csv,"
            + " summary-by-origin.csv, summary-by-destination.csv and summary-by-period.csv into a directory"
            + " (and rejected.csv with --skip-bad-rows).",
            "Formats: hxl (HXL-tagged CSV), idmc-gidd (IDMC country x year table), series (date;count lines, no"
            + " header, a cumulative count), matrix (one row per host place, one column per origin).",
            "A bad row stops the import and nothing is written, unless --skip-bad-rows is given."},
        footerHeading = "%nExamples:%n",
        footer = {"  displacement-stats import --format idmc-gidd idmc-gidd.csv --out gidd",
            "  displacement-stats import --format series refugees-in-turkey.csv --place Turkey --out series",
            "  displacement-stats import --format matrix dtm.csv --place-columns Governorate,District"
                + " --origin-columns 'Individuals_(.+)' --household-size 6 --out dtm",
            "  displacement-stats import --format hxl idps.csv --out idps --hxl --skip-bad-rows"})
final class ImportCommand implements Callable<Integer> {
    static final List<String> FORMATS = List.of("hxl", "idmc-gidd", "series", "matrix");

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "One of hxl, idmc-gidd, series, matrix.")
    String format;

    @Parameters(index = "0", paramLabel = "FILE", description = "The file to import (UTF-8; LF or CRLF; comma,"
            + " semicolon or tab separated).")
    Path file;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Directory to write to; created if missing, replaced if it holds a previous import.")
    Path out;

    @Option(names = "--place-columns", split = ",", paramLabel = "A,B",
            description = "matrix: the columns naming the host place, joined with ' / '.")
    List<String> placeColumns;

    @Option(names = "--origin-columns", paramLabel = "REGEX",
            description = "matrix: the origin columns; group 1 is the origin's name (e.g. 'Individuals_(.+)').")
    String originColumns;

    @Option(names = "--families-columns", paramLabel = "REGEX", defaultValue = "(?i)(?:families|households|hh)_(.+)",
            description = "matrix: the families columns; group 1 is the origin's name (default: ${DEFAULT-VALUE}).")
    String familiesColumns;

    @Option(names = "--household-size", paramLabel = "N",
            description = "matrix: people per family, to count families as individuals where an origin has no"
                    + " individuals value (rounded half up, stated as 'about').")
    BigDecimal householdSize;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "matrix: the day the matrix describes (default: the file's last-modified day).")
    LocalDate date;

    @Option(names = "--place", paramLabel = "NAME",
            description = "series: where the people counted are (default: the file's name).")
    String place;

    @Option(names = "--origin", paramLabel = "NAME", description = "series: where they came from, if known.")
    String origin;

    @Option(names = "--hxl", description = "Add a second row of HXL hashtags under each header.")
    boolean hxl;

    @Option(names = "--skip-bad-rows", description = "Set bad rows aside in rejected.csv, with the reason, and go on.")
    boolean skipBadRows;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ImportOptions options = (skipBadRows ? ImportOptions.skippingBadRows() : ImportOptions.strict())
                .withProgress(line -> spec.commandLine().getErr().println(line));
        ImportResult result = switch (format) {
            case "hxl" -> Importers.hxl(file, options);
            case "idmc-gidd" -> Importers.idmcGidd(file, options);
            case "series" -> Importers.series(file, seriesLayout(), options);
            case "matrix" -> Importers.matrix(file, matrixLayout(), options);
            default -> throw new CommandLine.ParameterException(spec.commandLine(), "--format must be one of "
                    + String.join(", ", FORMATS) + " but was '" + format + "'");
        };
        DisplacementDataset ds = result.dataset();
        Optional<Table> rejected = skipBadRows ? Optional.of(rejectedTable(result.rejected())) : Optional.empty();
        CsvReport.Option[] hashtags = hxl ? new CsvReport.Option[] {CsvReport.Option.HXL_HASHTAGS}
                : new CsvReport.Option[0];
        if (rejected.isPresent()) {
            CsvReport.writeImport(ds, out, rejected.get(), hashtags);
        } else {
            CsvReport.writeImport(ds, out, hashtags);
        }
        print(result, rejected.isPresent());
        return 0;
    }

    private SeriesLayout seriesLayout() {
        SeriesLayout layout = SeriesLayout.defaults();
        if (place != null) {
            layout = layout.in(place, PlaceKind.REGION);
        }
        return new SeriesLayout(layout.place(), layout.kind(), layout.what(), Optional.ofNullable(origin));
    }

    private MatrixLayout matrixLayout() {
        if (placeColumns == null || placeColumns.isEmpty() || originColumns == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--format matrix needs --place-columns A,B and --origin-columns REGEX");
        }
        MatrixLayout layout;
        try {
            layout = MatrixLayout.of(placeColumns, originColumns);
            if (householdSize != null) {
                layout = layout.withFamilies(familiesColumns, householdSize);
            } else {
                layout = new MatrixLayout(layout.placeColumns(), layout.originColumns(),
                        Optional.of(java.util.regex.Pattern.compile(familiesColumns)), Optional.empty(), Optional.empty());
            }
        } catch (org.displacementstats.DisplacementDataException | java.util.regex.PatternSyntaxException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e, null, originColumns);
        }
        return date == null ? layout : layout.on(date);
    }

    private static Table rejectedTable(List<RejectedRow> rows) {
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

    private void print(ImportResult result, boolean wroteRejected) {
        var w = spec.commandLine().getOut();
        DisplacementDataset ds = result.dataset();
        long stocks = ds.figures().stream().filter(f -> f instanceof org.displacementstats.figure.Stock).count();
        long derived = ds.figures().stream().filter(f -> f.isDerived()).count();
        w.println("imported " + file + " (" + format + "): " + result.records() + " records, " + ds.figures().size()
                + " figures (" + stocks + " stocks, " + (ds.figures().size() - stocks) + " flows, of which " + derived
                + " derived), " + result.missingValues() + " missing values kept missing, " + result.rejected().size()
                + " rows rejected");
        Table byPeriod = SummaryTables.of(ds).byPeriod();
        int total = byPeriod.rowCount() - 1;
        w.println("total: stock " + people(byPeriod, "stock", total) + " (latest per place, as of "
                + cell(byPeriod, "stock_as_of", total) + "); flow " + people(byPeriod, "flow", total) + " ("
                + cell(byPeriod, "flow_start", total) + " to " + cell(byPeriod, "flow_end", total) + ")");
        long[] byStatus = new long[CheckStatus.values().length];
        for (Check c : ds.checks()) {
            byStatus[c.status().ordinal()]++;
        }
        List<String> counts = new ArrayList<>();
        for (CheckStatus s : CheckStatus.values()) {
            counts.add(byStatus[s.ordinal()] + " " + s.csvName());
        }
        w.println("checks: " + ds.checks().size() + " (" + String.join(", ", counts) + ")");
        if (!result.keptColumns().isEmpty()) {
            Iterator<String> it = result.keptColumns().iterator();
            List<String> shown = new ArrayList<>();
            while (it.hasNext() && shown.size() < 10) {
                shown.add(it.next());
            }
            w.println("kept, not read as figures: " + String.join("; ", shown)
                    + (result.keptColumns().size() > shown.size() ? "; ..." : ""));
        }
        int files = 5 + (wroteRejected ? 1 : 0);
        w.println("wrote " + files + " files to " + out);
    }

    private static String people(Table t, String prefix, int row) {
        LongColumn point = t.longColumn(prefix + "_point");
        if (point.isMissing(row)) {
            return "none";
        }
        String low = cell(t, prefix + "_low", row);
        String high = cell(t, prefix + "_high", row);
        String p = Long.toString(point.getLong(row));
        return low.equals(p) && high.equals(p) ? p : p + " [" + (low.isEmpty() ? "-inf" : low) + ", "
                + (high.isEmpty() ? "inf" : high) + "]";
    }

    private static String cell(Table t, String column, int row) {
        var c = t.column(column);
        return c.isMissing(row) ? "" : c.getString(row).toLowerCase(Locale.ROOT);
    }
}
