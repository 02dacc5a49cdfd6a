package org.displacementstats.provenance;

import java.util.Objects;

/**
 * A source with its full text, so that figures quote it by their words alone: the quote's offsets, prefix and
 * suffix are found in the text ({@link Quote#locate}).
 *
 * <pre>{@code
 * SourceText article = Source.builder("afp-2016-11-29").publisher("AFP").document("Alep: ...")
 *         .published(LocalDate.of(2016, 11, 29)).withText(text);
 * Quote q = article.quote("Au moins 4.000");
 * }</pre>
 *
 * <p>Immutable and safe to share between threads.
 *
 * @param source the source
 * @param text its whole plain text
 */
public record SourceText(Source source, String text) {
    /** How many code points of prefix and suffix a located quote keeps. */
    public static final int QUOTE_CONTEXT = 32;

    /**
     * Checks that both parts are given.
     *
     * @param source the source
     * @param text its whole plain text
     */
    public SourceText {
        Objects.requireNonNull(source, "SourceText.source");
        Objects.requireNonNull(text, "SourceText.text");
    }

    /**
     * The quote of {@code exact}, found once in the text, with {@value #QUOTE_CONTEXT} code points of context.
     *
     * @param exact the words as printed
     * @return the quote
     * @throws org.displacementstats.DisplacementDataException if the words do not occur exactly once
     */
    public Quote quote(String exact) {
        Objects.requireNonNull(exact, "exact");
        return Quote.locate(text, exact, QUOTE_CONTEXT);
    }

    /**
     * Evidence that this source states a figure in {@code exact}.
     *
     * @param exact the words as printed
     * @return the evidence
     */
    public Evidence states(String exact) {
        return Evidence.stated(source, quote(exact));
    }
}
