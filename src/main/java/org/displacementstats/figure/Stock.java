package org.displacementstats.figure;

import java.util.Objects;
import java.util.Optional;
import org.displacementstats.provenance.Evidence;

/**
 * People living in a place during a period (« quelque 250.000 habitants d'Alep-Est »).
 *
 * <p>Build a stated stock as the source words it; its estimate is computed from its count:
 * <pre>{@code
 * Stock residents = Stock.stated("tal-rifaat-residents").in(talRifaat).count(about(250_000))
 *         .on(LocalDate.of(2016, 11, 30)).quote(article, "Quelque 250.000 habitants");
 * }</pre>
 *
 * <p>A stock computed from others (the people remaining) is built with {@link #derived(String)}, its estimate
 * given and its evidence a lineage. Equal stocks have equal fields.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class Stock implements Figure {
    private final String id;
    private final String what;
    private final Place place;
    private final Period period;
    private final Optional<Count> count;
    private final Estimate estimate;
    private final Evidence evidence;

    /**
     * Validates the fields and their agreement (a stated stock has a count and the estimate it gives, a derived
     * one a lineage and no count). Clients use the builders; the package's tests call it to build contradictions.
     */
    Stock(
            String id,
            String what,
            Place place,
            Period period,
            Optional<Count> count,
            Estimate estimate,
            Evidence evidence) {
        Objects.requireNonNull(place, "Stock.place");
        Figures.validate("Stock", id, what, period, count, estimate, evidence);
        this.id = id;
        this.what = what;
        this.place = place;
        this.period = period;
        this.count = count;
        this.estimate = estimate;
        this.evidence = evidence;
    }

    /**
     * Starts a stock that a source states; {@code what} is {@code residents} unless {@link Builder#what} says.
     *
     * @param id unique id in the dataset
     * @return a builder; its estimate is the count's under {@link QuantifierPolicy#DEFAULT}, and a dataset
     *     built under another policy computes it again
     */
    public static Builder stated(String id) {
        return new Builder(id);
    }

    /**
     * Starts a stock computed from other figures (the people remaining of a stated stock): give its estimate with
     * {@link Builder#estimate} and end it with {@link Builder#evidence} holding its lineage ({@code
     * Evidence.derived(lineage)}); {@code what} is {@code residents} unless {@link Builder#what} says.
     *
     * @param id unique id in the dataset
     * @return a builder
     */
    public static Builder derived(String id) {
        return new Builder(id);
    }

    /** @return unique id in the dataset */
    @Override
    public String id() {
        return id;
    }

    /** @return what is counted ({@code residents}) */
    @Override
    public String what() {
        return what;
    }

    /** @return where they live */
    public Place place() {
        return place;
    }

    /** @return when */
    @Override
    public Period period() {
        return period;
    }

    /** @return the count as stated; empty for a derived stock */
    @Override
    public Optional<Count> count() {
        return count;
    }

    /**
     * @return the point and interval used in computations; for a stated stock, what its count gives under the
     *     dataset's policy
     */
    @Override
    public Estimate estimate() {
        return estimate;
    }

    /** @return the source and quote, or the lineage */
    @Override
    public Evidence evidence() {
        return evidence;
    }

    @Override
    public Stock estimatedUnder(QuantifierPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        return count.map(c -> new Stock(id, what, place, period, count, Estimate.of(c, policy), evidence))
                .orElse(this);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Stock s
                && id.equals(s.id)
                && what.equals(s.what)
                && place.equals(s.place)
                && period.equals(s.period)
                && count.equals(s.count)
                && estimate.equals(s.estimate)
                && evidence.equals(s.evidence);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, what, place, period, count, estimate, evidence);
    }

    /** @return the stock as a record would print it: {@code Stock[id=..., what=..., place=..., ...]} */
    @Override
    public String toString() {
        return "Stock[id=" + id + ", what=" + what + ", place=" + place + ", period=" + period + ", count=" + count
                + ", estimate=" + estimate + ", evidence=" + evidence + "]";
    }

    /** Gathers a stock's fields; not thread-safe, use it where it is made. */
    public static final class Builder extends StatedFigureBuilder<Builder, Stock> {
        private Place place;

        private Builder(String id) {
            super("Stock", id, "residents");
        }

        /**
         * @param place where they live
         * @return this builder
         */
        public Builder in(Place place) {
            this.place = Objects.requireNonNull(place, "place");
            return this;
        }

        @Override
        void requireOwnParts() {
            Objects.requireNonNull(place, "Stock.place: call in(place)");
        }

        @Override
        Stock build(Optional<Count> count, Estimate estimate, Evidence evidence) {
            return new Stock(id, what, place, period, count, estimate, evidence);
        }
    }
}
