package org.displacementstats.dataset;

import java.util.Objects;
import org.displacementstats.internal.Ids;

/**
 * One consistency check on a dataset, reported as data: a failure is shown, never "fixed".
 *
 * <p>Immutable and safe to share between threads.
 *
 * @param id the rule and the subject, as {@code part-within-whole:fled-to-sheikh-maqsoud}
 * @param status the outcome
 * @param detail the values compared, in words a reader can verify
 */
public record Check(String id, CheckStatus status, String detail) {

    /**
     * Validates the fields.
     *
     * @param id the rule and the subject, as {@code part-within-whole:fled-to-sheikh-maqsoud}
     * @param status the outcome
     * @param detail the values compared, in words a reader can verify
     */
    public Check {
        Ids.requireText("Check.id", id);
        Objects.requireNonNull(status, "Check.status");
        Ids.requireText("Check.detail", detail);
    }

    /** @return the rule part of the id, before the colon ({@code part-within-whole}) */
    public String rule() {
        int colon = id.indexOf(':');
        return colon < 0 ? id : id.substring(0, colon);
    }
}
