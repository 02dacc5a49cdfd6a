package org.displacementstats.figure;

import java.time.LocalDate;
import java.util.Objects;
import org.displacementstats.provenance.Evidence;
import org.displacementstats.provenance.SourceText;

/**
 * What the builders of stated figures share ({@link Stock#stated}, {@link Flow#stated}): what is counted, the count
 * as stated, the days, and the source's words that end the figure. Not thread-safe: use a builder where it is made.
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
     * Ends the figure with its evidence as given.
     *
     * @param evidence the source and quote
     * @return the figure
     * @throws NullPointerException if a required part was not given
     */
    public F evidence(Evidence evidence) {
        requireOwnParts();
        Objects.requireNonNull(count, type + ".count: call count(...)");
        Objects.requireNonNull(period, type + ".period: call on(day) or during(period)");
        return build(evidence);
    }

    /** Throws {@link NullPointerException} when a part that only this kind of figure has was not given. */
    abstract void requireOwnParts();

    /**
     * @param evidence the source and quote
     * @return the figure, its estimate the count's under {@link QuantifierPolicy#DEFAULT}
     */
    abstract F build(Evidence evidence);
}
