package org.displacementstats.figure;

import java.util.Optional;
import org.displacementstats.provenance.Evidence;

/**
 * A number of people, as a source states it or as computed from stated figures: a {@link Stock} of people
 * living somewhere, or a {@link Flow} of people moving from an origin to a destination.
 *
 * <p>A stated figure has a count and the estimate that count gives under its dataset's policy; a derived figure
 * has a lineage and no count. Every figure is immutable and safe to share between threads.
 */
public sealed interface Figure permits Stock, Flow {

    /** @return the figure's id, unique in its dataset ({@code fled-east-aleppo}) */
    String id();

    /** @return what is counted, in a word or two ({@code residents}, {@code fled}) */
    String what();

    /** @return the days the figure covers */
    Period period();

    /** @return the count as the source states it; empty for a figure computed from others */
    Optional<Count> count();

    /** @return the point estimate and interval used in computations */
    Estimate estimate();

    /** @return the source and quote, and the lineage of a derived figure */
    Evidence evidence();

    /**
     * The same figure with its estimate computed from its count under {@code policy}; a derived figure, which
     * has no count, is returned as it is.
     *
     * @param policy the margin for "about" and "nearly"
     * @return the figure under that policy
     */
    Figure estimatedUnder(QuantifierPolicy policy);

    /** @return whether the figure is computed from others (it has a lineage) */
    default boolean isDerived() {
        return evidence().isDerived();
    }

    /** @return whether the figure is a mention with no number (« des milliers »), never summed */
    default boolean isMention() {
        return count().map(c -> c.quantifier() == Quantifier.VAGUE).orElse(false);
    }
}
