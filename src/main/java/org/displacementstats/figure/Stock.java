package org.displacementstats.figure;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.displacementstats.provenance.Evidence;
import org.displacementstats.provenance.SourceText;

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
public record Stock(String id, String what, Place place, Period period, Optional<Count> count, Estimate estimate,
        Evidence evidence) implements Figure {

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
        return count.map(c -> new Stock(id, what, place, period, count, Estimate.of(c, policy), evidence)).orElse(this);
    }

    /** Gathers a stated stock's fields; not thread-safe, use it where it is made. */
    public static final class Builder {
        private final String id;
        private String what = "residents";
        private Place place;
        private Count count;
        private Period period;

        private Builder(String id) {
            this.id = Objects.requireNonNull(id, "id");
        }

        /**
         * @param what what is counted ({@code residents}, {@code displaced})
         * @return this builder
         */
        public Builder what(String what) {
            this.what = Objects.requireNonNull(what, "what");
            return this;
        }

        /**
         * @param place where they live
         * @return this builder
         */
        public Builder in(Place place) {
            this.place = Objects.requireNonNull(place, "place");
            return this;
        }

        /**
         * @param count the count as stated ({@code Count.about(250_000)})
         * @return this builder
         */
        public Builder count(Count count) {
            this.count = Objects.requireNonNull(count, "count");
            return this;
        }

        /**
         * @param day the day the stock is counted at
         * @return this builder
         */
        public Builder on(LocalDate day) {
            return during(Period.days(day, day));
        }

        /**
         * @param period the days the stock is counted over
         * @return this builder
         */
        public Builder during(Period period) {
            this.period = Objects.requireNonNull(period, "period");
            return this;
        }

        /**
         * Ends the stock with the source's words, found in its text.
         *
         * @param source the source and its text
         * @param exact the words as printed, found exactly once in the text
         * @return the stock
         * @throws NullPointerException if the place, count or period was not given
         * @throws org.displacementstats.DisplacementDataException if a value breaks a rule or the words are not
         *     found once
         */
        public Stock quote(SourceText source, String exact) {
            return evidence(source.states(exact));
        }

        /**
         * Ends the stock with its evidence as given.
         *
         * @param evidence the source and quote
         * @return the stock
         * @throws NullPointerException if the place, count or period was not given
         */
        public Stock evidence(Evidence evidence) {
            Objects.requireNonNull(place, "Stock.place: call in(place)");
            Objects.requireNonNull(count, "Stock.count: call count(...)");
            Objects.requireNonNull(period, "Stock.period: call on(day) or during(period)");
            return new Stock(id, what, place, period, Optional.of(count), Estimate.of(count, QuantifierPolicy.DEFAULT),
                    evidence);
        }
    }
}
