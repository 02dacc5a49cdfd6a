package org.displacementstats.figure;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.provenance.Evidence;
import org.displacementstats.provenance.Ids;
import org.displacementstats.provenance.SourceText;

/**
 * People who moved from an origin to a destination during a period (« Près de 10.000 d'entre eux ont
 * fui »).
 *
 * <p>Build a stated flow as the source words it; its estimate is computed from its count:
 * <pre>{@code
 * Flow fled = Flow.stated("fled-tal-rifaat").from(talRifaat).to(afrin).count(atLeast(4_000))
 *         .on(LocalDate.of(2016, 12, 1)).quote(article, "Au moins 4.000");
 * }</pre>
 *
 * <p>Immutable and safe to share between threads.
 *
 * @param id unique id in the dataset
 * @param what what is counted ({@code fled})
 * @param origin where they left
 * @param destination where they went, if the source says
 * @param period when they moved
 * @param count the count as stated; empty for a derived flow
 * @param estimate the point and interval used in computations; for a stated flow, what its count gives under
 *     the dataset's policy
 * @param partOf the id of the flow this one is a part of (« dont 6.000 vers … »), if any
 * @param evidence the source and quote, or the lineage, or both
 */
public record Flow(String id, String what, Place origin, Optional<Place> destination, Period period,
        Optional<Count> count, Estimate estimate, Optional<String> partOf, Evidence evidence) implements Figure {

    /**
     * Validates the fields; a flow cannot be a part of itself nor end where it starts.
     *
     * @param id unique id in the dataset
     * @param what what is counted ({@code fled})
     * @param origin where they left
     * @param destination where they went, if the source says
     * @param period when they moved
     * @param count the count as stated; empty for a derived flow
     * @param estimate the point and interval used in computations
     * @param partOf the id of the flow this one is a part of (« dont 6.000 vers … »), if any
     * @param evidence the source and quote, or the lineage, or both
     */
    public Flow {
        Objects.requireNonNull(origin, "Flow.origin");
        Objects.requireNonNull(destination, "Flow.destination");
        Objects.requireNonNull(partOf, "Flow.partOf");
        Figures.validate("Flow", id, what, period, count, estimate, evidence);
        partOf.ifPresent(p -> Ids.requireId("Flow.partOf", p));
        if (partOf.isPresent() && partOf.get().equals(id)) {
            throw new DisplacementDataException("Flow.partOf must name another flow but figure '" + id
                    + "' names itself");
        }
        if (destination.isPresent() && destination.get().name().equals(origin.name())) {
            throw new DisplacementDataException("Flow.destination must differ from Flow.origin but both are '"
                    + origin.name() + "' in figure '" + id + "'");
        }
    }

    /**
     * Starts a flow that a source states; {@code what} is {@code fled} unless {@link Builder#what} says.
     *
     * @param id unique id in the dataset
     * @return a builder; its estimate is the count's under {@link QuantifierPolicy#DEFAULT}, and a dataset
     *     built under another policy computes it again
     */
    public static Builder stated(String id) {
        return new Builder(id);
    }

    @Override
    public Flow estimatedUnder(QuantifierPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        return count.map(c -> new Flow(id, what, origin, destination, period, count, Estimate.of(c, policy), partOf,
                evidence)).orElse(this);
    }

    /** Gathers a stated flow's fields; not thread-safe, use it where it is made. */
    public static final class Builder {
        private final String id;
        private String what = "fled";
        private Place origin;
        private Place destination;
        private Count count;
        private Period period;
        private String partOf;

        private Builder(String id) {
            this.id = Objects.requireNonNull(id, "id");
        }

        /**
         * @param what what is counted ({@code fled}, {@code displaced})
         * @return this builder
         */
        public Builder what(String what) {
            this.what = Objects.requireNonNull(what, "what");
            return this;
        }

        /**
         * @param origin where they left
         * @return this builder
         */
        public Builder from(Place origin) {
            this.origin = Objects.requireNonNull(origin, "origin");
            return this;
        }

        /**
         * @param destination where they went; leave it out when the source does not say
         * @return this builder
         */
        public Builder to(Place destination) {
            this.destination = Objects.requireNonNull(destination, "destination");
            return this;
        }

        /**
         * @param whole the id of the flow this one is a part of (« dont 6.000 vers … »)
         * @return this builder
         */
        public Builder partOf(String whole) {
            this.partOf = Objects.requireNonNull(whole, "whole");
            return this;
        }

        /**
         * @param count the count as stated ({@code Count.nearly(10_000)})
         * @return this builder
         */
        public Builder count(Count count) {
            this.count = Objects.requireNonNull(count, "count");
            return this;
        }

        /**
         * @param day the one day they moved
         * @return this builder
         */
        public Builder on(LocalDate day) {
            return during(Period.days(day, day));
        }

        /**
         * @param period the days they moved
         * @return this builder
         */
        public Builder during(Period period) {
            this.period = Objects.requireNonNull(period, "period");
            return this;
        }

        /**
         * Ends the flow with the source's words, found in its text.
         *
         * @param source the source and its text
         * @param exact the words as printed, found exactly once in the text
         * @return the flow
         * @throws NullPointerException if the origin, count or period was not given
         * @throws DisplacementDataException if a value breaks a rule or the words are not found once
         */
        public Flow quote(SourceText source, String exact) {
            return evidence(source.states(exact));
        }

        /**
         * Ends the flow with its evidence as given.
         *
         * @param evidence the source and quote
         * @return the flow
         * @throws NullPointerException if the origin, count or period was not given
         */
        public Flow evidence(Evidence evidence) {
            Objects.requireNonNull(origin, "Flow.origin: call from(place)");
            Objects.requireNonNull(count, "Flow.count: call count(...)");
            Objects.requireNonNull(period, "Flow.period: call on(day) or during(period)");
            return new Flow(id, what, origin, Optional.ofNullable(destination), period, Optional.of(count),
                    Estimate.of(count, QuantifierPolicy.DEFAULT), Optional.ofNullable(partOf), evidence);
        }
    }
}
