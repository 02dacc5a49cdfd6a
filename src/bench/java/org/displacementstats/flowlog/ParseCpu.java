package org.displacementstats.flowlog;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.displacementstats.figure.QuantifierPolicy;

/**
 * CPU time of the parse alone, one thread: reads the first MB megabytes of a log into 4 MiB chunks, then parses and
 * sums them with {@link ByteChunkParser} ROUNDS times (a new accumulator each time) and prints each round's CPU time
 * of the thread. Run it on the compiler the launcher uses:
 * {@code java -XX:TieredStopAtLevel=1 -cp target/classes:target/bench/classes
 * org.displacementstats.flowlog.ParseCpu target/bench/flows-10000000.csv 300 4}.
 */
public final class ParseCpu {
    private ParseCpu() {}

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        long limit = Long.parseLong(args[1]) << 20;
        int rounds = Integer.parseInt(args[2]);
        List<Chunk> chunks = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            int c;
            while ((c = in.read()) != '\n' && c >= 0) {
                // the header
            }
            byte[] carry = new byte[0];
            long read = 0;
            while (read < limit) {
                byte[] b = new byte[4 << 20];
                System.arraycopy(carry, 0, b, 0, carry.length);
                int n = in.readNBytes(b, carry.length, b.length - carry.length);
                int len = carry.length + n;
                if (n <= 0) {
                    break;
                }
                int end = Chunker.lastRecordEnd(b, len);
                carry = java.util.Arrays.copyOfRange(b, end, len);
                chunks.add(new Chunk(chunks.size(), b, end, false));
                read += end;
            }
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int r = 0; r < rounds; r++) {
            long t0 = mx.getCurrentThreadCpuTime();
            Accumulator acc = new Accumulator(QuantifierPolicy.DEFAULT);
            ByteChunkParser parser = new ByteChunkParser();
            for (Chunk c : chunks) {
                parser.parse(c, acc, new ChunkOutcome(c.index()), true);
            }
            long t1 = mx.getCurrentThreadCpuTime();
            System.out.printf(Locale.ROOT, "round %d: %d rows, %.3f s CPU%n", r, acc.rows, (t1 - t0) / 1e9);
        }
    }
}
