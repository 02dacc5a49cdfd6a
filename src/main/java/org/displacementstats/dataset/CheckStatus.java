package org.displacementstats.dataset;

import java.util.Locale;

/**
 * The outcome of one consistency check.
 *
 * <p>Immutable and safe to share between threads.
 */
public enum CheckStatus {
    /** The figures agree, within their intervals. */
    PASS,
    /** The figures could agree, but only at the edge of their intervals (a derived figure that may be negative). */
    WARN,
    /** The figures cannot all be right: no values within their intervals agree. */
    FAIL,
    /** The check could not run (the source's text is not in the dataset). */
    SKIPPED;

    /** @return the lower-case name written in {@code checks.csv} */
    public String csvName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
