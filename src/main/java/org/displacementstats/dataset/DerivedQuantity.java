package org.displacementstats.dataset;

import java.util.Objects;
import org.displacementstats.stats.Expression;
import org.displacementstats.stats.Uncertainty;

/**
 * A quantity computed from stated figures, with its Monte Carlo uncertainty: a derived figure (people), a
 * share, or a rate (people per day).
 *
 * <p>Immutable and safe to share between threads.
 *
 * @param name the quantity's name: a derived figure's id, or {@code share-out:<stock>},
 *     {@code share-of-total:<flow>}, {@code outflow-per-day:<stock>}
 * @param kind {@code people}, {@code share} or {@code people_per_day}
 * @param formula the computation over figure ids, as in the figure's lineage
 * @param expression the computation over stated inputs only (derived inputs expanded)
 * @param uncertainty the percentiles and the main driver
 */
public record DerivedQuantity(
        String name, String kind, String formula, Expression expression, Uncertainty uncertainty) {

    /**
     * Validates the fields.
     *
     * @param name the quantity's name: a derived figure's id, or {@code share-out:<stock>},
     *     {@code share-of-total:<flow>}, {@code outflow-per-day:<stock>}
     * @param kind {@code people}, {@code share} or {@code people_per_day}
     * @param formula the computation over figure ids, as in the figure's lineage
     * @param expression the computation over stated inputs only (derived inputs expanded)
     * @param uncertainty the percentiles and the main driver
     */
    public DerivedQuantity {
        Objects.requireNonNull(name, "DerivedQuantity.name");
        Objects.requireNonNull(kind, "DerivedQuantity.kind");
        Objects.requireNonNull(formula, "DerivedQuantity.formula");
        Objects.requireNonNull(expression, "DerivedQuantity.expression");
        Objects.requireNonNull(uncertainty, "DerivedQuantity.uncertainty");
    }
}
