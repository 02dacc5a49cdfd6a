package org.displacementstats.flowlog;

import java.io.IOException;
import java.nio.channels.ReadableByteChannel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.RejectedRow;
import org.displacementstats.flowlog.FlowLogSummary.Options;
import org.displacementstats.flowlog.FlowLogSummary.Totals;

/**
 * The sums of one slice of a flow log's bytes, for an engine that spreads a log over several machines (the
 * {@code org.displacementstats.spark} package): the parser, row rules and quantifier bounds of
 * {@link FlowLogSummary#summarize}, with sums that add up across slices (the high of bounded rows and the
 * number of unbounded rows kept apart) and lines counted from the slice's start.
 *
 * <p>A slice starts at a record boundary: the log's start (then it holds the header) or just after a line
 * feed. If that line feed was inside a quoted field, the slice before it ends inside quotes and says so
 * ({@link #endsInsideQuotes()}); the caller then reads the log as one slice.
 *
 * <pre>{@code
 * FlowLogSlice s = FlowLogSlice.read("flows.csv", () -> FileChannel.open(file), true, true, Options.defaults());
 * s.pairs();   // origin, destination and sums of this slice's rows
 * }</pre>
 */
public final class FlowLogSlice {
    private final long rows;
    private final long lineBreaks;
    private final boolean endsInsideQuotes;
    private final List<RejectedRow> badRows;
    private final String notCsv;
    private final long notCsvLine;
    private final List<PairSums> pairs;
    private final List<DateSums> dates;

    private FlowLogSlice(
            Accumulator acc,
            long lineBreaks,
            boolean endsInsideQuotes,
            List<RejectedRow> badRows,
            String notCsv,
            long notCsvLine) {
        this.rows = acc.rows;
        this.lineBreaks = lineBreaks;
        this.endsInsideQuotes = endsInsideQuotes;
        this.badRows = List.copyOf(badRows);
        this.notCsv = notCsv;
        this.notCsvLine = notCsvLine;
        List<PairSums> p = new ArrayList<>(acc.pairs.size());
        acc.pairs.forEach((key, s) ->
                p.add(new PairSums(acc.places.name((int) (key >>> 32)), acc.places.name((int) key), sums(s))));
        this.pairs = List.copyOf(p);
        List<DateSums> d = new ArrayList<>(acc.dates.size());
        acc.dates.forEach((key, s) ->
                d.add(new DateSums(LocalDate.of((int) key / 10_000, (int) key / 100 % 100, (int) key % 100), sums(s))));
        this.dates = List.copyOf(d);
    }

    /** Opens the bytes of a slice, from its start to its end (a line feed, or the end of the log). */
    @FunctionalInterface
    public interface Opener {
        /**
         * Opens the slice's bytes again; called once, or twice when the first, quick cut into chunks fell
         * inside a quoted field.
         *
         * @return the slice's bytes; closed by the reader
         * @throws IOException when they cannot be read
         */
        ReadableByteChannel open() throws IOException;
    }

    /**
     * Sums of rows, in people, that add up across slices.
     *
     * @param rows how many rows
     * @param point the sum of the stated values
     * @param low the sum of the lower bounds
     * @param boundedHigh the sum of the upper bounds of the rows that have one
     * @param unboundedRows how many rows have no upper bound
     */
    public record Sums(long rows, long point, long low, long boundedHigh, long unboundedRows) {
        /** @return these sums as a summary shows them: an empty high when any row is unbounded */
        public Totals totals() {
            return Totals.of(rows, point, low, boundedHigh, unboundedRows);
        }
    }

    /**
     * The rows of a slice from one origin to one destination.
     *
     * @param origin the origin
     * @param destination the destination
     * @param sums their sums
     */
    public record PairSums(String origin, String destination, Sums sums) {}

    /**
     * The rows of a slice on one date.
     *
     * @param date the date
     * @param sums their sums
     */
    public record DateSums(LocalDate date, Sums sums) {}

    /**
     * Reads and sums one slice of a log.
     *
     * @param name the log's file name, as error messages name it
     * @param opener opens the slice's bytes
     * @param header whether the slice starts at the log's start, with the header row
     * @param fileEnds whether the slice ends where the log ends
     * @param options bad-row handling and the margin of "about" and "nearly" (threads are not used)
     * @return the slice's sums, bad rows and line count
     * @throws DisplacementDataException when the header is wrong, the slice cannot be read, or its sums exceed
     *     64-bit whole numbers
     */
    public static FlowLogSlice read(String name, Opener opener, boolean header, boolean fileEnds, Options options) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(opener, "opener");
        FlowLogSlice s = run(name, opener, header, fileEnds, options, options.libraryParser());
        return s != null ? s : run(name, opener, header, fileEnds, options, true);
    }

    /** @return the slice, or null when an optimistic cut fell inside a quoted field */
    private static FlowLogSlice run(
            String name, Opener opener, boolean header, boolean fileEnds, Options options, boolean exactCuts) {
        Accumulator acc = new Accumulator(options.policy());
        ChunkParser parser = options.libraryParser() ? new LibraryChunkParser() : new ByteChunkParser();
        List<RejectedRow> bad = new ArrayList<>();
        long line = 0;
        try (ReadableByteChannel channel = opener.open();
                Chunker chunker = new Chunker(name, channel, exactCuts, fileEnds)) {
            byte[] buffer = new byte[options.chunkBytes()];
            if (header) {
                chunker.readHeader(buffer);
            }
            for (Chunk c = chunker.next(buffer); c != null; c = chunker.next(buffer)) {
                ChunkOutcome o = new ChunkOutcome(c.index());
                try {
                    parser.parse(c, acc, o, options.skipBadRows());
                } catch (ArithmeticException e) {
                    throw Summarizer.overflow(e);
                }
                buffer = c.bytes();
                if (o.misaligned) {
                    return exactCuts ? new FlowLogSlice(acc, line, true, bad, null, 0) : null;
                }
                for (RejectedRow b : o.bad) {
                    bad.add(ChunkOutcome.inLog(b, name, line));
                }
                if (o.fatal != null) {
                    return new FlowLogSlice(acc, line, false, bad, o.fatal, line + o.fatalLine);
                }
                line += o.lines;
                if (!options.skipBadRows() && !o.bad.isEmpty()) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new DisplacementDataException(name + ": cannot be read (" + e + ")", e);
        }
        return new FlowLogSlice(acc, line, false, bad, null, 0);
    }

    private static Sums sums(long[] s) {
        return new Sums(
                s[LongAggregates.ROWS],
                s[LongAggregates.POINT],
                s[LongAggregates.LOW],
                s[LongAggregates.HIGH],
                s[LongAggregates.UNBOUNDED]);
    }

    /**
     * The error {@link FlowLogSummary#summarize} throws for a bad row when bad rows are not skipped.
     *
     * @param name the log's file name
     * @param row the row, with its line in the log
     * @return the error naming {@code file:line:column}, the field, the rule and the value
     */
    public static DisplacementDataException badRowError(String name, RejectedRow row) {
        return Summarizer.badRow(name, row);
    }

    /**
     * The error {@link FlowLogSummary#summarize} throws for a log that is not valid CSV.
     *
     * @param name the log's file name
     * @param line the line in the log
     * @param message what is wrong ({@link #notCsv()})
     * @return the error
     */
    public static DisplacementDataException notCsvError(String name, long line, String message) {
        return Summarizer.notCsv(name, line, message);
    }

    /** @return the rows summed (bad rows excluded) */
    public long rows() {
        return rows;
    }

    /**
     * @return the line breaks read (after the header, if any); the next slice starts that many lines later;
     *     meaningful only when the slice was read to its end (no {@link #notCsv()}, no bad row unless skipped)
     */
    public long lineBreaks() {
        return lineBreaks;
    }

    /** @return whether the slice, not the log's last, ends inside a quoted field: the next one starts wrongly */
    public boolean endsInsideQuotes() {
        return endsInsideQuotes;
    }

    /**
     * @return the bad rows, by line; lines count from 0 at the slice's first line after its header (add the
     *     log line where that is); at most one unless bad rows are skipped
     */
    public List<RejectedRow> badRows() {
        return badRows;
    }

    /** @return why the slice is not valid CSV, where reading it stopped; else empty */
    public Optional<String> notCsv() {
        return Optional.ofNullable(notCsv);
    }

    /** @return the line of {@link #notCsv()}, counted like {@link #badRows()}'s */
    public long notCsvLine() {
        return notCsvLine;
    }

    /** @return the sums by origin and destination, in no order */
    public List<PairSums> pairs() {
        return pairs;
    }

    /** @return the sums by date, in no order */
    public List<DateSums> dates() {
        return dates;
    }
}
