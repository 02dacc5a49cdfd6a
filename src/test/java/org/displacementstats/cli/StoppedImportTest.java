package org.displacementstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoppedImportTest {
    @Test
    void an_import_stopped_while_it_writes_leaves_neither_its_files_nor_its_hidden_directory(@TempDir Path dir)
            throws Exception {
        Path series = SeriesFiles.write(dir, 300_000);
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
