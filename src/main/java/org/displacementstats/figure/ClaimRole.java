package org.displacementstats.figure;

import java.util.Locale;

/**
 * What a claim is used for, as in IDMC's figure roles.
 *
 * <p>Immutable and safe to share between threads.
 */
public enum ClaimRole {
    /** The claim that feeds totals and derived figures: the figure's own row. */
    RECOMMENDED,
    /** Another source's claim about the same quantity: shown and reconciled, never summed. */
    TRIANGULATION;

    /** @return the lower-case name used in CSV files */
    public String csvName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
