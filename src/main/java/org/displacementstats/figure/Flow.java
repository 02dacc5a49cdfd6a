package org.displacementstats.figure;

import java.util.Objects;
import java.util.Optional;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.internal.Ids;
import org.displacementstats.provenance.Evidence;

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
public record Flow(
        String id,
        String what,
        Place origin,
        Optional<Place> destination,
        Period period,
        Optional<Count> count,
        Estimate estimate,
        Optional<String> partOf,
        Evidence evidence)
        implements Figure {

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
            throw new DisplacementDataException(
                    "Flow.partOf must name another flow but figure '" + id + "' names itself");
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
        return count.map(c -> new Flow(
                        id, what, origin, destination, period, count, Estimate.of(c, policy), partOf, evidence))
                .orElse(this);
    }

    /** Gathers a stated flow's fields; not thread-safe, use it where it is made. */
    public static final class Builder extends StatedFigureBuilder<Builder, Flow> {
        private Place origin;
        private Place destination;
        private String partOf;

        private Builder(String id) {
            super("Flow", id, "fled");
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

        @Override
        void requireOwnParts() {
            Objects.requireNonNull(origin, "Flow.origin: call from(place)");
        }

        @Override
        Flow build(Evidence evidence) {
            return new Flow(
                    id,
                    what,
                    origin,
                    Optional.ofNullable(destination),
                    period,
                    Optional.of(count),
                    Estimate.of(count, QuantifierPolicy.DEFAULT),
                    Optional.ofNullable(partOf),
                    evidence);
        }
    }
}
