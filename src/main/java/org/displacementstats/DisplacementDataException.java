package org.displacementstats;

/**
 * The one exception of the domain: a value, a file or a dataset that breaks a rule.
 *
 * <p>Messages name the field (or the file, line and column), the rule and the offending value, for
 * example {@code "Count.value must be >= 0 but was -5"} or
 * {@code "figures.csv line 7, column 'count': expected a whole number but was '1,200'; write 1200"}.
 */
public final class DisplacementDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message that names the field, the rule and the value.
     *
     * @param message what was wrong and what would be valid
     */
    public DisplacementDataException(String message) {
        super(message);
    }

    /**
     * Creates an exception that wraps a lower-level cause (an I/O or parse error).
     *
     * @param message what was wrong and what would be valid
     * @param cause the underlying error
     */
    public DisplacementDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
