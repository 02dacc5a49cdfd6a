package org.displacementstats.provenance;

import java.util.Locale;

/**
 * The words of a text nearest to a quote that does not occur in it, for an error message: first the same words
 * up to case, apostrophes, quotation marks and spaces; else the span, starting where a piece of the quote occurs,
 * with the fewest edits (Levenshtein). Bounded: a few hundred candidate spans at most.
 */
final class NearMatch {
    private static final int PIECE = 8;
    private static final int CANDIDATES = 200;

    private NearMatch() {}

    /** @return "; the nearest near-match is '…' at code points s..e", or a sentence saying there is none */
    static String describe(String text, String exact) {
        int[] span = find(text, exact);
        if (span == null) {
            return "; no part of it occurs either: is it from another source?";
        }
        String near = text.substring(span[0], span[1]);
        int start = text.codePointCount(0, span[0]);
        return "; the nearest near-match is '" + near + "' at code points " + start + ".."
                + (start + near.codePointCount(0, near.length()));
    }

    private static int[] find(String text, String exact) {
        String normalText = normal(text);
        String normalExact = normal(exact);
        if (normalText.length() == text.length() && normalExact.length() == exact.length()) {
            int at = normalText.indexOf(normalExact);
            if (at >= 0) {
                return new int[] {at, at + exact.length()};
            }
        }
        int piece = Math.min(PIECE, exact.length());
        int best = Integer.MAX_VALUE;
        int[] bestSpan = null;
        int tried = 0;
        int candidates = (int) Math.min(CANDIDATES, 1 + 20_000_000L / ((long) exact.length() * exact.length()));
        for (int offset : new int[] {0, (exact.length() - piece) / 2, exact.length() - piece}) {
            String p = exact.substring(offset, offset + piece);
            for (int at = text.indexOf(p); at >= 0 && tried < candidates; at = text.indexOf(p, at + 1), tried++) {
                int start = Math.max(0, at - offset);
                int end = Math.min(text.length(), start + exact.length());
                int d = distance(exact, text.substring(start, end));
                if (d < best) {
                    best = d;
                    bestSpan = new int[] {start, end};
                }
            }
        }
        return bestSpan;
    }

    /** Lower case, one kind of apostrophe and of quotation mark, every space a plain space: same length. */
    private static String normal(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(
                    c == '\u2019' || c == '\u2018'
                            ? '\''
                            : c == '«' || c == '»' || c == '\u201c' || c == '\u201d'
                                    ? '"'
                                    : Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : c);
        }
        String lower = b.toString().toLowerCase(Locale.ROOT);
        return lower.length() == s.length() ? lower : b.toString();
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}
