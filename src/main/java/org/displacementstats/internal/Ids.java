package org.displacementstats.internal;

import org.displacementstats.DisplacementDataException;

/**
 * The checks on identifiers and free text that every record shares.
 *
 * <p>Stateless and safe to call from any thread.
 */
public final class Ids {
    /** The longest id. */
    private static final int MAX_ID = 128;

    private Ids() {}

    /**
     * Checks that {@code value} is an id: lower-case ASCII letters, digits and inner hyphens, at most 128.
     *
     * @param field the field's name for the message, as {@code Type.field}
     * @param value the candidate id
     * @return the id
     * @throws DisplacementDataException naming the field, the rule and the value
     */
    public static String requireId(String field, String value) {
        if (!isId(value)) {
            throw problem(
                    field,
                    field
                            + " must be lower-case letters, digits and inner hyphens (like 'fled-east-aleppo') but was "
                            + quoted(value),
                    value);
        }
        return value;
    }

    /**
     * @param value a candidate id, or null
     * @return whether {@code value} is an id: lower-case ASCII letters, digits and inner hyphens, at most 128
     */
    public static boolean isId(String value) {
        // [a-z0-9](?:[a-z0-9-]{0,126}[a-z0-9])?, tested without a regular expression: every figure of a large
        // import is checked here.
        if (value == null) {
            return false;
        }
        int n = value.length();
        if (n == 0 || n > MAX_ID || value.charAt(0) == '-' || value.charAt(n - 1) == '-') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Checks that {@code value} holds visible text, without leading or trailing spaces.
     *
     * @param field the field's name for the message, as {@code Type.field}
     * @param value the candidate text
     * @return the text
     * @throws DisplacementDataException naming the field, the rule and the value
     */
    public static String requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw problem(field, field + " must not be empty but was " + quoted(value), value);
        }
        if (!value.strip().equals(value)) {
            throw problem(field, field + " must not start or end with spaces but was " + quoted(value), value);
        }
        return value;
    }

    /**
     * @param value a candidate text, or null
     * @return whether {@link #requireText} accepts it: not empty nor blank, no space at either end
     */
    public static boolean isText(String value) {
        return value != null && !value.isBlank() && value.strip().equals(value);
    }

    private static DisplacementDataException problem(String field, String message, String value) {
        DisplacementDataException.Builder problem =
                DisplacementDataException.problem(message).field(field);
        return (value == null ? problem : problem.value(value)).build();
    }

    private static String quoted(String value) {
        return value == null ? "null" : "'" + value + "'";
    }
}
