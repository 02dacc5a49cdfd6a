package org.displacementstats.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.figure.QuantifierPolicy;
import org.displacementstats.internal.SuppressForbidden;
import org.displacementstats.report.CsvReport;
import org.displacementstats.report.XlsxReport;
import org.displacementstats.stats.UncertaintySettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command line: {@code displacement-stats report --out DIR [--data DIR] [--hxl]}, {@code summarize FILE --out DIR}
 * and {@code generate-flows}.
 *
 * <p>Exit codes: 0 success, 1 bad input data (the message names the file, line, column and value, and
 * nothing is written), 2 bad usage.
 */
@Command(
        name = "displacement-stats",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Displacement figures with their sources' words, checked and summarised into CSV reports.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:bad input data (the message names file, line, column and value)",
            "2:bad usage",
            "3:with --strict, a check failed or warned"
        },
        footerHeading = "%nExample:%n",
        footer = {
            "  displacement-stats report --out report",
            "  displacement-stats report --data my-data --out my-report --hxl"
        })
public final class Main implements Runnable {
    /** Exit code for bad input data. */
    static final int BAD_DATA = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand: try 'report'");
    }

    /**
     * Runs the command line and exits with its exit code.
     *
     * @param args the arguments
     */
    @SuppressForbidden(reason = "the command line's own standard output and error, in UTF-8")
    public static void main(String[] args) {
        // Only the program may set a JVM-wide property: the charts need no display.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        OptionalInt elsewhere = ImportJvm.runIfBig(args, err);
        int code = elsewhere.isPresent()
                ? elsewhere.getAsInt()
                : execute(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8), err);
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * Runs the command line without exiting, for tests and embedding (named apart from {@link #run()}, the
     * top-level command's own action, which returns nothing).
     *
     * @param args the arguments
     * @param out standard output
     * @param err standard error
     * @return the exit code
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        // picocli reads a command's annotations when it is added: a run of one command adds that one only.
        Map<String, Supplier<Object>> named = subcommands();
        if (args.length > 0 && named.containsKey(args[0]) && !args[0].equals("help")) {
            cl.addSubcommand(args[0], named.get(args[0]).get());
        } else {
            named.forEach((name, command) -> cl.addSubcommand(name, command.get()));
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof DisplacementDataException) {
                commandLine.getErr().println("error: " + e.getMessage());
                return BAD_DATA;
            }
            throw e;
        });
        return cl.execute(args);
    }

    /** @return the subcommands by name, in the order that the usage help lists them */
    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> named = new LinkedHashMap<>();
        named.put("report", Report::new);
        named.put("import", ImportCommand::new);
        named.put("summarize", SummarizeCommand::new);
        named.put("generate-flows", GenerateFlowsCommand::new);
        named.put("extract", ExtractCommand::new);
        named.put("locate", LocateCommand::new);
        named.put("help", CommandLine.HelpCommand::new);
        return named;
    }

    /** {@code report}: writes the CSV report of a dataset. */
    @Command(
            name = "report",
            mixinStandardHelpOptions = true,
            versionProvider = Main.Version.class,
            description = {
                "Writes the CSV report of a dataset (the bundled Aleppo 2016 dataset unless --data is"
                        + " given) into a directory: figures.csv, population-balance.csv, flows-by-destination.csv,"
                        + " flows-by-controller.csv, control-changes.csv, checks.csv, reconciliation.csv,"
                        + " uncertainty.csv.",
                "The files are written to a temporary directory and moved into place when complete, so a failed"
                        + " run leaves the previous report as it was."
            },
            footerHeading = "%nExample:%n",
            footer = {
                "  displacement-stats report --out report",
                "  displacement-stats report --data my-data --out my-report --hxl --charts",
                "  displacement-stats report --out report --html"
            })
    static final class Report implements Callable<Integer> {
        @Option(
                names = "--out",
                required = true,
                paramLabel = "DIR",
                description = "Directory to write the report to; created if missing, replaced if it holds a"
                        + " previous report.")
        Path out;

        @Option(
                names = "--data",
                paramLabel = "DIR",
                description = "Dataset directory with sources.csv, places.csv, figures.csv and optionally"
                        + " control-changes.csv (see README, \"Data format\"). Default: the bundled dataset.")
        Path data;

        @Option(names = "--hxl", description = "Add a second row of HXL hashtags under each header.")
        boolean hxl;

        @Option(
                names = "--charts",
                description = "Also draw the flows (Sankey) and the population balance as SVG"
                        + " and PNG: flows.svg, flows.png, population-balance.svg, population-balance.png.")
        boolean charts;

        @Option(
                names = "--bom",
                description = "Start each CSV file with a UTF-8 byte order mark, so that Excel"
                        + " opens accented names right.")
        boolean bom;

        @Option(
                names = "--xlsx",
                paramLabel = "FILE",
                description =
                        "Also write the report as one Excel workbook," + " a sheet per table, numbers as numbers.")
        Path xlsx;

        @Option(names = "--strict", description = "Exit with code 3 when a check fails or warns (for scripts).")
        boolean strict;

        @Option(
                names = "--html",
                description = "Also write the report as one self-contained web page, report.html:"
                        + " headline numbers, charts, checks, uncertainty, reconciliation, figures and the sources'"
                        + " texts with every quote marked.")
        boolean html;

        @Option(
                names = "--margin",
                paramLabel = "PERCENT",
                defaultValue = "10",
                description = "Margin of \"about\" and \"nearly\", in whole percent (default: ${DEFAULT-VALUE}).")
        int margin;

        @Option(
                names = "--seed",
                paramLabel = "N",
                defaultValue = "20161129",
                description = "Seed of the Monte Carlo draws for uncertainty.csv (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(
                names = "--draws",
                paramLabel = "N",
                defaultValue = "100000",
                description = "Number of Monte Carlo draws, 1000 to 10000000 (default: ${DEFAULT-VALUE}).")
        int draws;

        @Option(
                names = "--tail",
                paramLabel = "PERCENT",
                defaultValue = "10",
                description = "Mean excess of an unbounded count (\"at least v\") over v, in percent of v"
                        + " (default: ${DEFAULT-VALUE}).")
        int tail;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            QuantifierPolicy policy = new QuantifierPolicy(OptionRange.MARGIN.check(spec, margin));
            UncertaintySettings settings = new UncertaintySettings(
                    seed, OptionRange.DRAWS.check(spec, draws), OptionRange.TAIL.check(spec, tail));
            DisplacementDataset ds =
                    data == null ? DisplacementDataset.aleppo2016(policy) : DisplacementDataset.read(data, policy);
            List<CsvReport.Option> options = new ArrayList<>();
            if (hxl) {
                options.add(CsvReport.Option.HXL_HASHTAGS);
            }
            if (charts) {
                options.add(CsvReport.Option.CHARTS);
            }
            if (bom) {
                options.add(CsvReport.Option.BYTE_ORDER_MARK);
            }
            if (html) {
                options.add(CsvReport.Option.HTML);
            }
            CsvReport.write(ds, out, settings, options.toArray(CsvReport.Option[]::new));
            int files = CsvReport.FILES.size() + (charts ? CsvReport.CHART_FILES.size() : 0) + (html ? 1 : 0);
            String wrote = "wrote " + files + " files to " + out;
            if (xlsx != null) {
                XlsxReport.write(ds, xlsx, settings);
                wrote += " and the workbook " + xlsx;
            }
            CheckCounts counts = CheckCounts.of(ds.checks());
            spec.commandLine().getOut().println(wrote + " (" + ds.figures().size() + " figures, " + counts + ")");
            return strict ? counts.strictExitCode() : 0;
        }
    }

    /** Reads the version that Maven wrote into the jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"displacement-stats " + p.getProperty("version", "unknown")};
        }
    }
}
