package org.displacementstats.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.displacementstats.flowlog.FlowLogGenerator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code generate-flows}: a synthetic flow log for tests and benchmarks. */
@Command(
        name = "generate-flows",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {
            "Writes a synthetic flow log: the same seed gives the same bytes. A few origins dominate;"
                    + " quantifiers are mixed, in varied case; some names hold commas, doubled quotes and accents."
        },
        footerHeading = "%nExample:%n",
        footer = {"  displacement-stats generate-flows --rows 1000000 --places 300 --out flows.csv"})
final class GenerateFlowsCommand implements Callable<Integer> {
    @Option(names = "--rows", required = true, paramLabel = "N", description = "Rows to write.")
    long rows;

    @Option(names = "--places", required = true, paramLabel = "P", description = "Distinct places.")
    int places;

    @Option(
            names = "--seed",
            defaultValue = "1",
            paramLabel = "S",
            description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write (replaced).")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (rows < 0 || places < 1) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--rows must be >= 0 and --places >= 1 but were " + rows + " and " + places);
        }
        FlowLogGenerator.write(out, rows, places, seed);
        spec.commandLine().getOut().println("wrote " + rows + " rows over " + places + " places to " + out);
        return 0;
    }
}
