package org.displacementstats.flowlog;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.RejectedRow;
import org.displacementstats.figure.Estimate;
import org.displacementstats.figure.Interval;
import org.displacementstats.figure.QuantifierPolicy;

/**
 * The summary of a flow log: totals by origin × destination, by date and by destination, with the interval
 * that each row's quantifier allows.
 *
 * <pre>{@code
 * FlowLogSummary s = FlowLogSummary.summarize(Path.of("flows.csv"), FlowLogSummary.Options.defaults());
 * s.byOriginDestination().get(0);   // Alep-Est → Cheikh Maqsoud: rows, point, low, high
 * }</pre>
 *
 * <p>The log is CSV (UTF-8, RFC 4180, LF or CRLF) with the header {@code date,origin,destination,count,
 * quantifier,source}; {@code date} is ISO {@code YYYY-MM-DD}, {@code count} digits only, {@code quantifier}
 * one of exact, about, nearly, at_least, more_than, up_to, less_than in any case (empty is exact). It is read
 * in chunks by several threads into sums keyed by place ids, so memory grows with the number of groups, not
 * of rows, and the result does not depend on the number of threads.
 *
 * @param file the log's file name, as error messages name it
 * @param rows the rows summed (bad rows excluded)
 * @param byOriginDestination one entry per origin and destination, by origin then destination (Unicode code
 *     point order)
 * @param byDate one entry per date, in date order
 * @param byDestination one entry per destination, in code point order, with its share of the total point
 * @param rejected the bad rows, by line, when {@link Options#skipBadRows()} is set; else empty. Each names the
 *     log's file name, the line where the row starts (the header is line 1), the field number from 1, the
 *     column's name, the field's text (its first 200 characters; empty for a row with too many or too few
 *     fields), the rule it breaks, and the record's text as in the log (without its line break)
 */
public record FlowLogSummary(
        String file,
        long rows,
        List<OriginDestinationTotals> byOriginDestination,
        List<DateTotals> byDate,
        List<DestinationTotals> byDestination,
        List<RejectedRow> rejected) {

    /**
     * Copies the lists, so that the summary is immutable.
     *
     * @param file the log's file name, as error messages name it
     * @param rows the rows summed (bad rows excluded)
     * @param byOriginDestination one entry per origin and destination, by origin then destination (Unicode
     *     code point order)
     * @param byDate one entry per date, in date order
     * @param byDestination one entry per destination, in code point order, with its share of the total point
     * @param rejected the bad rows, by line, when {@link Options#skipBadRows()} is set; else empty
     */
    public FlowLogSummary {
        Objects.requireNonNull(file, "file");
        byOriginDestination = List.copyOf(byOriginDestination);
        byDate = List.copyOf(byDate);
        byDestination = List.copyOf(byDestination);
        rejected = List.copyOf(rejected);
    }

    /**
     * Reads and summarises a flow log.
     *
     * @param file the CSV file
     * @param options threads, bad-row handling and the margin of "about" and "nearly"
     * @return the summary
     * @throws DisplacementDataException naming {@code file:line:column}, the field and the value of the first bad
     *     row (unless {@link Options#skipBadRows()}), or when the file is not valid CSV or cannot be read
     */
    public static FlowLogSummary summarize(Path file, Options options) {
        return Summarizer.summarize(file, options);
    }

    /**
     * Sums of a group of rows, in people.
     *
     * @param rows how many rows
     * @param point the sum of the stated values
     * @param low the sum of the lower bounds
     * @param high the sum of the upper bounds; empty when any row is unbounded (« au moins », "more than")
     */
    public record Totals(long rows, long point, long low, OptionalLong high) {

        /** @return the point and interval as the one type every figure uses: [low, high], or [low, inf) */
        public Estimate estimate() {
            return new Estimate(
                    OptionalLong.of(point),
                    high.isPresent() ? Interval.closed(low, high.getAsLong()) : Interval.atLeast(low));
        }

        /**
         * The totals of a group from its running sums, where the high sum counts only bounded rows.
         *
         * @param rows how many rows
         * @param point the sum of the stated values
         * @param low the sum of the lower bounds
         * @param boundedHigh the sum of the upper bounds of the bounded rows
         * @param unboundedRows how many rows have no upper bound; when any, the group's high is unbounded
         * @return the totals
         */
        public static Totals of(long rows, long point, long low, long boundedHigh, long unboundedRows) {
            return new Totals(
                    rows, point, low, unboundedRows > 0 ? OptionalLong.empty() : OptionalLong.of(boundedHigh));
        }
    }

    /**
     * The rows from one origin to one destination.
     *
     * @param origin the origin
     * @param destination the destination
     * @param totals their sums
     */
    public record OriginDestinationTotals(String origin, String destination, Totals totals) {}

    /**
     * The rows of one date.
     *
     * @param date the date
     * @param totals their sums
     */
    public record DateTotals(LocalDate date, Totals totals) {}

    /**
     * The rows to one destination, from any origin.
     *
     * @param destination the destination
     * @param totals their sums
     * @param shareOfPoint the destination's point over the point of all rows; empty when that is 0
     */
    public record DestinationTotals(String destination, Totals totals, OptionalDouble shareOfPoint) {

        /**
         * A destination's share of the total point.
         *
         * @param point the destination's point
         * @param totalPoint the point of all rows
         * @return {@code point / totalPoint} as a double; empty when {@code totalPoint} is 0
         */
        public static OptionalDouble shareOf(long point, long totalPoint) {
            return totalPoint == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) point / totalPoint);
        }
    }

    /**
     * How to read a log: {@code Options.defaults().withThreads(4).withSkipBadRows(true)}. The withers are named
     * apart from the accessors ({@link #threads()}, {@link #skipBadRows()}, {@link #policy()}): one name, one
     * return type.
     */
    public static final class Options {
        /** The most worker threads a summary may run. */
        public static final int MAX_THREADS = 256;

        /** Bytes per chunk: large enough that handing chunks out costs nothing, small enough to keep memory flat. */
        static final int DEFAULT_CHUNK_BYTES = 4 << 20;

        private final int threads;
        private final boolean skipBadRows;
        private final QuantifierPolicy policy;
        private final boolean libraryParser;
        private final int chunkBytes;

        private Options(
                int threads, boolean skipBadRows, QuantifierPolicy policy, boolean libraryParser, int chunkBytes) {
            if (threads < 1 || threads > MAX_THREADS) {
                throw new IllegalArgumentException(
                        "Options.threads must be between 1 and " + MAX_THREADS + " but was " + threads);
            }
            this.threads = threads;
            this.skipBadRows = skipBadRows;
            this.policy = Objects.requireNonNull(policy, "policy");
            this.libraryParser = libraryParser;
            this.chunkBytes = chunkBytes;
        }

        /** @return one thread per available processor, stop at the first bad row, the default margin */
        public static Options defaults() {
            return new Options(
                    Runtime.getRuntime().availableProcessors(),
                    false,
                    QuantifierPolicy.DEFAULT,
                    false,
                    DEFAULT_CHUNK_BYTES);
        }

        /**
         * Returns these options with {@code n} threads.
         *
         * @param n worker threads, from 1 to {@value #MAX_THREADS}
         * @return these options with {@code n} threads
         * @throws IllegalArgumentException if {@code n} is out of that range
         */
        public Options withThreads(int n) {
            return new Options(n, skipBadRows, policy, libraryParser, chunkBytes);
        }

        /**
         * Returns these options, leaving bad rows out (listed in {@link FlowLogSummary#rejected()}) or
         * stopping at the first.
         *
         * @param skip whether to leave bad rows out (listing them) rather than stop
         * @return the new options
         */
        public Options withSkipBadRows(boolean skip) {
            return new Options(threads, skip, policy, libraryParser, chunkBytes);
        }

        /**
         * Returns these options with another margin for "about" and "nearly".
         *
         * @param p the margin of "about" and "nearly"
         * @return the new options
         */
        public Options withPolicy(QuantifierPolicy p) {
            return new Options(threads, skipBadRows, p, libraryParser, chunkBytes);
        }

        /** Parse with FastCSV's reader instead of the byte-level parser (tests and benchmarks compare them). */
        Options withLibraryParser(boolean library) {
            return new Options(threads, skipBadRows, policy, library, chunkBytes);
        }

        /** Smaller chunks put chunk boundaries inside small test files. */
        Options withChunkBytes(int bytes) {
            return new Options(threads, skipBadRows, policy, libraryParser, bytes);
        }

        /** @return the number of worker threads */
        public int threads() {
            return threads;
        }

        /** @return whether bad rows are left out rather than stopping the summary */
        public boolean skipBadRows() {
            return skipBadRows;
        }

        /** @return the margin of "about" and "nearly" */
        public QuantifierPolicy policy() {
            return policy;
        }

        boolean libraryParser() {
            return libraryParser;
        }

        int chunkBytes() {
            return chunkBytes;
        }
    }
}
