package org.displacementstats.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SlugTest {
    @Test
    void names_become_lower_case_ascii_joined_by_single_hyphens() {
        assertThat(Slug.of("Türkiye")).isEqualTo("turkiye");
        assertThat(Slug.of("  Alep -- Est (quartiers)  ")).isEqualTo("alep-est-quartiers");
        assertThat(Slug.of("İzmir")).isEqualTo("izmir");
        assertThat(Slug.of("---")).isEqualTo("x");
        assertThat(Slug.of("")).isEqualTo("x");
    }

    @Test
    void a_long_name_is_cut_at_48_characters_without_a_hyphen_last() {
        assertThat(Slug.of("a".repeat(47) + " b")).isEqualTo("a".repeat(47));
        assertThat(Slug.of("a".repeat(46) + " bc")).isEqualTo("a".repeat(46) + "-b");
        assertThat(Slug.of("a".repeat(60))).isEqualTo("a".repeat(48));
    }

    @Test
    void slugs_are_those_of_the_regular_expressions_they_replaced() {
        Random random = new Random(13);
        String alphabet = "aZz09 -_.,/éÉüİﬁ\u0301\u00a0ÇK";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(70); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(Slug.of(text.toString())).as(text.toString()).isEqualTo(byRegex(text.toString()));
        }
    }

    /** What {@link Slug#of} was written as, with regular expressions. */
    private static String byRegex(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > Slug.MAX) {
            slug = slug.substring(0, Slug.MAX).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "x" : slug;
    }
}
