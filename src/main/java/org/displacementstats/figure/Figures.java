package org.displacementstats.figure;

import java.util.Objects;
import java.util.Optional;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.internal.Ids;
import org.displacementstats.provenance.Evidence;

/** The checks that {@link Stock} and {@link Flow} share. */
final class Figures {
    private Figures() {}

    static void validate(
            String type,
            String id,
            String what,
            Period period,
            Optional<Count> count,
            Estimate estimate,
            Evidence evidence) {
        // The field's name is made only for the message: a big import builds millions of figures.
        if (!Ids.isId(id)) {
            Ids.requireId(type + ".id", id);
        }
        if (!Ids.isText(what)) {
            Ids.requireText(type + ".what", what);
        }
        nonNull(period, type, ".period");
        nonNull(count, type, ".count");
        nonNull(estimate, type, ".estimate");
        nonNull(evidence, type, ".evidence");
        if (count.isPresent() == evidence.isDerived()) {
            throw new DisplacementDataException(type + ".count must be given for a stated figure and absent for a"
                    + " derived one, but figure '" + id + "' has "
                    + (count.isPresent() ? "both a count and a lineage" : "neither a count nor a lineage"));
        }
        if (count.isPresent()
                && count.get().point().isPresent() != estimate.point().isPresent()) {
            throw new DisplacementDataException(type + ".estimate must have a point exactly when the count has one,"
                    + " but figure '" + id + "' has count " + count.get() + " and estimate point " + estimate.point());
        }
        if (count.isPresent() && !impliedByCount(count.get(), estimate)) {
            throw DisplacementDataException.problem(type + ".estimate must be the one its count " + count.get()
                            + " gives under a margin of 0 to 100 % ("
                            + Estimate.of(count.get(), QuantifierPolicy.DEFAULT).interval()
                            + " under the default 10 %) but figure '" + id + "' has " + estimate.interval()
                            + " with point " + estimate.point() + "; leave the estimate to the builder (Stock.stated,"
                            + " Flow.stated)")
                    .field(type + ".estimate")
                    .value(estimate.interval().toString())
                    .build();
        }
    }

    /**
     * As {@link Objects#requireNonNull(Object, String)} with the message {@code type + part}, made only when it is
     * thrown.
     */
    static <T> T nonNull(T value, String type, String part) {
        if (value == null) {
            throw new NullPointerException(type + part);
        }
        return value;
    }

    /** Whether {@code estimate} is what {@code count} gives under some policy (the margin matters for ~ and <~). */
    static boolean impliedByCount(Count count, Estimate estimate) {
        if (!count.point().equals(estimate.point())) {
            return false;
        }
        if (count.quantifier() != Quantifier.ABOUT && count.quantifier() != Quantifier.NEARLY) {
            return count.interval().equals(estimate.interval());
        }
        for (int margin = 0; margin <= 100; margin++) {
            if (count.interval(new QuantifierPolicy(margin)).equals(estimate.interval())) {
                return true;
            }
        }
        return false;
    }
}
