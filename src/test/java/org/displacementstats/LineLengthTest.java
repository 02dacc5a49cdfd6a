package org.displacementstats;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No line of Java source is over 120 characters. Spotless wraps code at 120 columns but leaves long string
 * literals and comments as they are: split a long string with {@code +} and re-wrap the comment.
 */
class LineLengthTest {
    private static final int MAX_CHARACTERS = 120;
    private static final List<Path> SOURCE_ROOTS =
            List.of(Path.of("src", "main"), Path.of("src", "test"), Path.of("src", "it"), Path.of("src", "bench"));

    @Test
    void no_java_line_is_over_120_characters() throws IOException {
        List<String> tooLong = new ArrayList<>();

        for (Path file : javaFiles()) {
            List<String> lines = Files.readAllLines(file, UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                int characters = line.codePointCount(0, line.length());
                if (characters > MAX_CHARACTERS) {
                    tooLong.add(file + ":" + (i + 1) + " (" + characters + " characters)");
                }
            }
        }

        assertThat(tooLong).as("lines over %d characters", MAX_CHARACTERS).isEmpty();
    }

    @Test
    void the_check_reads_the_sources_of_every_root() throws IOException {
        assertThat(javaFiles())
                .anyMatch(f -> f.startsWith(Path.of("src", "main")))
                .anyMatch(f -> f.startsWith(Path.of("src", "test")))
                .anyMatch(f -> f.startsWith(Path.of("src", "it")))
                .anyMatch(f -> f.startsWith(Path.of("src", "bench")));
    }

    /** The .java files under the source roots, in path order; build output ({@code target}) is not source. */
    private static List<Path> javaFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : SOURCE_ROOTS) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(p -> p.toString().endsWith(".java"))
                            .filter(p -> !isBuildOutput(p))
                            .forEach(files::add);
                }
            }
        }
        return files.stream().sorted().toList();
    }

    private static boolean isBuildOutput(Path file) {
        for (Path part : file) {
            if (part.toString().equals("target")) {
                return true;
            }
        }
        return false;
    }
}
