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
 * <p>Immutable and safe to share between threads.
 *
 * @param id unique id in the dataset
 * @param what what is counted ({@code residents})
 * @param place where they live
 * @param period when
 * @param count the count as stated; empty for a derived stock
 * @param estimate the point and interval used in computations; for a stated stock, what its count gives under
 *     the dataset's policy
 * @param evidence the source and quote, or the lineage
 */
public record Stock(
        String id, String what, Place place, Period period, Optional<Count> count, Estimate estimate, Evidence evidence)
        implements Figure {

    /**
     * Validates the fields and their agreement (a stated stock has a count and the estimate it gives, a derived
     * one a lineage and no count).
     *
     * @param id unique id in the dataset
     * @param what what is counted ({@code residents})
     * @param place where they live
     * @param period when
     * @param count the count as stated; empty for a derived stock
     * @param estimate the point and interval used in computations
     * @param evidence the source and quote, or the lineage
     */
    public Stock {
        Objects.requireNonNull(place, "Stock.place");
        Figures.validate("Stock", id, what, period, count, estimate, evidence);
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

    @Override
    public Stock estimatedUnder(QuantifierPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        return count.map(c -> new Stock(id, what, place, period, count, Estimate.of(c, policy), evidence))
                .orElse(this);
    }

    /** Gathers a stated stock's fields; not thread-safe, use it where it is made. */
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
        Stock build(Evidence evidence) {
            return new Stock(
                    id,
                    what,
                    place,
                    period,
                    Optional.of(count),
                    Estimate.of(count, QuantifierPolicy.DEFAULT),
                    evidence);
        }
    }
}
