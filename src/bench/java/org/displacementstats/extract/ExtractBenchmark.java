package org.displacementstats.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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

/**
 * Extraction throughput on one core: the seed and the four fixture texts, repeated to 1 MiB of UTF-8 (about 600
 * articles), extracted by one thread. MB/s = {@link #BYTES} / 10^6 / (time per operation in seconds); the setup
 * prints the size. Run with {@code mvn -B -Pbench test-compile exec:exec@extract-benchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExtractBenchmark {
    /** The size of the extracted text, in bytes of UTF-8. */
    static final int BYTES = 1 << 20;

    /** The seed article and the fixture texts, read from the project (the benchmark runs in its directory). */
    private static final Path SEED = Path.of("seeds", "000_59a92f6e1361203d.txt");

    private static final Path TEXTS =
            Path.of("src", "test", "resources", "org", "displacementstats", "extract", "texts");

    private String text;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        List<Path> files = new ArrayList<>(List.of(SEED));
        try (Stream<Path> texts = Files.list(TEXTS)) {
            files.addAll(texts.sorted().toList());
        }
        List<String> texts = new ArrayList<>();
        for (Path f : files) {
            texts.add(Files.readString(f, StandardCharsets.UTF_8));
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; b.toString().getBytes(StandardCharsets.UTF_8).length < BYTES; i++) {
            for (int k = 0; k < 50; k++) {
                b.append(texts.get((i + k) % texts.size())).append("\n\n");
            }
        }
        text = b.toString();
        System.out.printf(
                Locale.ROOT,
                "%ntext: %d bytes of UTF-8, %d chars%n",
                text.getBytes(StandardCharsets.UTF_8).length,
                text.length());
    }

    @Benchmark
    public List<Mention> extract() {
        return Extractor.detectingLanguage().extract(text);
    }
}
