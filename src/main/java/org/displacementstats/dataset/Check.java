package org.displacementstats.dataset;

import java.util.Objects;
import java.util.function.Supplier;
import org.displacementstats.internal.Ids;

/**
 * One consistency check on a dataset, reported as data: a failure is shown, never "fixed". Equal checks have equal
 * id, status and detail; it prints as a record would ({@code Check[id=..., status=..., detail=...]}).
 *
 * <p>Immutable and safe to share between threads. The detail of a check made by the dataset's rules may be worded
 * only when it is first asked for: a streamed import counts its thousands of {@code pass} checks without printing
 * them.
 */
public final class Check {
    /** The id; for a check of the rules, null until first asked for (from {@link #rule} and {@link #subject}). */
    private String id;

    private final CheckStatus status;
    /** The rule part of the id, when known at construction; else worked out by {@link #rule()}. */
    private final String rule;
    /** What a check of the rules is about, the part of its id after the colon; null when the id was given. */
    private final String subject;
    /** The detail as given to the public constructor, or null. */
    private final String given;
    /** Words the detail when it is first asked for, or null when it was given. */
    private final Supplier<String> wording;
    /** The worded detail, null until first asked for; a String is immutable, so a thread sees it whole or null. */
    private String worded;

    /**
     * Validates the fields.
     *
     * @param id the rule and the subject, as {@code part-within-whole:fled-to-sheikh-maqsoud}
     * @param status the outcome
     * @param detail the values compared, in words a reader can verify
     */
    public Check(String id, CheckStatus status, String detail) {
        Ids.requireText("Check.id", id);
        Objects.requireNonNull(status, "Check.status");
        Ids.requireText("Check.detail", detail);
        this.id = id;
        this.status = status;
        this.rule = null;
        this.subject = null;
        this.given = detail;
        this.wording = null;
    }

    /**
     * A check of the dataset's rules whose detail is worded only when asked for.
     *
     * @param rule the rule, without a colon ({@code dates-ordered})
     * @param subject what it checks, as the id names it (a figure's id)
     * @param status the outcome
     * @param wording words the detail, the values compared: called when the detail is first asked for (perhaps
     *     once more, by another thread asking at the same time)
     */
    Check(String rule, String subject, CheckStatus status, Supplier<String> wording) {
        this.rule = Ids.requireText("Check.id", rule);
        this.subject = Ids.requireText("Check.id", subject);
        this.status = Objects.requireNonNull(status, "Check.status");
        this.given = null;
        this.wording = Objects.requireNonNull(wording, "wording");
    }

    /** @return the rule and the subject, as {@code part-within-whole:fled-to-sheikh-maqsoud} */
    public String id() {
        String i = id;
        if (i == null) {
            // Like the detail: an import that only counts its passes never joins their ids.
            i = rule + ":" + subject;
            id = i;
        }
        return i;
    }

    /** @return the outcome */
    public CheckStatus status() {
        return status;
    }

    /** @return the values compared, in words a reader can verify */
    public String detail() {
        if (given != null) {
            return given;
        }
        String d = worded;
        if (d == null) {
            d = wording.get();
            Ids.requireText("Check.detail", d);
            worded = d;
        }
        return d;
    }

    /** @return the rule part of the id, before the colon ({@code part-within-whole}) */
    public String rule() {
        if (rule != null) {
            return rule;
        }
        int colon = id.indexOf(':');
        return colon < 0 ? id : id.substring(0, colon);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Check c && id().equals(c.id()) && status == c.status && detail().equals(c.detail());
    }

    @Override
    public int hashCode() {
        return Objects.hash(id(), status, detail());
    }

    /** @return the check as a record would print it: {@code Check[id=..., status=..., detail=...]} */
    @Override
    public String toString() {
        return "Check[id=" + id() + ", status=" + status + ", detail=" + detail() + "]";
    }
}
