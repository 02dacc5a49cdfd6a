package org.displacementstats.provenance;

/**
 * Whether a date was printed in the source or worked out from it (« hier », « samedi »).
 *
 * <p>Immutable and safe to share between threads.
 */
public enum DateBasis {
    /** The source prints the date. */
    STATED,
    /** The date is worked out from relative words and the publication date; say how in a note. */
    INFERRED
}
