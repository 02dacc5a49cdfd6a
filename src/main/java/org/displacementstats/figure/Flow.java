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
 * <p>A flow computed from others (a change between two stocks, « le reste ») is built with
 * {@link #derived(String)}, its estimate given and its evidence holding a lineage. Equal flows have equal fields.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class Flow implements Figure {
    private final String id;
    private final String what;
    private final Place origin;
    private final Optional<Place> destination;
    private final Period period;
    private final Optional<Count> count;
    private final Estimate estimate;
    private final Optional<String> partOf;
    private final Evidence evidence;

    /**
     * Validates the fields; a flow cannot be a part of itself nor end where it starts. Clients use the builders;
     * the package's tests call it to build contradictions.
     */
    Flow(
            String id,
            String what,
            Place origin,
            Optional<Place> destination,
            Period period,
            Optional<Count> count,
            Estimate estimate,
            Optional<String> partOf,
            Evidence evidence) {
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
        this.id = id;
        this.what = what;
        this.origin = origin;
        this.destination = destination;
        this.period = period;
        this.count = count;
        this.estimate = estimate;
        this.partOf = partOf;
        this.evidence = evidence;
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

    /**
     * Starts a flow computed from other figures (the change between two stocks, « le reste »): give its estimate
     * with {@link Builder#estimate} and end it with {@link Builder#evidence} holding its lineage; {@code what} is
     * {@code fled} unless {@link Builder#what} says.
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

    /** @return what is counted ({@code fled}) */
    @Override
    public String what() {
        return what;
    }

    /** @return where they left */
    public Place origin() {
        return origin;
    }

    /** @return where they went, if the source says */
    public Optional<Place> destination() {
        return destination;
    }

    /** @return when they moved */
    @Override
    public Period period() {
        return period;
    }

    /** @return the count as stated; empty for a derived flow */
    @Override
    public Optional<Count> count() {
        return count;
    }

    /**
     * @return the point and interval used in computations; for a stated flow, what its count gives under the
     *     dataset's policy
     */
    @Override
    public Estimate estimate() {
        return estimate;
    }

    /** @return the id of the flow this one is a part of (« dont 6.000 vers … »), if any */
    public Optional<String> partOf() {
        return partOf;
    }

    /** @return the source and quote, or the lineage, or both */
    @Override
    public Evidence evidence() {
        return evidence;
    }

    @Override
    public Flow estimatedUnder(QuantifierPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        return count.map(c -> new Flow(
                        id, what, origin, destination, period, count, Estimate.of(c, policy), partOf, evidence))
                .orElse(this);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Flow f
                && id.equals(f.id)
                && what.equals(f.what)
                && origin.equals(f.origin)
                && destination.equals(f.destination)
                && period.equals(f.period)
                && count.equals(f.count)
                && estimate.equals(f.estimate)
                && partOf.equals(f.partOf)
                && evidence.equals(f.evidence);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, what, origin, destination, period, count, estimate, partOf, evidence);
    }

    /** @return the flow as a record would print it: {@code Flow[id=..., what=..., origin=..., ...]} */
    @Override
    public String toString() {
        return "Flow[id=" + id + ", what=" + what + ", origin=" + origin + ", destination=" + destination
                + ", period=" + period + ", count=" + count + ", estimate=" + estimate + ", partOf=" + partOf
                + ", evidence=" + evidence + "]";
    }

    /** Gathers a flow's fields; not thread-safe, use it where it is made. */
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
        Flow build(Optional<Count> count, Estimate estimate, Evidence evidence) {
            return new Flow(
                    id,
                    what,
                    origin,
                    Optional.ofNullable(destination),
                    period,
                    count,
                    estimate,
                    Optional.ofNullable(partOf),
                    evidence);
        }
    }
}
