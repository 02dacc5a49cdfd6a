package org.displacementstats.flowlog;

import org.displacementstats.figure.Count;
import org.displacementstats.figure.Quantifier;
import org.displacementstats.figure.QuantifierPolicy;

/**
 * The bounds of {@link Count#interval(QuantifierPolicy)} without building a Count and an Interval per row:
 * the same cases, with the margin arithmetic of {@link QuantifierPolicy#below} and {@link QuantifierPolicy#above}
 * itself. A test checks that both agree for every quantifier a flow log allows.
 */
final class FlowBounds {
    /** {@link #high} of an interval with no upper bound. */
    static final long UNBOUNDED = -1;

    private FlowBounds() {}

    /** The point of {@link Count#point()}: the stated value, or the nearest value that > and < allow. */
    static long point(Quantifier q, long value) {
        return switch (q) {
            case MORE_THAN -> value + 1;
            case LESS_THAN -> value - 1;
            default -> value;
        };
    }

    static long low(Quantifier q, long value, QuantifierPolicy policy) {
        return switch (q) {
            case ABOUT, NEARLY -> policy.below(value);
            case MORE_THAN -> value + 1;
            case UP_TO, LESS_THAN -> 0;
            default -> value;
        };
    }

    static long high(Quantifier q, long value, QuantifierPolicy policy) {
        return switch (q) {
            case ABOUT -> policy.above(value);
            case AT_LEAST, MORE_THAN -> UNBOUNDED;
            case LESS_THAN -> value - 1;
            default -> value;
        };
    }
}
