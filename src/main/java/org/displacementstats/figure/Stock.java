package org.displacementstats.figure;

import java.util.Optional;
import org.displacementstats.provenance.Evidence;

/**
 * People living in a place during a period (« quelque 250.000 habitants d'Alep-Est »).
 *
 * @param id unique id in the dataset
 * @param what what is counted ({@code residents})
 * @param place where they live
 * @param period when
 * @param count the count as stated; empty for a derived stock
 * @param estimate the point and interval used in computations
 * @param evidence the source and quote, or the lineage
 */
public record Stock(String id, String what, Place place, Period period, Optional<Count> count, Estimate estimate,
        Evidence evidence) implements Figure {

    /**
     * Validates the fields and their agreement (a stated stock has a count, a derived one a lineage).
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
        java.util.Objects.requireNonNull(place, "Stock.place");
        Figures.validate("Stock", id, what, period, count, estimate, evidence);
    }
}
