package org.displacementstats.flowlog;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.TreeSet;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.figure.Place;
import org.displacementstats.flowlog.FlowLogSummary.DateTotals;
import org.displacementstats.flowlog.FlowLogSummary.DestinationTotals;
import org.displacementstats.flowlog.FlowLogSummary.OriginDestinationTotals;
import org.displacementstats.flowlog.FlowLogSummary.Options;
import org.displacementstats.flowlog.FlowLogSummary.RejectedRow;
import org.displacementstats.flowlog.FlowLogSummary.Totals;

/**
 * The pipeline: this thread cuts the file into chunks and hands each to an {@link ExecutorService} task, which
 * parses it into one of the {@link Worker}s' own {@link Accumulator}s; the merge takes the chunks' outcomes in file
 * order and turns worker-local place ids into names in code point order. Chunk boundaries depend only on the
 * file, and sums are exact, so the result is the same for any thread count.
 */
final class Summarizer {
    /** Orders names by Unicode code point: {@link Place#NAME_ORDER}. */
    static final Comparator<String> CODE_POINT_ORDER = Place.NAME_ORDER;

    private Summarizer() {
    }

    static FlowLogSummary summarize(Path file, Options options) {
        // Cuts are first made optimistically at a line break; if one fell inside a quoted field, the file is read
        // again with exact cuts (the library parser always cuts exactly).
        return run(file, options, options.libraryParser()).orElseGet(() -> run(file, options, true)
                .orElseThrow(() -> new IllegalStateException("exact cuts cannot fall inside a quoted field")));
    }

    /** A parser and the accumulator it fills; a task borrows one, so that no two tasks share an accumulator. */
    private record Worker(ChunkParser parser, Accumulator accumulator) {
    }

    /**
     * @return the summary, or empty when an optimistic cut fell inside a quoted field
     */
    private static Optional<FlowLogSummary> run(Path file, Options options, boolean exactCuts) {
        String name = String.valueOf(file.getFileName());
        int threads = options.threads();
        BlockingQueue<Worker> idle = new ArrayBlockingQueue<>(threads);
        List<Accumulator> accumulators = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Worker w = new Worker(options.libraryParser() ? new LibraryChunkParser() : new ByteChunkParser(),
                    new Accumulator(options.policy()));
            idle.add(w);
            accumulators.add(w.accumulator());
        }
        int maxBuffers = threads * 2 + 1;
        BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(maxBuffers);
        List<CompletableFuture<ChunkOutcome>> outcomes = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, Summarizer::daemon);
        try (Chunker chunker = new Chunker(file, exactCuts)) {
            byte[] first = new byte[options.chunkBytes()];
            int allocated = 1;
            chunker.readHeader(first);
            free.add(first);
            int settled = 0;
            while (true) {
                settled = settled(outcomes, settled, options.skipBadRows());
                if (settled < outcomes.size() && outcomes.get(settled).isDone()) {
                    break; // a chunk that stops the summary: later chunks would not be used
                }
                // Buffers are made as the pipeline fills, so a small log never allocates them all.
                byte[] buffer = free.poll();
                if (buffer == null && allocated < maxBuffers) {
                    buffer = new byte[options.chunkBytes()];
                    allocated++;
                }
                Chunk c = chunker.next(buffer != null ? buffer : free.take());
                if (c == null) {
                    break;
                }
                outcomes.add(CompletableFuture.supplyAsync(() -> parse(c, idle, free, options.skipBadRows()), pool));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DisplacementDataException(name + ": interrupted while reading", e);
        } finally {
            pool.shutdown();
        }
        return merge(name, inOrder(outcomes, options.skipBadRows()), accumulators, options.skipBadRows());
    }

    private static Thread daemon(Runnable r) {
        Thread t = new Thread(r, "flowlog-worker");
        t.setDaemon(true);
        return t;
    }

    /**
     * A task: parses one chunk with an idle worker, then gives back the worker and the chunk's buffer. There are as
     * many workers as pool threads, so a running task always finds one idle.
     */
    private static ChunkOutcome parse(Chunk c, BlockingQueue<Worker> idle, BlockingQueue<byte[]> free,
            boolean skipBadRows) {
        Worker w = Objects.requireNonNull(idle.poll(), "a worker per pool thread");
        try {
            ChunkOutcome outcome = new ChunkOutcome(c.index());
            w.parser().parse(c, w.accumulator(), outcome, skipBadRows);
            return outcome;
        } catch (ArithmeticException e) {
            throw new DisplacementDataException(
                    "the sums of the log exceed 64-bit whole numbers (" + e.getMessage() + ")", e);
        } finally {
            idle.add(w);
            free.add(c.bytes());
        }
    }

    /**
     * @return the index of the first chunk, from {@code from} on, that is not yet done, or that is done and stops
     *     the summary (it failed, was cut inside a quoted field, is not CSV, or has a bad row that is not skipped)
     */
    private static int settled(List<CompletableFuture<ChunkOutcome>> outcomes, int from, boolean skipBadRows) {
        int i = from;
        while (i < outcomes.size() && outcomes.get(i).isDone()) {
            CompletableFuture<ChunkOutcome> f = outcomes.get(i);
            if (f.isCompletedExceptionally() || stops(f.join(), skipBadRows)) {
                return i;
            }
            i++;
        }
        return i;
    }

    private static boolean stops(ChunkOutcome o, boolean skipBadRows) {
        return o.misaligned || o.fatal != null || !skipBadRows && !o.bad.isEmpty();
    }

    /**
     * The chunks' outcomes in file order, up to the first that stops the summary; the first failed task (in file
     * order) throws its exception, as one thread reading the file would.
     */
    private static List<ChunkOutcome> inOrder(List<CompletableFuture<ChunkOutcome>> outcomes, boolean skipBadRows) {
        List<ChunkOutcome> done = new ArrayList<>(outcomes.size());
        try {
            for (CompletableFuture<ChunkOutcome> f : outcomes) {
                ChunkOutcome o = f.join();
                done.add(o);
                if (stops(o, skipBadRows)) {
                    break;
                }
            }
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            outcomes.forEach(f -> f.cancel(true));
        }
        return done;
    }

    private static Optional<FlowLogSummary> merge(String name, List<ChunkOutcome> outcomes,
            List<Accumulator> accumulators, boolean skipBadRows) {
        long line = 2;
        List<RejectedRow> rejected = new ArrayList<>();
        for (ChunkOutcome o : outcomes) {
            if (o.misaligned) {
                return Optional.empty();
            }
            for (BadRow b : o.bad) {
                long at = line + b.relativeLine();
                if (!skipBadRows) {
                    throw new DisplacementDataException(name + ":" + at + ":" + b.column() + ": column '" + b.field()
                            + "' " + b.reason() + " but was '" + b.value() + "'");
                }
                rejected.add(new RejectedRow(at, b.column(), b.field(), b.value(), b.reason()));
            }
            if (o.fatal != null) {
                throw new DisplacementDataException(name + ":" + (line + o.fatalLine) + ": not valid CSV (RFC 4180): "
                        + o.fatal);
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
            a.pairs.forEach((key, sums) -> pairs.addAll(
                    ((long) global[(int) (key >>> 32)] << 32) | global[(int) key], sums));
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
                OptionalDouble share = totalPoint == 0 ? OptionalDouble.empty()
                        : OptionalDouble.of((double) e[1 + LongAggregates.POINT] / totalPoint);
                byDestination.add(new DestinationTotals(sorted[d], totals(e), share));
            }
        }
        List<DateTotals> byDate = new ArrayList<>();
        for (long[] e : sortedEntries(dates)) {
            int yyyymmdd = (int) e[0];
            byDate.add(new DateTotals(LocalDate.of(yyyymmdd / 10_000, yyyymmdd / 100 % 100, yyyymmdd % 100),
                    totals(e)));
        }
        return Optional.of(new FlowLogSummary(name, rows, byPair, byDate, byDestination, rejected));
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
        return new Totals(e[1 + LongAggregates.ROWS], e[1 + LongAggregates.POINT], e[1 + LongAggregates.LOW],
                e[1 + LongAggregates.UNBOUNDED] > 0 ? OptionalLong.empty() : OptionalLong.of(e[1 + LongAggregates.HIGH]));
    }
}
