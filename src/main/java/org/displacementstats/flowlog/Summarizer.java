package org.displacementstats.flowlog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.RejectedRow;
import org.displacementstats.figure.Place;
import org.displacementstats.flowlog.FlowLogSummary.Options;

/**
 * The pipeline: this thread cuts the file into chunks and hands each to a task of a fixed thread pool, which
 * parses it with an idle {@link Worker} (a parser and its own {@link Accumulator}); the chunks' outcomes are then
 * taken in file order, and {@link SummaryMerge} turns worker-local place ids into names in code point order.
 * Chunk boundaries depend only on the file, sums are exact and outcomes are read in order, so the result, and the
 * first error, are the same for any thread count.
 */
final class Summarizer {
    /** Orders names by Unicode code point: {@link Place#NAME_ORDER}. */
    static final Comparator<String> CODE_POINT_ORDER = Place.NAME_ORDER;

    private final String name;
    private final Options options;
    private final ExecutorService pool;
    /** The workers not parsing now: one per pool thread, so that a running task always finds one. */
    private final BlockingQueue<Worker> idle;

    private final List<Accumulator> accumulators = new ArrayList<>();
    /** Chunk buffers: at most {@link #maxBuffers}, made as the pipeline fills (a small log needs one). */
    private final BlockingQueue<byte[]> free;

    private final int maxBuffers;
    /** The chunks handed out, in file order. */
    private final List<CompletableFuture<ChunkOutcome>> pending = new ArrayList<>();
    /** How many of {@link #pending}, from the first, are known to be parsed and not to stop the summary. */
    private int settled;

    /** A parser and the accumulator it fills; a task borrows one, so that no two tasks share an accumulator. */
    private record Worker(ChunkParser parser, Accumulator accumulator) {}

    private Summarizer(String name, Options options, ExecutorService pool) {
        this.name = name;
        this.options = options;
        this.pool = pool;
        int threads = options.threads();
        idle = new ArrayBlockingQueue<>(threads);
        for (int t = 0; t < threads; t++) {
            Worker w = new Worker(
                    options.libraryParser() ? new LibraryChunkParser() : new ByteChunkParser(),
                    new Accumulator(options.policy()));
            idle.add(w);
            accumulators.add(w.accumulator());
        }
        maxBuffers = threads * 2 + 1;
        free = new ArrayBlockingQueue<>(maxBuffers);
    }

    static FlowLogSummary summarize(Path file, Options options) {
        // Cuts are first made at the last line feed of a block (the library parser always cuts exactly); if one
        // fell inside a quoted field, the log is read again with exact cuts.
        return run(file, options, options.libraryParser())
                .or(() -> run(file, options, true))
                .orElseThrow(() -> new IllegalStateException("an exact cut fell inside a quoted field"));
    }

    /** @return the summary, or empty when an optimistic cut fell inside a quoted field */
    private static Optional<FlowLogSummary> run(Path file, Options options, boolean exactCuts) {
        String name = String.valueOf(file.getFileName());
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), Summarizer::daemon);
        try (Chunker chunker = new Chunker(file, exactCuts)) {
            Summarizer s = new Summarizer(name, options, pool);
            s.handOut(chunker);
            return s.merge(s.inOrder());
        } finally {
            // Chunks after one that stops the summary are not parsed; none is still parsing when this returns.
            pool.shutdownNow();
            awaitUninterruptibly(pool);
        }
    }

    private static Thread daemon(Runnable r) {
        Thread t = new Thread(r, "flowlog-worker");
        t.setDaemon(true);
        return t;
    }

    /** Cuts the log into chunks and hands each to a task, until the end or a chunk that stops the summary. */
    private void handOut(Chunker chunker) {
        byte[] first = new byte[options.chunkBytes()];
        chunker.readHeader(first);
        free.add(first);
        int allocated = 1;
        try {
            while (!stopped()) {
                byte[] buffer = free.poll();
                if (buffer == null && allocated < maxBuffers) {
                    buffer = new byte[options.chunkBytes()];
                    allocated++;
                }
                Chunk c = chunker.next(buffer != null ? buffer : free.take());
                if (c == null) {
                    return;
                }
                pending.add(CompletableFuture.supplyAsync(() -> parse(c), pool));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DisplacementDataException(name + ": interrupted while reading", e);
        }
    }

    /** A task: parses one chunk with an idle worker, then gives back the worker and the chunk's buffer. */
    private ChunkOutcome parse(Chunk c) {
        Worker w = idle.remove();
        try {
            ChunkOutcome outcome = new ChunkOutcome(c.index());
            w.parser().parse(c, w.accumulator(), outcome, options.skipBadRows());
            return outcome;
        } catch (ArithmeticException e) {
            throw overflow(e);
        } finally {
            idle.add(w);
            free.offer(c.bytes());
        }
    }

    /** @return whether a chunk parsed already stops the summary, so that later chunks would not be used */
    private boolean stopped() {
        while (settled < pending.size() && pending.get(settled).isDone()) {
            CompletableFuture<ChunkOutcome> f = pending.get(settled);
            if (f.isCompletedExceptionally() || f.join().stops(options.skipBadRows())) {
                return true;
            }
            settled++;
        }
        return false;
    }

    /**
     * @return the chunks' outcomes in file order, up to the first that stops the summary
     * @throws RuntimeException the failure of the first chunk in file order that failed
     */
    private List<ChunkOutcome> inOrder() {
        List<ChunkOutcome> outcomes = new ArrayList<>(pending.size());
        for (CompletableFuture<ChunkOutcome> f : pending) {
            ChunkOutcome o;
            try {
                o = f.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw e;
            }
            outcomes.add(o);
            if (o.stops(options.skipBadRows())) {
                break;
            }
        }
        return outcomes;
    }

    /**
     * Numbers the lines of the chunks' bad rows, then sums up.
     *
     * @return the summary, or empty when a chunk ended inside a quoted field
     * @throws DisplacementDataException the first bad row (unless skipped), or the first CSV error, by line
     */
    private Optional<FlowLogSummary> merge(List<ChunkOutcome> outcomes) {
        long line = 2;
        List<RejectedRow> rejected = new ArrayList<>();
        for (ChunkOutcome o : outcomes) {
            if (o.misaligned) {
                return Optional.empty();
            }
            for (RejectedRow b : o.bad) {
                RejectedRow r = ChunkOutcome.inLog(b, name, line);
                if (!options.skipBadRows()) {
                    throw badRow(name, r);
                }
                rejected.add(r);
            }
            if (o.fatal != null) {
                throw notCsv(name, line + o.fatalLine, o.fatal);
            }
            line += o.lines;
        }
        return Optional.of(SummaryMerge.summary(name, accumulators, rejected));
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

    private static void awaitUninterruptibly(ExecutorService pool) {
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
