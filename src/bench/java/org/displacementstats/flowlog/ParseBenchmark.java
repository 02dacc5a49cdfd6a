package org.displacementstats.flowlog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.displacementstats.figure.Count;
import org.displacementstats.figure.Quantifier;
import org.displacementstats.figure.QuantifierPolicy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The hot loop, one thread: parse and aggregate one 8 MiB chunk of a generated log (about 130,000 rows) with
 * the byte-level parser and with FastCSV's reader; and the interval bounds with FlowBounds and with
 * Count.interval.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParseBenchmark {
    private Chunk chunk;
    private final long[] values = new long[4096];
    private final Quantifier[] quantifiers = new Quantifier[4096];

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path file = Files.createTempFile("flows", ".csv");
        FlowLogGenerator.write(file, 200_000, 300, 42);
        byte[] all = Files.readAllBytes(file);
        Files.delete(file);
        int start = 0;
        while (all[start] != '\n') {
            start++;
        }
        byte[] rows = java.util.Arrays.copyOfRange(all, start + 1, Math.min(all.length, start + 1 + (8 << 20)));
        int end = Chunker.lastRecordEnd(rows, rows.length);
        chunk = new Chunk(0, rows, end, true);
        java.util.SplittableRandom r = new java.util.SplittableRandom(1);
        for (int i = 0; i < values.length; i++) {
            values[i] = 1 + r.nextLong(1_000_000);
            quantifiers[i] = Accumulator.ALLOWED[r.nextInt(Accumulator.ALLOWED.length)];
        }
    }

    @Benchmark
    public long byteParser() {
        Accumulator acc = new Accumulator(QuantifierPolicy.DEFAULT);
        new ByteChunkParser().parse(chunk, acc, new ChunkOutcome(0), true);
        return acc.rows;
    }

    @Benchmark
    public long fastCsvParser() {
        Accumulator acc = new Accumulator(QuantifierPolicy.DEFAULT);
        new LibraryChunkParser().parse(chunk, acc, new ChunkOutcome(0), true);
        return acc.rows;
    }

    @Benchmark
    public long chunkBoundaryScan() {
        return Chunker.lastRecordEnd(chunk.bytes(), chunk.length());
    }

    @Benchmark
    public void flowBounds(Blackhole bh) {
        for (int i = 0; i < values.length; i++) {
            bh.consume(FlowBounds.low(quantifiers[i], values[i], QuantifierPolicy.DEFAULT));
            bh.consume(FlowBounds.high(quantifiers[i], values[i], QuantifierPolicy.DEFAULT));
        }
    }

    @Benchmark
    public void countInterval(Blackhole bh) {
        for (int i = 0; i < values.length; i++) {
            bh.consume(Count.of(quantifiers[i], values[i]).interval(QuantifierPolicy.DEFAULT));
        }
    }
}
