package org.displacementstats.provenance;

import java.util.Objects;
import java.util.Optional;
import org.displacementstats.DisplacementDataException;

/**
 * Where a figure comes from: the source and its words, a computation from other figures, or both (« le
 * reste vers les zones gouvernementales » is quoted and computed).
 *
 * <p>Immutable and safe to share between threads.
 *
 * @param source the source that states or implies the figure
 * @param quote the source's words, present whenever the source is
 * @param lineage how the figure was computed, for a derived figure
 */
public record Evidence(Optional<Source> source, Optional<Quote> quote, Optional<Lineage> lineage) {

    /**
     * Requires a source with its quote, or a lineage, or both.
     *
     * @param source the source that states or implies the figure
     * @param quote the source's words, present whenever the source is
     * @param lineage how the figure was computed, for a derived figure
     */
    public Evidence {
        Objects.requireNonNull(source, "Evidence.source");
        Objects.requireNonNull(quote, "Evidence.quote");
        Objects.requireNonNull(lineage, "Evidence.lineage");
        if (source.isPresent() != quote.isPresent()) {
            throw new DisplacementDataException("Evidence.quote must be given exactly when Evidence.source is, but "
                    + (source.isPresent() ? "the source has no quote" : "the quote has no source"));
        }
        if (source.isEmpty() && lineage.isEmpty()) {
            throw new DisplacementDataException("Evidence must have a source and quote, or a lineage, but had neither");
        }
    }

    /**
     * Evidence of a figure that a source states in words.
     *
     * @param source the source
     * @param quote its words
     * @return the evidence
     */
    public static Evidence stated(Source source, Quote quote) {
        return new Evidence(Optional.of(source), Optional.of(quote), Optional.empty());
    }

    /**
     * Evidence of a figure computed from others and not stated anywhere.
     *
     * @param lineage the computation
     * @return the evidence
     */
    public static Evidence derived(Lineage lineage) {
        return new Evidence(Optional.empty(), Optional.empty(), Optional.of(lineage));
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
        return new Evidence(Optional.of(source), Optional.of(quote), Optional.of(lineage));
    }

    /** @return whether the figure is computed rather than stated */
    public boolean isDerived() {
        return lineage.isPresent();
    }
}
