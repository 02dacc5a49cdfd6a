package org.displacementstats.io;

import java.text.Normalizer;
import java.util.Locale;

/** Lower-case ASCII ids made from names and file names ({@code Türkiye} becomes {@code turkiye}). */
public final class Slug {
    /** Leaves room in an id of at most 128 characters for the parts joined to a slug. */
    static final int MAX = 48;

    private Slug() {}

    /**
     * @param text a name
     * @return its slug: lower-case ASCII letters and digits joined by single hyphens, at most {@value #MAX}
     *     characters, {@code x} when nothing is left
     */
    public static String of(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX) {
            slug = slug.substring(0, MAX).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "x" : slug;
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
