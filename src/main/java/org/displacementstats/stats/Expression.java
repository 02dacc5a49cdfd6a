package org.displacementstats.stats;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.displacementstats.internal.Ids;

/**
 * A derived quantity as a function of stated inputs: a {@link LinearSum}, optionally divided by another.
 *
 * @param name the output's name ({@code share-of-total:fled-to-sheikh-maqsoud})
 * @param numerator the numerator
 * @param denominator the denominator, for a share or a rate
 */
public record Expression(String name, LinearSum numerator, Optional<LinearSum> denominator) {

    /**
     * Validates the fields.
     *
     * @param name the output's name ({@code share-of-total:fled-to-sheikh-maqsoud})
     * @param numerator the numerator
     * @param denominator the denominator, for a share or a rate
     */
    public Expression {
        Ids.requireText("Expression.name", name);
        Objects.requireNonNull(numerator, "Expression.numerator");
        Objects.requireNonNull(denominator, "Expression.denominator");
    }

    /**
     * @param name the output's name
     * @param sum the linear combination
     * @return a count of people computed from inputs
     */
    public static Expression people(String name, LinearSum sum) {
        return new Expression(name, sum, Optional.empty());
    }

    /**
     * @param name the output's name
     * @param numerator the part
     * @param denominator the whole, or the number of days
     * @return a share or a rate
     */
    public static Expression ratio(String name, LinearSum numerator, LinearSum denominator) {
        return new Expression(name, numerator, Optional.of(denominator));
    }

    /** @return the ids of every input this expression reads, sorted */
    public Set<String> inputs() {
        Set<String> ids = new TreeSet<>(numerator.terms().keySet());
        denominator.ifPresent(d -> ids.addAll(d.terms().keySet()));
        return ids;
    }
}
