package org.displacementstats.stats;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.displacementstats.internal.Ids;

/**
 * A derived quantity as a function of stated inputs: a {@link LinearSum}, optionally divided by another. Built with
 * {@link #people} or {@link #ratio}; equal expressions have equal names and terms.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class Expression {
    private final String name;
    private final LinearSum numerator;
    private final Optional<LinearSum> denominator;

    private Expression(String name, LinearSum numerator, Optional<LinearSum> denominator) {
        Ids.requireText("Expression.name", name);
        this.name = name;
        this.numerator = Objects.requireNonNull(numerator, "Expression.numerator");
        this.denominator = denominator;
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
        return new Expression(
                name, numerator, Optional.of(Objects.requireNonNull(denominator, "Expression.denominator")));
    }

    /** @return the output's name ({@code share-of-total:fled-to-sheikh-maqsoud}) */
    public String name() {
        return name;
    }

    /** @return the numerator */
    public LinearSum numerator() {
        return numerator;
    }

    /** @return the denominator, for a share or a rate */
    public Optional<LinearSum> denominator() {
        return denominator;
    }

    /** @return the ids of every input this expression reads, sorted */
    public Set<String> inputs() {
        Set<String> ids = new TreeSet<>(numerator.terms().keySet());
        denominator.ifPresent(d -> ids.addAll(d.terms().keySet()));
        return ids;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Expression e
                && name.equals(e.name)
                && numerator.equals(e.numerator)
                && denominator.equals(e.denominator);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, numerator, denominator);
    }

    /** @return the expression as a record would print it: {@code Expression[name=..., numerator=..., ...]} */
    @Override
    public String toString() {
        return "Expression[name=" + name + ", numerator=" + numerator + ", denominator=" + denominator + "]";
    }
}
