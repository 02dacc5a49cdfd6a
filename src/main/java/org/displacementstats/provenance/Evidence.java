package org.displacementstats.provenance;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a figure comes from: the source and its words, a computation from other figures, or both (« le
 * reste vers les zones gouvernementales » is quoted and computed). Built with {@link #stated},
 * {@link #derived(Lineage)} or {@link #derived(Source, Quote, Lineage)}, so that a quote always comes with its source
 * and every figure has a source or a lineage; equal evidences have equal parts.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class Evidence {
    private final Optional<Source> source;
    private final Optional<Quote> quote;
    private final Optional<Lineage> lineage;

    private Evidence(Optional<Source> source, Optional<Quote> quote, Optional<Lineage> lineage) {
        this.source = source;
        this.quote = quote;
        this.lineage = lineage;
    }

    /**
     * Evidence of a figure that a source states in words.
     *
     * @param source the source
     * @param quote its words
     * @return the evidence
     */
    public static Evidence stated(Source source, Quote quote) {
        return new Evidence(
                Optional.of(Objects.requireNonNull(source, "Evidence.source")),
                Optional.of(Objects.requireNonNull(quote, "Evidence.quote")),
                Optional.empty());
    }

    /**
     * Evidence of a figure computed from others and not stated anywhere.
     *
     * @param lineage the computation
     * @return the evidence
     */
    public static Evidence derived(Lineage lineage) {
        return new Evidence(
                Optional.empty(), Optional.empty(), Optional.of(Objects.requireNonNull(lineage, "Evidence.lineage")));
    }

    /**
     * Evidence of a figure that a source implies and we compute (« le reste »).
     *
     * @param source the source
     * @param quote its words
     * @param lineage the computation
     * @return the evidence
     */
    public static Evidence derived(Source source, Quote quote, Lineage lineage) {
        return new Evidence(
                Optional.of(Objects.requireNonNull(source, "Evidence.source")),
                Optional.of(Objects.requireNonNull(quote, "Evidence.quote")),
                Optional.of(Objects.requireNonNull(lineage, "Evidence.lineage")));
    }

    /** @return the source that states or implies the figure */
    public Optional<Source> source() {
        return source;
    }

    /** @return the source's words, present whenever the source is */
    public Optional<Quote> quote() {
        return quote;
    }

    /** @return how the figure was computed, for a derived figure */
    public Optional<Lineage> lineage() {
        return lineage;
    }

    /** @return whether the figure is computed rather than stated */
    public boolean isDerived() {
        return lineage.isPresent();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Evidence e && source.equals(e.source) && quote.equals(e.quote) && lineage.equals(e.lineage);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, quote, lineage);
    }

    /** @return the evidence as a record would print it: {@code Evidence[source=..., quote=..., lineage=...]} */
    @Override
    public String toString() {
        return "Evidence[source=" + source + ", quote=" + quote + ", lineage=" + lineage + "]";
    }
}
