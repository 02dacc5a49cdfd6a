package org.displacementstats.cli;

import org.displacementstats.figure.QuantifierPolicy;
import org.displacementstats.flowlog.FlowLogSummary;
import org.displacementstats.stats.UncertaintySettings;
import picocli.CommandLine;

/**
 * The range of a whole-number option, checked by the command that reads it before the library sees the value: a
 * value out of range is a mistyped option, a usage error (exit 2) whose message names the option, the range and
 * the value, like "abc" would be.
 *
 * @param option the option's name, as the user types it
 * @param min the smallest value allowed
 * @param max the largest value allowed
 */
record OptionRange(String option, int min, int max) {
    /** {@code --margin}: the margin of "about" and "nearly", in whole percent. */
    static final OptionRange MARGIN = new OptionRange("--margin", 0, QuantifierPolicy.MAX_MARGIN_PERCENT);
    /** {@code --draws}: the number of Monte Carlo draws. */
    static final OptionRange DRAWS =
            new OptionRange("--draws", UncertaintySettings.MIN_DRAWS, UncertaintySettings.MAX_DRAWS);
    /** {@code --tail}: the mean excess of an unbounded count, in percent of it. */
    static final OptionRange TAIL = new OptionRange("--tail", 0, UncertaintySettings.MAX_TAIL_PERCENT);
    /** {@code summarize --threads}. */
    static final OptionRange THREADS = new OptionRange("--threads", 1, FlowLogSummary.Options.MAX_THREADS);

    /**
     * @param spec the command that reads the option
     * @param value the value given
     * @return the value, when it is within the range
     * @throws CommandLine.ParameterException naming the option, the range and the value, when it is not
     */
    int check(CommandLine.Model.CommandSpec spec, int value) {
        if (value < min || value > max) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "Invalid option value: " + option + " must be between " + min + " and " + max + " but was "
                            + value);
        }
        return value;
    }
}
