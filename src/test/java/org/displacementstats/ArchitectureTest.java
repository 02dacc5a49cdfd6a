package org.displacementstats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The package layering of src/site/markdown/architecture.md: a package imports only packages above it. */
class ArchitectureTest {
    /** Top to bottom; "" is the root package. A package not listed here fails the test until it is placed. */
    static final List<String> LAYERS = List.of(
            "",
            "internal",
            "provenance",
            "figure",
            "stats",
            "flowlog",
            "dataset",
            "extract",
            "table",
            "assertj",
            "io",
            "report",
            "spark",
            "cli");

    private static final Path MAIN = Path.of("src", "main", "java", "org", "displacementstats");
    /** Group 1: the imported package below the root, empty for the root ({@code dataset}, {@code stats.internal}). */
    private static final Pattern IMPORT = Pattern.compile(
            "^import (?:static )?org\\.displacementstats\\.((?:[a-z]\\w*\\.)*)[A-Z]", Pattern.MULTILINE);

    @Test
    void every_import_points_up_the_layers() throws IOException {
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String from = packageOf(file);
                Matcher m = IMPORT.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    String to = m.group(1).isEmpty()
                            ? ""
                            : m.group(1).substring(0, m.group(1).indexOf('.'));
                    if (!to.equals(from) && rank(to) >= rank(from)) {
                        wrong.add(MAIN.relativize(file) + " imports " + (to.isEmpty() ? "the root package" : to));
                    }
                }
            }
        }

        assertThat(wrong).isEmpty();
    }

    @Test
    void every_package_has_a_place_in_the_layers() throws IOException {
        try (Stream<Path> dirs = Files.list(MAIN)) {
            List<String> packages = dirs.filter(Files::isDirectory)
                    .map(d -> d.getFileName().toString())
                    .toList();

            assertThat(LAYERS).containsAll(packages);
        }
    }

    private static String packageOf(Path file) {
        Path rel = MAIN.relativize(file);
        return rel.getNameCount() == 1 ? "" : rel.getName(0).toString();
    }

    private static int rank(String pkg) {
        int r = LAYERS.indexOf(pkg);
        assertThat(r).as("package %s in the layers", pkg).isNotNegative();
        return r;
    }
}
