package org.displacementstats.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoppedImportTest {
    @Test
    void an_import_stopped_while_it_writes_leaves_neither_its_files_nor_its_hidden_directory(@TempDir Path dir)
            throws Exception {
        Path series = dir.resolve("series.csv");
        try (Writer w = Files.newBufferedWriter(series, UTF_8)) {
            LocalDate day = LocalDate.of(1900, 1, 1);
            for (int i = 0; i < 300_000; i++) {
                w.write(day.plusDays(i) + ";" + (1000 + i) + "\n");
            }
        }
        Path out = dir.resolve("out");
        ProcessBuilder b = new ProcessBuilder(ProgramProcess.command(
                        List.of(), "import", "--format", "series", series.toString(), "--out", out.toString()))
                .redirectOutput(dir.resolve("stdout.txt").toFile())
                .redirectError(dir.resolve("stderr.txt").toFile());
        b.environment().put(ImportJvm.SAME_JVM, "1");
        Process p = b.start();

        boolean seen = false;
        while (!seen && p.isAlive()) {
            seen = !hidden(dir).isEmpty();
            Thread.sleep(5);
        }
        assertThat(seen)
                .as("the import wrote into a hidden directory before it ended")
                .isTrue();
        p.destroy(); // SIGTERM, as kill does
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).isNotZero();
        assertThat(hidden(dir)).isEmpty();
        assertThat(out).doesNotExist();
    }

    private static List<Path> hidden(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(e -> e.getFileName().toString().startsWith(".out."))
                    .toList();
        }
    }
}
