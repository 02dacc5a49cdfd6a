package org.displacementstats.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.displacementstats.figure.QuantifierPolicy;
import org.displacementstats.flowlog.FlowLogSummary;
import org.displacementstats.report.FlowLogReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code summarize FILE --out DIR}: totals of a flow log by origin × destination, by date, by destination. */
@Command(
        name = "summarize",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {
            "Summarises a flow log (CSV: date,origin,destination,count,quantifier,source) into"
                    + " flows-by-origin-destination.csv, flows-by-date.csv and flows-by-destination.csv, with the"
                    + " interval each row's quantifier allows. Reads in chunks on several threads; memory grows with"
                    + " the number of groups, not of rows; the files are the same whatever --threads is.",
            "A bad row stops the summary with its file:line:column, field and value, unless --skip-bad-rows."
        },
        footerHeading = "%nExample:%n",
        footer = {
            "  displacement-stats summarize flows.csv --out summary",
            "  displacement-stats summarize flows.csv --out summary --threads 2",
            "  displacement-stats summarize flows.csv --out summary --skip-bad-rows"
        })
final class SummarizeCommand implements Callable<Integer> {
    @Parameters(
            index = "0",
            paramLabel = "FILE",
            description = "The flow log (see README, \"Flow logs\"); - reads" + " standard input.")
    String file;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "DIR",
            description = "Directory to write to; created if missing, replaced if it holds a previous summary.")
    Path out;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Worker threads (default: one per available processor).")
    Integer threads;

    @Option(
            names = "--skip-bad-rows",
            description = "Leave bad rows out and list them, with the reason, in rejected.csv.")
    boolean skipBadRows;

    @Option(
            names = "--margin",
            paramLabel = "PERCENT",
            defaultValue = "10",
            description = "Margin of \"about\" and \"nearly\", in whole percent (default: ${DEFAULT-VALUE}).")
    int margin;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (threads != null) {
            OptionRange.THREADS.check(spec, threads);
        }
        FlowLogSummary.Options options = FlowLogSummary.Options.defaults()
                .withSkipBadRows(skipBadRows)
                .withPolicy(new QuantifierPolicy(OptionRange.MARGIN.check(spec, margin)));
        if (threads != null) {
            options = options.withThreads(threads);
        }
        FlowLogSummary s = FlowLogSummary.summarize(StandardInput.orFile(file, System.in), options);
        if (skipBadRows) {
            FlowLogReport.write(s, out, FlowLogReport.Option.REJECTED_ROWS);
        } else {
            FlowLogReport.write(s, out);
        }
        spec.commandLine()
                .getOut()
                .println("summarized " + s.rows() + " rows into " + out + " ("
                        + s.byOriginDestination().size() + " origin-destination pairs, "
                        + s.byDate().size() + " dates, "
                        + s.rejected().size() + " rows rejected)");
        return 0;
    }
}
