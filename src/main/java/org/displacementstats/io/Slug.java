package org.displacementstats.io;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.displacementstats.internal.Ids;

/** Lower-case ASCII ids made from names and file names ({@code Türkiye} becomes {@code turkiye}). */
public final class Slug {
    /** Leaves room in an id of at most 128 characters for the parts joined to a slug. */
    static final int MAX = 48;

    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private Slug() {}

    /**
     * @param text a name
     * @return its slug: lower-case ASCII letters and digits joined by single hyphens, at most {@value #MAX}
     *     characters, {@code x} when nothing is left
     */
    public static String of(String text) {
        if (isSlug(text)) {
            // Already its own slug (an id's parts, a column's "what"): the loop below would copy it unchanged.
            return text;
        }
        // ASCII text has nothing to decompose: most names, and every id an import makes for each of its rows.
        String ascii = isAscii(text)
                ? text
                : MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD))
                        .replaceAll("");
        String lower = ascii.toLowerCase(Locale.ROOT);
        // Runs of other characters become one hyphen, none at either end; at most MAX characters, no hyphen last.
        StringBuilder slug = new StringBuilder(Math.min(lower.length(), MAX));
        boolean hyphen = false;
        for (int i = 0; i < lower.length() && slug.length() < MAX; i++) {
            char c = lower.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (hyphen && slug.length() > 0) {
                    if (slug.length() + 1 == MAX) {
                        break;
                    }
                    slug.append('-');
                }
                hyphen = false;
                slug.append(c);
            } else {
                hyphen = true;
            }
        }
        return slug.length() == 0 ? "x" : slug.toString();
    }

    /** @return whether {@code text} is lower-case ASCII letters and digits joined by single hyphens, short enough */
    private static boolean isSlug(String text) {
        return text.length() <= MAX && Ids.isId(text) && !text.contains("--");
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * The slug of a file name without its extension ({@code idmc-gidd.csv} gives {@code idmc-gidd}).
     *
     * @param fileName a file name
     * @return its slug
     */
    public static String ofFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return of(dot > 0 ? fileName.substring(0, dot) : fileName);
    }
}
