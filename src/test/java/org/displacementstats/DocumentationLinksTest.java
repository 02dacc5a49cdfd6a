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

/** README.md is the front door: short, and every page it and the reference pages link to exists. */
class DocumentationLinksTest {
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(?:#[^)]*)?\\)");

    @Test
    void readme_stays_at_most_200_lines() throws IOException {
        assertThat(Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8))
                .hasSizeLessThanOrEqualTo(200);
    }

    @Test
    void every_relative_link_of_the_documentation_resolves_to_a_file() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> site = Files.list(Path.of("src", "site", "markdown"))) {
            pages.addAll(site.filter(p -> p.toString().endsWith(".md")).sorted().toList());
        }
        List<String> broken = new ArrayList<>();

        for (Path page : pages) {
            Matcher m = LINK.matcher(Files.readString(page, StandardCharsets.UTF_8));
            while (m.find()) {
                String target = m.group(1);
                if (!target.contains("://") && !Files.exists(page.resolveSibling(target))) {
                    broken.add(page + " -> " + target);
                }
            }
        }

        assertThat(broken).isEmpty();
    }

    @Test
    void readme_links_every_reference_page() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        try (Stream<Path> site = Files.list(Path.of("src", "site", "markdown"))) {
            List<String> pages = site.map(p -> "src/site/markdown/" + p.getFileName())
                    .sorted()
                    .toList();

            assertThat(pages).allSatisfy(page -> assertThat(readme).contains("](" + page));
        }
    }
}
