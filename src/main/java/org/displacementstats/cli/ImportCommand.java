package org.displacementstats.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.displacementstats.figure.PlaceKind;
import org.displacementstats.io.ImportOptions;
import org.displacementstats.io.ImportResult;
import org.displacementstats.io.Importers;
import org.displacementstats.io.MatrixLayout;
import org.displacementstats.io.SeriesLayout;
import org.displacementstats.report.CsvReport;
import org.displacementstats.report.ImportOutcome;
import org.displacementstats.report.StreamedImport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code import}: reads an HXL CSV, an IDMC GIDD table, a series or a matrix and writes its report. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {
            "Imports a file of displacement figures and writes figures.csv, checks.csv,"
                    + " summary-by-origin.csv, summary-by-destination.csv and summary-by-period.csv into a directory"
                    + " (and rejected.csv with --skip-bad-rows).",
            "Formats: hxl (HXL-tagged CSV), idmc-gidd (IDMC country x year table), idmc-events (IDMC GIDD disaster"
                    + " events or IDU event records), unhcr-population (UNHCR end-year population, demographics, asylum"
                    + " applications or solutions: Year, ISO3CoO, ISO3CoA), unhcr-situations (UNHCR data portal, latest"
                    + " figure by asylum x origin), unhcr-monthly (popstats monthly asylum applications, no"
                    + " header), series"
                    + " (date;count lines, no header, a cumulative count), matrix (one row per host place, one"
                    + " column per"
                    + " origin).",
            "Missing values: blank, nan, NaN, NA, N/A and - are missing (never 0) and counted; * (suppressed by the"
                    + " publisher) is missing, counted and warned. Counts may be written 6563.0 or grouped"
                    + " 1,200 / 1 200.",
            "A bad row stops the import and nothing is written, unless --skip-bad-rows is given.",
            "checks.csv lists the checks that fail, warn or are skipped, and one counted row per rule that passed"
                    + " (every check with --all-checks). A file over 4 MB gets progress lines on stderr for each phase:"
                    + " reading, checking, writing."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  displacement-stats import --format idmc-gidd idmc-gidd.csv --out gidd",
            "  displacement-stats import --format series refugees-in-turkey.csv --place Turkey --out series",
            "  displacement-stats import --format matrix dtm.csv --place-columns Governorate,District"
                    + " --origin-columns 'Individuals_(.+)' --household-size 6 --out dtm",
            "  displacement-stats import --format hxl idps.csv --out idps --hxl --skip-bad-rows",
            "  displacement-stats import --format hxl woredas.csv --date 2022-10-31 --out woredas"
        })
final class ImportCommand implements Callable<Integer> {
    static final List<String> FORMATS = List.of(
            "hxl",
            "idmc-gidd",
            "idmc-events",
            "unhcr-population",
            "unhcr-situations",
            "unhcr-monthly",
            "series",
            "matrix");

    @Option(
            names = "--format",
            required = true,
            paramLabel = "FORMAT",
            description = "One of hxl, idmc-gidd, idmc-events, unhcr-population, unhcr-situations, unhcr-monthly,"
                    + " series, matrix.")
    String format;

    @Parameters(
            index = "0",
            paramLabel = "FILE",
            description = "The file to import (UTF-8; LF or CRLF; comma,"
                    + " semicolon or tab separated); - reads standard input.")
    String argument;

    /** The file read: the argument, or a copy of standard input named stdin.csv. */
    private Path file;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "DIR",
            description = "Directory to write to; created if missing, replaced if it holds a previous import.")
    Path out;

    @Option(
            names = "--place-columns",
            split = ",",
            paramLabel = "A,B",
            description = "matrix: the columns naming the host place, joined with ' / '.")
    List<String> placeColumns;

    @Option(
            names = "--origin-columns",
            paramLabel = "REGEX",
            description = "matrix: the origin columns; group 1 is the origin's name (e.g. 'Individuals_(.+)').")
    String originColumns;

    @Option(
            names = "--families-columns",
            paramLabel = "REGEX",
            defaultValue = "(?i)(?:families|households|hh)_(.+)",
            description = "matrix: the families columns; group 1 is the origin's name (default: ${DEFAULT-VALUE}).")
    String familiesColumns;

    @Option(
            names = "--household-size",
            paramLabel = "N",
            description = "matrix: people per family, to count families as individuals where an origin has no"
                    + " individuals value (rounded half up, stated as 'about').")
    BigDecimal householdSize;

    @Option(
            names = "--date",
            paramLabel = "WHEN",
            description = "For a file whose rows carry no date (a matrix, an HXL table without a date column): the"
                    + " day YYYY-MM-DD, month YYYY-MM, year YYYY or range FROM/TO it describes. Never taken from the"
                    + " file system; an error for a file that dates its rows.")
    String date;

    @Option(
            names = "--place",
            paramLabel = "NAME",
            description = "series: where the people counted are (default: the file's name).")
    String place;

    @Option(names = "--origin", paramLabel = "NAME", description = "series: where they came from, if known.")
    String origin;

    @Option(names = "--hxl", description = "Add a second row of HXL hashtags under each header.")
    boolean hxl;

    @Option(names = "--skip-bad-rows", description = "Set bad rows aside in rejected.csv, with the reason, and go on.")
    boolean skipBadRows;

    @Option(
            names = "--all-checks",
            description = "List every check in checks.csv, one row each; by default the checks that pass are"
                    + " counted, one row per rule, and only those that fail, warn or are skipped are listed.")
    boolean allChecks;

    @Option(names = "--strict", description = "Exit with code 3 when a check fails or warns (for scripts).")
    boolean strict;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!FORMATS.contains(format)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--format must be one of " + String.join(", ", FORMATS) + " but was '" + format + "'");
        }
        refuseOptionsWithoutEffect();
        file = StandardInput.orFile(argument, System.in);
        ImportOptions options = (skipBadRows ? ImportOptions.skippingBadRows() : ImportOptions.strict())
                .withProgress(line -> spec.commandLine().getErr().println(line));
        if (date != null) {
            try {
                options = options.on(date);
            } catch (org.displacementstats.DisplacementDataException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e, null, date);
            }
        }
        Function<ImportOptions, ImportResult> importer = importer();
        Set<CsvReport.Option> reportOptions = EnumSet.noneOf(CsvReport.Option.class);
        addIf(reportOptions, hxl, CsvReport.Option.HXL_HASHTAGS);
        addIf(reportOptions, allChecks, CsvReport.Option.ALL_CHECKS);
        ImportOptions streamed = options;
        ImportOutcome outcome = StreamedImport.write(
                out,
                reportOptions,
                skipBadRows,
                isLarge(file) ? options.progress() : line -> {},
                sink -> importer.apply(streamed.streamingTo(sink)));
        CheckCounts checks = ImportConsole.print(spec.commandLine().getOut(), file, format, out, outcome, skipBadRows);
        return strict ? checks.strictExitCode() : 0;
    }

    /** The format's importer, its layout checked before anything is read. */
    private Function<ImportOptions, ImportResult> importer() {
        return switch (format) {
            case "hxl" -> o -> Importers.hxl(file, o);
            case "idmc-gidd" -> o -> Importers.idmcGidd(file, o);
            case "idmc-events" -> o -> Importers.idmcEvents(file, o);
            case "unhcr-population" -> o -> Importers.unhcrPopulation(file, o);
            case "unhcr-situations" -> o -> Importers.unhcrSituations(file, o);
            case "unhcr-monthly" -> o -> Importers.unhcrMonthly(file, o);
            case "series" -> {
                SeriesLayout layout = seriesLayout();
                yield o -> Importers.series(file, layout, o);
            }
            default -> {
                MatrixLayout layout = matrixLayout();
                yield o -> Importers.matrix(file, layout, o);
            }
        };
    }

    private SeriesLayout seriesLayout() {
        SeriesLayout layout = SeriesLayout.defaults();
        if (place != null) {
            layout = layout.in(place, PlaceKind.REGION);
        }
        return origin == null ? layout : layout.from(origin);
    }

    private MatrixLayout matrixLayout() {
        if (placeColumns == null || placeColumns.isEmpty() || originColumns == null) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--format matrix needs --place-columns A,B and --origin-columns REGEX");
        }
        MatrixLayout layout;
        try {
            layout = MatrixLayout.of(placeColumns, originColumns);
            if (householdSize != null) {
                layout = layout.withFamilies(familiesColumns, householdSize);
            } else {
                layout = layout.withFamilies(familiesColumns);
            }
        } catch (org.displacementstats.DisplacementDataException | java.util.regex.PatternSyntaxException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e, null, originColumns);
        }
        return layout;
    }

    /** An option that would have no effect on this format is an error, never ignored in silence. */
    private void refuseOptionsWithoutEffect() {
        List<String> given = new ArrayList<>();
        if (!format.equals("series")) {
            addIf(given, place != null, "--place");
            addIf(given, origin != null, "--origin");
        }
        if (!format.equals("matrix")) {
            addIf(given, placeColumns != null, "--place-columns");
            addIf(given, originColumns != null, "--origin-columns");
            addIf(given, householdSize != null, "--household-size");
            addIf(
                    given,
                    spec.commandLine().getParseResult().hasMatchedOption("--families-columns"),
                    "--families-columns");
        }
        if (!given.isEmpty()) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    String.join(", ", given)
                            + (given.size() == 1 ? " has" : " have") + " no effect with --format " + format + "; leave "
                            + (given.size() == 1 ? "it" : "them") + " out");
        }
    }

    private static <T> void addIf(Collection<T> names, boolean given, T name) {
        if (given) {
            names.add(name);
        }
    }

    /** Whether the file gets progress lines, for the phases after reading as for reading. */
    private static boolean isLarge(Path file) {
        try {
            return Files.size(file) > ImportOptions.PROGRESS_BYTES;
        } catch (IOException e) {
            return false;
        }
    }
}
