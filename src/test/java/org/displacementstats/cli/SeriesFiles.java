package org.displacementstats.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Series files ({@code date;count}) for the command-line tests. */
final class SeriesFiles {
    private SeriesFiles() {}

    /** @return {@code series.csv} in {@code dir}: a cumulative series of {@code lines} days that falls every 100th */
    static Path write(Path dir, int lines) throws IOException {
        return write(dir, lines, "");
    }

    /** As {@link #write(Path, int)}, with {@code padding} (blanks, which are stripped) before each count. */
    static Path write(Path dir, int lines, String padding) throws IOException {
        Path file = dir.resolve("series.csv");
        LocalDate day = LocalDate.of(1900, 1, 1);
        long count = 1000;
        try (Writer w = Files.newBufferedWriter(file, UTF_8)) {
            for (int i = 0; i < lines; i++) {
                count += i % 100 == 99 ? -3 : 7;
                w.write(day.plusDays(i) + ";" + padding + count + "\n");
            }
        }
        return file;
    }
}
