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
import org.junit.jupiter.api.Test;

/** README.md is the user's manual: its examples are the code that the tests compile and run. */
class ReadmeTest {
    private static final Path README = Path.of("README.md");
    private static final Path CONSUMER = Path.of("src/it/consumer/src/test/java/org/example/EmbeddingExampleTest.java");

    @Test
    void embedding_example_is_the_consumer_projects_code() throws IOException {
        // GIVEN the code between the README markers of the consumer project's test
        String java = Files.readString(CONSUMER, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("// EXAMPLE:begin\\n(.*?)\\n\\s*// EXAMPLE:end", Pattern.DOTALL)
                .matcher(java);
        assertThat(m.find()).as("README markers in %s", CONSUMER).isTrue();
        String snippet = m.group(1)
                .lines()
                .map(l -> l.startsWith("        ") ? l.substring(8) : l)
                .reduce((a, b) -> a + "\n" + b)
                .orElseThrow();

        // WHEN reading the README's Java blocks
        List<String> blocks = codeBlocks("java");

        // THEN one of them is exactly that code
        assertThat(blocks).contains(snippet + "\n");
    }

    @Test
    void quick_start_has_exactly_two_commands_report_then_tests() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("## Quick start\\n.*?```sh\\n(.*?)```", Pattern.DOTALL)
                .matcher(readme);
        assertThat(m.find()).isTrue();

        List<String> commands = m.group(1).lines().filter(l -> !l.isBlank()).toList();

        assertThat(commands).hasSize(2);
        assertThat(commands.get(0)).contains("report --out report");
        assertThat(commands.get(1)).isEqualTo("mvn -B verify");
    }

    @Test
    void ci_runs_the_readme_test_command() throws IOException {
        String ci = Files.readString(Path.of(".ci/run"), StandardCharsets.UTF_8);

        assertThat(ci.lines()).contains("mvn -B verify");
    }

    private static List<String> codeBlocks(String language) throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL)
                .matcher(readme);
        List<String> blocks = new ArrayList<>();
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }
}
