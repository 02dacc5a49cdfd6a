package org.displacementstats.io;

import java.time.DateTimeException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.figure.Period;

/**
 * How an import treats bad rows, reports progress, and dates a file that gives no dates. Built from
 * {@link #strict()} or {@link #skippingBadRows()}, then {@link #withProgress}, {@link #on(String)} and
 * {@link #streamingTo}: {@code ImportOptions.skippingBadRows().on("2022-10-31")}. Equal options have equal
 * fields (the progress consumer compared as an object).
 *
 * <p>Immutable; safe to share between threads if its progress consumer is.
 */
public final class ImportOptions {
    /** Files larger than this many bytes get progress lines, one per tenth read and one per later phase. */
    public static final long PROGRESS_BYTES = 4L << 20;

    private final boolean skipBadRows;
    private final Consumer<String> progress;
    private final Optional<Period> date;
    private final Optional<ImportSink> sink;

    private ImportOptions(
            boolean skipBadRows, Consumer<String> progress, Optional<Period> date, Optional<ImportSink> sink) {
        this.skipBadRows = skipBadRows;
        this.progress = Objects.requireNonNull(progress, "ImportOptions.progress");
        this.date = date;
        this.sink = sink;
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

    /**
     * @return {@code false} to stop at the first bad row (nothing is imported); {@code true} to set it aside in
     *     {@link ImportResult#rejected()} with its reason and go on
     */
    public boolean skipBadRows() {
        return skipBadRows;
    }

    /** @return what receives a progress line now and then while a file over a few MB is read */
    public Consumer<String> progress() {
        return progress;
    }

    /**
     * @return the period the file describes, for files whose rows carry no date (an HXL table without a date
     *     column, a matrix); never taken from the file system. Giving it for a file that dates its rows is an error
     */
    public Optional<Period> date() {
        return date;
    }

    /**
     * @return where the figures go one by one, the file read twice and never held whole; empty to import into a
     *     {@link org.displacementstats.dataset.DisplacementDataset}
     */
    public Optional<ImportSink> sink() {
        return sink;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImportOptions other
                && skipBadRows == other.skipBadRows
                && progress.equals(other.progress)
                && date.equals(other.date)
                && sink.equals(other.sink);
    }

    @Override
    public int hashCode() {
        return Objects.hash(skipBadRows, progress, date, sink);
    }

    /** @return the options as a record would print them: {@code ImportOptions[skipBadRows=true, ...]} */
    @Override
    public String toString() {
        return "ImportOptions[skipBadRows=" + skipBadRows + ", progress=" + progress + ", date=" + date + ", sink="
                + sink + "]";
    }
}
