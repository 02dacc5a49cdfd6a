package org.displacementstats.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The annotated texts: the seed article (bundled in the jar) and the four fixture texts under {@code texts/}. */
final class GoldTexts {
    static final String SEED = "000_59a92f6e1361203d.txt";
    static final List<String> FIXTURES = List.of(
            "en-aleppo-2016-11-29-northeast-falls.txt",
            "en-aleppo-sitrep-2016-12-01.txt",
            "en-sheikh-maqsoud-2016-11-28-range.txt",
            "fr-alep-2016-11-27-dix-mille-deplaces.txt");

    private GoldTexts() {}

    static List<String> names() {
        List<String> all = new ArrayList<>(List.of(SEED));
        all.addAll(FIXTURES);
        return all;
    }

    static String text(String name) {
        String resource = name.equals(SEED)
                ? "/org/displacementstats/seeds/" + name
                : "/org/displacementstats/extract/texts/" + name;
        try (InputStream in = Objects.requireNonNull(GoldTexts.class.getResourceAsStream(resource), resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text between two code-point offsets. */
    static String between(String text, int start, int end) {
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }
}
