package org.displacementstats.provenance;

import java.util.ArrayList;
import java.util.List;
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
        return locate(text, exact, "", "", context);
    }

    /**
     * Finds {@code exact} in {@code text}, where a non-empty {@code prefix} or {@code suffix} must also stand just
     * before or after it, so that they can tell apart several occurrences of the same words.
     *
     * @param text the whole source text
     * @param exact the words to find
     * @param prefix the text that must stand just before them, or "" to take {@code context} code points
     * @param suffix the text that must stand just after them, or "" to take {@code context} code points
     * @param context how many code points of prefix and suffix to keep when they are not given
     * @return the quote
     * @throws DisplacementDataException if the words do not occur once: the message names the code-point offsets
     *     of every occurrence, or the nearest near-match when there is none
     */
    public static Quote locate(String text, String exact, String prefix, String suffix, int context) {
        if (exact.isEmpty()) {
            throw new DisplacementDataException("Quote.exact must not be empty but was ''");
        }
        List<Integer> found = new ArrayList<>();
        for (int at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
            if (text.startsWith(prefix, at - prefix.length()) && text.startsWith(suffix, at + exact.length())) {
                found.add(at);
            }
        }
        if (found.size() != 1) {
            throw new DisplacementDataException("Quote.exact must occur exactly once in the source text but '"
                    + exact + "' occurs "
                    + (found.isEmpty()
                            ? "nowhere" + NearMatch.describe(text, exact)
                            : "more than once: " + found.size() + " times, at code points "
                                    + offsets(text, exact, found)
                                    + "; give quote_start and quote_end, or a quote_prefix or quote_suffix"
                                    + " that tells them apart"));
        }
        int at = found.get(0);
        int start = text.codePointCount(0, at);
        int end = start + exact.codePointCount(0, exact.length());
        int before = prefix.isEmpty() ? Math.max(0, at - 4 * context) : at - prefix.length();
        int after = suffix.isEmpty()
                ? Math.min(text.length(), at + exact.length() + 4 * context)
                : at + exact.length() + suffix.length();
        String p = text.substring(before, at);
        String s = text.substring(at + exact.length(), after);
        if (prefix.isEmpty()) {
            int n = p.codePointCount(0, p.length());
            p = p.substring(p.offsetByCodePoints(0, Math.max(0, n - context)));
        }
        if (suffix.isEmpty()) {
            s = s.substring(0, s.offsetByCodePoints(0, Math.min(context, s.codePointCount(0, s.length()))));
        }
        return new Quote(exact, p, s, start, end);
    }

    private static String offsets(String text, String exact, List<Integer> found) {
        StringBuilder b = new StringBuilder();
        int length = exact.codePointCount(0, exact.length());
        int previous = 0;
        int codePoints = 0;
        for (int at : found) {
            codePoints += text.codePointCount(previous, at);
            previous = at;
            b.append(b.length() == 0 ? "" : ", ")
                    .append(codePoints)
                    .append("..")
                    .append(codePoints + length);
        }
        return b.toString();
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
