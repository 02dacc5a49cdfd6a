package org.displacementstats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Java example in README.md, in the pages under src/site/markdown and in the Javadoc
 * ({@code <pre>{@code ...}</pre>}) stands, line for line,
 * between {@code // EXAMPLE:begin} and {@code // EXAMPLE:end} in a test that compiles and runs it: the
 * documentation examples test (src/test/java/.../examples) or the consumer project (src/it).
 */
class DocumentationCoverageTest {
    private static final Pattern README_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern JAVADOC_BLOCK = Pattern.compile("<pre>\\{@code(.*?)\\}</pre>", Pattern.DOTALL);
    private static final Pattern MARKED = Pattern.compile("// EXAMPLE:begin\\n(.*?)// EXAMPLE:end", Pattern.DOTALL);

    static Stream<String[]> examples() throws IOException {
        List<String[]> examples = new ArrayList<>();
        List<Path> pages = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> site = Files.list(Path.of("src", "site", "markdown"))) {
            pages.addAll(site.filter(p -> p.toString().endsWith(".md")).sorted().toList());
        }
        for (Path page : pages) {
            Matcher block = README_BLOCK.matcher(Files.readString(page, StandardCharsets.UTF_8));
            while (block.find()) {
                examples.add(new String[] {page.toString(), block.group(1)});
            }
        }
        try (Stream<Path> sources = Files.walk(Path.of("src", "main", "java"))) {
            for (Path p :
                    sources.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                Matcher javadoc = JAVADOC_BLOCK.matcher(Files.readString(p, StandardCharsets.UTF_8));
                while (javadoc.find()) {
                    examples.add(new String[] {p.toString(), javadoc.group(1).replaceAll("(?m)^\\s*\\* ?", "")});
                }
            }
        }
        return examples.stream();
    }

    @ParameterizedTest(name = "{index}: example in {0}")
    @MethodSource("examples")
    void example_is_compiled_and_run_by_a_test(String where, String example) throws IOException {
        // GIVEN the example's lines, without indentation
        List<String> lines = lines(example);
        assertThat(lines).as("example in %s", where).isNotEmpty();

        // WHEN looking for them in the marked regions of the tests that run examples
        List<List<String>> regions = new ArrayList<>();
        for (Path root : List.of(Path.of("src", "test", "java"), Path.of("src", "it"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = MARKED.matcher(Files.readString(f, StandardCharsets.UTF_8));
                    while (m.find()) {
                        regions.add(lines(m.group(1)));
                    }
                }
            }
        }

        // THEN some region holds them all, in order, one after the other
        assertThat(regions)
                .as("a test region holding the example of %s:%n%s", where, example)
                .anyMatch(region -> Collections.indexOfSubList(region, lines) >= 0);
    }

    private static List<String> lines(String code) {
        return code.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
