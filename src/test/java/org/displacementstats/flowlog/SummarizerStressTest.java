package org.displacementstats.flowlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.flowlog.FlowLogSummary.Options;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pipeline against itself: a tricky log (quoted line breaks, CRLF, doubled quotes, bad rows) cut into chunks
 * of 1 to 64 bytes, so that a chunk edge falls on every byte of some record, and parsed on 1 to 8 threads, gives
 * exactly what one thread with one large chunk gives: the same sums, the same rejected rows, the same first error.
 */
class SummarizerStressTest {
    private static final int[] CHUNK_BYTES = {1, 2, 3, 5, 8, 13, 16, 31, 47, 64, 300, Options.DEFAULT_CHUNK_BYTES};
    private static final int MAX_THREADS = 8;

    @TempDir
    Path dir;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 10);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void any_chunk_size_and_thread_count_gives_the_result_of_one_thread_and_one_chunk(long seed) throws IOException {
        Path log = trickyLog(seed);
        List<String> differences = new ArrayList<>();
        for (boolean skip : new boolean[] {true, false}) {
            Options base = Options.defaults().withSkipBadRows(skip);
            String expected = outcome(log, base.withThreads(1).withChunkBytes(Options.DEFAULT_CHUNK_BYTES * 2));
            for (int chunk : CHUNK_BYTES) {
                for (int threads = 1; threads <= MAX_THREADS; threads++) {
                    String actual = outcome(log, base.withThreads(threads).withChunkBytes(chunk));
                    if (!actual.equals(expected)) {
                        differences.add("skip " + skip + ", " + chunk + "-byte chunks, " + threads + " threads: "
                                + abbreviate(actual) + " instead of " + abbreviate(expected));
                    }
                }
            }
            String library = outcome(log, base.withThreads(3).withChunkBytes(16).withLibraryParser(true));
            if (!library.equals(expected)) {
                differences.add("skip " + skip + ", library parser: " + abbreviate(library));
            }
        }
        assertThat(differences).isEmpty();
    }

    /** A tricky log; for even seeds without the line break after its last row. */
    private Path trickyLog(long seed) throws IOException {
        Path log = dir.resolve("tricky-" + seed + ".csv");
        TrickyLog.write(log, 150 + (int) (seed * 37 % 400), seed, true);
        if (seed % 2 == 0) {
            String text = Files.readString(log, StandardCharsets.UTF_8);
            Files.writeString(log, text.replaceFirst("\r?\n$", ""), StandardCharsets.UTF_8);
        }
        return log;
    }

    /** The summary, or the message of the error that stopped it, as text that two runs can compare. */
    private static String outcome(Path log, Options options) {
        try {
            return FlowLogSummary.summarize(log, options).toString();
        } catch (DisplacementDataException e) {
            return "error: " + e.getMessage();
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "…";
    }
}
