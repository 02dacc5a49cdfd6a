package org.displacementstats.provenance;

import java.util.Objects;
import org.displacementstats.DisplacementDataException;

/**
 * Where a figure's words stand in its source: a W3C Web Annotation text quote and position selector.
 *
 * <p>{@code start} and {@code end} count Unicode code points from the start of the source text, end
 * exclusive, so {@code exact} is the text between them; {@code prefix} and {@code suffix} are the text just
 * before and just after, to find the quote again if the offsets drift.
 *
 * <p>Immutable and safe to share between threads.
 *
 * @param exact the quoted words, as printed
 * @param prefix the text just before {@code exact} (may be empty at the start of the text)
 * @param suffix the text just after {@code exact} (may be empty at the end of the text)
 * @param start offset of the first code point of {@code exact}
 * @param end offset just past the last code point of {@code exact}
 */
public record Quote(String exact, String prefix, String suffix, int start, int end) {

    /**
     * Checks that the offsets are ordered and span exactly the code points of {@code exact}.
     *
     * @param exact the quoted words, as printed
     * @param prefix the text just before {@code exact} (may be empty at the start of the text)
     * @param suffix the text just after {@code exact} (may be empty at the end of the text)
     * @param start offset of the first code point of {@code exact}
     * @param end offset just past the last code point of {@code exact}
     */
    public Quote {
        Objects.requireNonNull(exact, "Quote.exact");
        Objects.requireNonNull(prefix, "Quote.prefix");
        Objects.requireNonNull(suffix, "Quote.suffix");
        if (exact.isEmpty()) {
            throw new DisplacementDataException("Quote.exact must not be empty but was ''");
        }
        if (start < 0) {
            throw new DisplacementDataException("Quote.start must be >= 0 but was " + start);
        }
        int length = exact.codePointCount(0, exact.length());
        if (end - start != length) {
            throw new DisplacementDataException("Quote.end must be Quote.start + " + length
                    + " (the code points of Quote.exact '" + exact + "') = " + (start + length) + " but was " + end);
        }
    }

    /**
     * Finds {@code exact} in {@code text} and records its offsets with up to {@code context} code points of
     * prefix and suffix.
     *
     * @param text the whole source text
     * @param exact the words to find; must occur exactly once
     * @param context how many code points of prefix and suffix to keep
     * @return the quote
     * @throws DisplacementDataException if {@code exact} does not occur once
     */
    public static Quote locate(String text, String exact, int context) {
        int at = text.indexOf(exact);
        if (at < 0 || text.indexOf(exact, at + 1) >= 0) {
            throw new DisplacementDataException("Quote.exact must occur exactly once in the source text but '"
                    + exact + "' occurs " + (at < 0 ? "nowhere" : "more than once"));
        }
        int start = text.codePointCount(0, at);
        int end = start + exact.codePointCount(0, exact.length());
        int[] cps = text.codePoints().toArray();
        String prefix = new String(cps, Math.max(0, start - context), start - Math.max(0, start - context));
        String suffix = new String(cps, end, Math.min(cps.length, end + context) - end);
        return new Quote(exact, prefix, suffix, start, end);
    }

    /**
     * Says whether {@code text} holds this quote at its offsets, with its prefix and suffix around it.
     *
     * @param text the whole source text
     * @return {@code true} when exact, prefix and suffix all match at {@code start}/{@code end}
     */
    public boolean isFoundIn(String text) {
        int[] cps = text.codePoints().toArray();
        int prefixLength = prefix.codePointCount(0, prefix.length());
        int suffixLength = suffix.codePointCount(0, suffix.length());
        if (start - prefixLength < 0 || end + suffixLength > cps.length) {
            return false;
        }
        return new String(cps, start, end - start).equals(exact)
                && new String(cps, start - prefixLength, prefixLength).equals(prefix)
                && new String(cps, end, suffixLength).equals(suffix);
    }
}
