package org.displacementstats.cli;

import java.util.List;
import org.displacementstats.dataset.Check;
import org.displacementstats.dataset.CheckStatus;

/**
 * How many checks passed, failed, warned and were skipped, as the console summary prints them, and the exit code
 * of {@code --strict}.
 */
record CheckCounts(long total, long failed, long warned, long skipped) {
    /** Exit code of {@code --strict} when a check failed or warned. */
    static final int CHECKS_NOT_CLEAN = 3;

    static CheckCounts of(List<Check> checks) {
        return new CheckCounts(
                checks.size(),
                count(checks, CheckStatus.FAIL),
                count(checks, CheckStatus.WARN),
                count(checks, CheckStatus.SKIPPED));
    }

    private static long count(List<Check> checks, CheckStatus status) {
        return checks.stream().filter(c -> c.status() == status).count();
    }

    /** @return how many checks passed */
    long passed() {
        return total - failed - warned - skipped;
    }

    /** @return 0 when nothing failed or warned, else {@link #CHECKS_NOT_CLEAN} */
    int strictExitCode() {
        return failed + warned == 0 ? 0 : CHECKS_NOT_CLEAN;
    }

    @Override
    public String toString() {
        return total + " checks, " + failed + " failed, " + warned + " warned, " + skipped + " skipped";
    }
}
