package org.displacementstats.io;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * How an import treats bad rows and reports progress.
 *
 * @param skipBadRows {@code false} to stop at the first bad row (nothing is imported); {@code true} to set it
 *     aside in {@link ImportResult#rejected()} with its reason and go on
 * @param progress receives a progress line now and then while a file over a few MB is read
 */
public record ImportOptions(boolean skipBadRows, Consumer<String> progress) {

    /**
     * Checks that a progress consumer is given (use {@code line -> { }} for none).
     *
     * @param skipBadRows {@code false} to stop at the first bad row (nothing is imported); {@code true} to set it aside in {@link ImportResult#rejected()} with its reason and go on
     * @param progress receives a progress line now and then while a file over a few MB is read
     */
    public ImportOptions {
        Objects.requireNonNull(progress, "ImportOptions.progress");
    }

    /** @return stop at the first bad row, report no progress */
    public static ImportOptions strict() {
        return new ImportOptions(false, line -> { });
    }

    /** @return set bad rows aside and go on, report no progress */
    public static ImportOptions skippingBadRows() {
        return new ImportOptions(true, line -> { });
    }

    /**
     * @param progressLines where progress lines go (the CLI prints them on stderr)
     * @return these options with progress lines
     */
    public ImportOptions withProgress(Consumer<String> progressLines) {
        return new ImportOptions(skipBadRows, progressLines);
    }
}
