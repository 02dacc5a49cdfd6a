package org.displacementstats.figure;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.displacementstats.provenance.Evidence;
import org.displacementstats.provenance.SourceText;

/**
 * What the builders of figures share ({@link Stock#stated}, {@link Flow#stated}, {@link Stock#derived},
 * {@link Flow#derived}): what is counted, the count as stated (or the estimate of a derived figure), the days, and
 * the evidence or the source's words that end the figure. Not thread-safe: use a builder where it is made.
 *
 * @param <B> the builder itself, so that each call returns it
 * @param <F> the figure it builds
 */
public abstract class StatedFigureBuilder<B extends StatedFigureBuilder<B, F>, F extends Figure> {
    private final String type;
    /** The figure's id. */
    protected final String id;
    /** What is counted. */
    protected String what;
    /** The count as stated, or null until given. */
    protected Count count;
    /** The days counted over, or null until given. */
    protected Period period;
    /** The estimate of a derived figure, or null: a stated figure's comes from its count. */
    protected Estimate estimate;

    StatedFigureBuilder(String type, String id, String what) {
        this.type = type;
        this.id = Objects.requireNonNull(id, "id");
        this.what = what;
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /**
     * @param what what is counted ({@code fled}, {@code residents}, {@code displaced})
     * @return this builder
     */
    public B what(String what) {
        this.what = Objects.requireNonNull(what, "what");
        return self();
    }

    /**
     * @param count the count as stated ({@code Count.nearly(10_000)})
     * @return this builder
     */
    public B count(Count count) {
        this.count = Objects.requireNonNull(count, "count");
        return self();
    }

    /**
     * Gives the estimate of a figure computed from others, which has no count. Leave it out for a stated figure:
     * the builder computes it from the count (one given must be what the count gives under some margin, or the
     * figure is refused).
     *
     * @param estimate the point and interval used in computations
     * @return this builder
     */
    public B estimate(Estimate estimate) {
        this.estimate = Objects.requireNonNull(estimate, "estimate");
        return self();
    }

    /**
     * @param day the one day the figure counts
     * @return this builder
     */
    public B on(LocalDate day) {
        return during(Period.days(day, day));
    }

    /**
     * @param period the days the figure counts
     * @return this builder
     */
    public B during(Period period) {
        this.period = Objects.requireNonNull(period, "period");
        return self();
    }

    /**
     * Ends the figure with the source's words, found in its text.
     *
     * @param source the source and its text
     * @param exact the words as printed, found exactly once in the text
     * @return the figure
     * @throws NullPointerException if a required part was not given
     * @throws org.displacementstats.DisplacementDataException if a value breaks a rule or the words are not found
     *     once
     */
    public F quote(SourceText source, String exact) {
        return evidence(source.states(exact));
    }

    /**
     * Ends the figure with its evidence as given: the source and quote of a stated figure, the lineage (and maybe
     * the source and quote) of a derived one.
     *
     * @param evidence the source and quote, or the lineage
     * @return the figure
     * @throws NullPointerException if a required part was not given
     * @throws org.displacementstats.DisplacementDataException if a value breaks a rule, or a count and a lineage,
     *     or neither, are given
     */
    public F evidence(Evidence evidence) {
        requireOwnParts();
        if (estimate == null) {
            Figures.nonNull(count, type, ".count: call count(...), or estimate(...) for a derived figure");
        }
        Figures.nonNull(period, type, ".period: call on(day) or during(period)");
        Figures.nonNull(evidence, type, ".evidence");
        return build(
                Optional.ofNullable(count),
                estimate != null ? estimate : Estimate.of(count, QuantifierPolicy.DEFAULT),
                evidence);
    }

    /** Throws {@link NullPointerException} when a part that only this kind of figure has was not given. */
    abstract void requireOwnParts();

    /**
     * @param count the count as stated; empty for a derived figure
     * @param estimate the one given, or the count's under {@link QuantifierPolicy#DEFAULT}
     * @param evidence the source and quote, or the lineage
     * @return the figure
     */
    abstract F build(Optional<Count> count, Estimate estimate, Evidence evidence);
}
