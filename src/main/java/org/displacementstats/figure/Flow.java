package org.displacementstats.figure;

import java.util.Objects;
import java.util.Optional;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.provenance.Evidence;
import org.displacementstats.provenance.Ids;

/**
 * People who moved from an origin to a destination during a period (« Près de 10.000 d'entre eux ont
 * fui »).
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
}
