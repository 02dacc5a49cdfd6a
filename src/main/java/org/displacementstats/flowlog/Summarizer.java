package org.displacementstats.flowlog;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.figure.Place;
import org.displacementstats.flowlog.FlowLogSummary.DateTotals;
import org.displacementstats.flowlog.FlowLogSummary.DestinationTotals;
import org.displacementstats.flowlog.FlowLogSummary.Options;
import org.displacementstats.flowlog.FlowLogSummary.OriginDestinationTotals;
import org.displacementstats.flowlog.FlowLogSummary.RejectedRow;
import org.displacementstats.flowlog.FlowLogSummary.Totals;

/**
 * The pipeline: this thread cuts the file into chunks, worker threads parse them into their own
 * {@link Accumulator}s, and the merge turns worker-local place ids into names in code point order. Chunk
 * boundaries depend only on the file, and sums are exact, so the result is the same for any thread count.
 */
final class Summarizer {
    /** Orders names by Unicode code point: {@link Place#NAME_ORDER}. */
    static final Comparator<String> CODE_POINT_ORDER = Place.NAME_ORDER;

    private static final Chunk END = new Chunk(-1, new byte[0], 0, true);

    private Summarizer() {}

    static FlowLogSummary summarize(Path file, Options options) {
        boolean exact = options.libraryParser();
        FlowLogSummary s = run(file, options, exact);
        return s != null ? s : run(file, options, true);
    }

    /** @return the summary, or null when an optimistic cut fell inside a quoted field */
    private static FlowLogSummary run(Path file, Options options, boolean exactCuts) {
        String name = String.valueOf(file.getFileName());
        int threads = options.threads();
        BlockingQueue<Chunk> work = new ArrayBlockingQueue<>(threads + 1);
        BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(threads * 2 + 2);
        Map<Integer, ChunkOutcome> outcomes = new ConcurrentHashMap<>();
        AtomicInteger stopAfter = new AtomicInteger(Integer.MAX_VALUE);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Accumulator> accumulators = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Accumulator acc = new Accumulator(options.policy());
            accumulators.add(acc);
            ChunkParser parser = options.libraryParser() ? new LibraryChunkParser() : new ByteChunkParser();
            Thread worker = new Thread(
                    () -> work(work, free, acc, parser, options.skipBadRows(), outcomes, stopAfter, failure),
                    "flowlog-worker-" + t);
            worker.setDaemon(true);
            workers.add(worker);
        }
        workers.forEach(Thread::start);
        int chunks = 0;
        try (Chunker chunker = new Chunker(file, exactCuts)) {
            byte[] first = new byte[options.chunkBytes()];
            int allocated = 1;
            chunker.readHeader(first);
            free.add(first);
            while (failure.get() == null && chunks <= stopAfter.get()) {
                // Buffers are made as the pipeline fills, so a small log never allocates them all.
                byte[] buffer = free.poll();
                if (buffer == null && allocated < threads * 2 + 1) {
                    buffer = new byte[options.chunkBytes()];
                    allocated++;
                }
                Chunk c = chunker.next(buffer != null ? buffer : free.take());
                if (c == null) {
                    break;
                }
                work.put(c);
                chunks++;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DisplacementDataException(name + ": interrupted while reading", e);
        } finally {
            for (int t = 0; t < threads; t++) {
                putUninterruptibly(work, END);
            }
            for (Thread w : workers) {
                joinUninterruptibly(w);
            }
        }
        Throwable f = failure.get();
        if (f instanceof RuntimeException e) {
            throw e;
        }
        if (f != null) {
            throw new IllegalStateException(f);
        }
        return merge(name, chunks, outcomes, accumulators, options.skipBadRows());
    }

    private static void work(
            BlockingQueue<Chunk> work,
            BlockingQueue<byte[]> free,
            Accumulator acc,
            ChunkParser parser,
            boolean skipBadRows,
            Map<Integer, ChunkOutcome> outcomes,
            AtomicInteger stopAfter,
            AtomicReference<Throwable> failure) {
        while (true) {
            Chunk c;
            try {
                c = work.take();
            } catch (InterruptedException e) {
                failure.compareAndSet(null, e);
                return;
            }
            if (c == END) {
                return;
            }
            if (failure.get() == null && c.index() <= stopAfter.get()) {
                ChunkOutcome outcome = new ChunkOutcome(c.index());
                try {
                    parser.parse(c, acc, outcome, skipBadRows);
                } catch (ArithmeticException e) {
                    failure.compareAndSet(null, overflow(e));
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                }
                outcomes.put(c.index(), outcome);
                if (outcome.misaligned || outcome.fatal != null || !skipBadRows && !outcome.bad.isEmpty()) {
                    stopAfter.accumulateAndGet(c.index(), Math::min);
                }
            }
            free.offer(c.bytes());
        }
    }

    private static FlowLogSummary merge(
            String name,
            int chunks,
            Map<Integer, ChunkOutcome> outcomes,
            List<Accumulator> accumulators,
            boolean skipBadRows) {
        long line = 2;
        List<RejectedRow> rejected = new ArrayList<>();
        for (int i = 0; i < chunks; i++) {
            ChunkOutcome o = outcomes.get(i);
            if (o == null) {
                break;
            }
            if (o.misaligned) {
                return null;
            }
            for (BadRow b : o.bad) {
                RejectedRow r = b.at(line);
                if (!skipBadRows) {
                    throw badRow(name, r);
                }
                rejected.add(r);
            }
            if (o.fatal != null) {
                throw notCsv(name, line + o.fatalLine, o.fatal);
            }
            line += o.lines;
        }

        TreeSet<String> names = new TreeSet<>(CODE_POINT_ORDER);
        for (Accumulator a : accumulators) {
            for (int id = 0; id < a.places.size(); id++) {
                names.add(a.places.name(id));
            }
        }
        String[] sorted = names.toArray(new String[0]);
        Map<String, Integer> rank = new HashMap<>();
        for (int r = 0; r < sorted.length; r++) {
            rank.put(sorted[r], r);
        }
        LongAggregates pairs = new LongAggregates(1 << 12);
        LongAggregates dates = new LongAggregates(1 << 10);
        long rows = 0;
        for (Accumulator a : accumulators) {
            int[] global = new int[a.places.size()];
            for (int id = 0; id < global.length; id++) {
                global[id] = rank.get(a.places.name(id));
            }
            a.pairs.forEach((key, sums) ->
                    pairs.addAll(((long) global[(int) (key >>> 32)] << 32) | global[(int) key], sums));
            a.dates.forEach(dates::addAll);
            rows += a.rows;
        }

        List<long[]> pairRows = sortedEntries(pairs);
        List<OriginDestinationTotals> byPair = new ArrayList<>(pairRows.size());
        long[][] byDestinationSums = new long[sorted.length][];
        long totalPoint = 0;
        for (long[] e : pairRows) {
            int destination = (int) e[0];
            byPair.add(new OriginDestinationTotals(sorted[(int) (e[0] >>> 32)], sorted[destination], totals(e)));
            if (byDestinationSums[destination] == null) {
                byDestinationSums[destination] = new long[6];
            }
            for (int k = 1; k < 6; k++) {
                byDestinationSums[destination][k] += e[k];
            }
            totalPoint += e[1 + LongAggregates.POINT];
        }
        List<DestinationTotals> byDestination = new ArrayList<>();
        for (int d = 0; d < sorted.length; d++) {
            long[] e = byDestinationSums[d];
            if (e != null) {
                byDestination.add(new DestinationTotals(
                        sorted[d], totals(e), DestinationTotals.shareOf(e[1 + LongAggregates.POINT], totalPoint)));
            }
        }
        List<DateTotals> byDate = new ArrayList<>();
        for (long[] e : sortedEntries(dates)) {
            int yyyymmdd = (int) e[0];
            byDate.add(
                    new DateTotals(LocalDate.of(yyyymmdd / 10_000, yyyymmdd / 100 % 100, yyyymmdd % 100), totals(e)));
        }
        return new FlowLogSummary(name, rows, byPair, byDate, byDestination, rejected);
    }

    /** The error of a bad row when bad rows are not skipped: {@code file:line:column}, field, rule and value. */
    static DisplacementDataException badRow(String name, RejectedRow r) {
        if (r.value().isEmpty() && r.reason().startsWith("expected ")) {
            // A row with too many or too few fields has no one value to show.
            return new DisplacementDataException(
                    name + ":" + r.line() + ": " + r.reason() + "; quote a field that holds a comma");
        }
        return new DisplacementDataException(name + ":" + r.line() + ":" + r.column() + ": column '" + r.field() + "' "
                + r.reason() + " but was '" + r.value() + "'");
    }

    /** The error of sums that exceed a long. */
    static DisplacementDataException overflow(ArithmeticException e) {
        return new DisplacementDataException(
                "the sums of the log exceed 64-bit whole numbers (" + e.getMessage() + ")", e);
    }

    /** The error of a log that is not valid CSV, at {@code line}. */
    static DisplacementDataException notCsv(String name, long line, String message) {
        return new DisplacementDataException(name + ":" + line + ": not valid CSV (RFC 4180): " + message);
    }

    /** Entries as {key, rows, point, low, high, unbounded}, sorted by key. */
    private static List<long[]> sortedEntries(LongAggregates table) {
        List<long[]> entries = new ArrayList<>(table.size());
        table.forEach((key, sums) -> {
            long[] e = new long[6];
            e[0] = key;
            System.arraycopy(sums, 0, e, 1, 5);
            entries.add(e);
        });
        entries.sort((x, y) -> Long.compare(x[0], y[0]));
        return entries;
    }

    private static Totals totals(long[] e) {
        return Totals.of(
                e[1 + LongAggregates.ROWS],
                e[1 + LongAggregates.POINT],
                e[1 + LongAggregates.LOW],
                e[1 + LongAggregates.HIGH],
                e[1 + LongAggregates.UNBOUNDED]);
    }

    private static void putUninterruptibly(BlockingQueue<Chunk> queue, Chunk c) {
        boolean interrupted = false;
        while (true) {
            try {
                queue.put(c);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void joinUninterruptibly(Thread t) {
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
