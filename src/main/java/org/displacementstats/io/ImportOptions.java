package org.displacementstats.io;

import java.time.DateTimeException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.figure.Period;

/**
 * How an import treats bad rows, reports progress, and dates a file that gives no dates.
 *
 * @param skipBadRows {@code false} to stop at the first bad row (nothing is imported); {@code true} to set it
 *     aside in {@link ImportResult#rejected()} with its reason and go on
 * @param progress receives a progress line now and then while a file over a few MB is read
 * @param date the period the file describes, for files whose rows carry no date (an HXL table without a date
 *     column, a matrix); never taken from the file system. Giving it for a file that dates its rows is an error
 * @param sink where the figures go one by one, the file read twice and never held whole; empty to import into
 *     a {@link org.displacementstats.dataset.DisplacementDataset}
 */
public record ImportOptions(
        boolean skipBadRows, Consumer<String> progress, Optional<Period> date, Optional<ImportSink> sink) {
    /** Files larger than this many bytes get progress lines, one per tenth read and one per later phase. */
    public static final long PROGRESS_BYTES = 4L << 20;

    /**
     * Checks that a progress consumer and a date (possibly empty) are given (use {@code line -> { }} for none).
     *
     * @param skipBadRows {@code false} to stop at the first bad row (nothing is imported); {@code true} to set it
     *     aside in {@link ImportResult#rejected()} with its reason and go on
     * @param progress receives a progress line now and then while a file over a few MB is read
     * @param date the period the file describes, for files whose rows carry no date
     * @param sink where the figures go one by one; empty to import into a dataset
     */
    public ImportOptions {
        Objects.requireNonNull(progress, "ImportOptions.progress");
        Objects.requireNonNull(date, "ImportOptions.date");
        Objects.requireNonNull(sink, "ImportOptions.sink");
    }

    /** @return stop at the first bad row, report no progress, no date given */
    public static ImportOptions strict() {
        return new ImportOptions(false, line -> {}, Optional.empty(), Optional.empty());
    }

    /** @return set bad rows aside and go on, report no progress, no date given */
    public static ImportOptions skippingBadRows() {
        return new ImportOptions(true, line -> {}, Optional.empty(), Optional.empty());
    }

    /**
     * @param progressLines where progress lines go (the CLI prints them on stderr)
     * @return these options with progress lines
     */
    public ImportOptions withProgress(Consumer<String> progressLines) {
        return new ImportOptions(skipBadRows, progressLines, date, sink);
    }

    /**
     * Streams the import: the file is read twice and each figure goes to {@code to} as it is built, never held
     * whole ({@link ImportSink}). The result's dataset then holds the file's source and no figure, and its
     * {@link ImportResult#rejected()} is empty: the rows set aside went to the sink.
     *
     * @param to where the figures, expectations and rows set aside go
     * @return these options, streaming
     */
    public ImportOptions streamingTo(ImportSink to) {
        return new ImportOptions(skipBadRows, progress, date, Optional.of(Objects.requireNonNull(to, "to")));
    }

    /**
     * @param period the period the file describes, for a file whose rows carry no date
     * @return these options with that date
     */
    public ImportOptions on(Period period) {
        return new ImportOptions(skipBadRows, progress, Optional.of(Objects.requireNonNull(period, "period")), sink);
    }

    /**
     * @param text a day {@code 2022-10-31}, a month {@code 2022-10}, a year {@code 2022} or a range
     *     {@code 2022-01-01/2022-10-31}
     * @return these options with that date
     * @throws DisplacementDataException if the text is none of these, or not on the calendar
     */
    public ImportOptions on(String text) {
        try {
            return on(DateCells.period(text.strip()));
        } catch (DateTimeException e) {
            throw new DisplacementDataException(
                    "--date: expected " + DateCells.WHAT + " but was '" + text + "'"
                            + (e.getMessage() != null && e.getMessage().contains(" is not a day")
                                    ? " (" + e.getMessage() + ")"
                                    : ""),
                    e);
        }
    }
}
