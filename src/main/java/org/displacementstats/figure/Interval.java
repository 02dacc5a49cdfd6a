package org.displacementstats.figure;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.displacementstats.DisplacementDataException;

/**
 * A closed range of whole numbers whose bounds may be unbounded: [225000, 275000], [10001, inf).
 *
 * <p>Arithmetic is closed-form interval arithmetic, exact in {@code long}: {@code [a,b] + [c,d] = [a+c, b+d]},
 * {@code [a,b] - [c,d] = [a-d, b-c]}; a bound computed from an unbounded one is unbounded; overflow is an
 * error, never a wrap. {@link #toString()} prints a form that {@link #parse} reads back.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class Interval {
    private static final Pattern FORM =
            Pattern.compile("([\\[(])\\s*(-inf|-?\\d{1,19})\\s*,\\s*(inf|-?\\d{1,19})\\s*([\\])])");

    // Read by EstimateSum, which adds bounds without an OptionalLong each.
    final long low;
    final long high;
    final boolean lowBounded;
    final boolean highBounded;

    Interval(long low, boolean lowBounded, long high, boolean highBounded) {
        if (lowBounded && highBounded && low > high) {
            throw new DisplacementDataException(
                    "Interval.low must be <= Interval.high but was low " + low + ", high " + high);
        }
        this.low = lowBounded ? low : 0;
        this.high = highBounded ? high : 0;
        this.lowBounded = lowBounded;
        this.highBounded = highBounded;
    }

    /**
     * [low, high].
     *
     * @param low the lower bound
     * @param high the upper bound, at least {@code low}
     * @return the interval
     */
    public static Interval closed(long low, long high) {
        return new Interval(low, true, high, true);
    }

    /**
     * [value, value].
     *
     * @param value the single value
     * @return the interval
     */
    public static Interval point(long value) {
        return closed(value, value);
    }

    /**
     * [low, unbounded).
     *
     * @param low the lower bound
     * @return the interval
     */
    public static Interval atLeast(long low) {
        return new Interval(low, true, 0, false);
    }

    /**
     * (unbounded, high].
     *
     * @param high the upper bound
     * @return the interval
     */
    public static Interval atMost(long high) {
        return new Interval(0, false, high, true);
    }

    /** @return the lower bound, or empty when unbounded below */
    public OptionalLong low() {
        return lowBounded ? OptionalLong.of(low) : OptionalLong.empty();
    }

    /** @return the upper bound, or empty when unbounded above */
    public OptionalLong high() {
        return highBounded ? OptionalLong.of(high) : OptionalLong.empty();
    }

    /** @return whether both bounds are finite */
    public boolean isBounded() {
        return lowBounded && highBounded;
    }

    /**
     * The sum: every value of this plus every value of {@code other}.
     *
     * @param other the interval to add
     * @return [low + other.low, high + other.high]
     */
    public Interval plus(Interval other) {
        return new Interval(
                lowBounded && other.lowBounded ? add(low, other.low) : 0,
                lowBounded && other.lowBounded,
                highBounded && other.highBounded ? add(high, other.high) : 0,
                highBounded && other.highBounded);
    }

    /**
     * The difference: every value of this minus every value of {@code other}.
     *
     * @param other the interval to subtract
     * @return [low − other.high, high − other.low]
     */
    public Interval minus(Interval other) {
        return new Interval(
                lowBounded && other.highBounded ? subtract(low, other.high) : 0,
                lowBounded && other.highBounded,
                highBounded && other.lowBounded ? subtract(high, other.low) : 0,
                highBounded && other.lowBounded);
    }

    /**
     * This interval scaled by a whole factor.
     *
     * @param factor a factor, at least 0
     * @return [low × factor, high × factor]
     * @throws IllegalArgumentException if {@code factor} is negative
     */
    public Interval times(long factor) {
        if (factor < 0) {
            throw new IllegalArgumentException("Interval.times factor must be >= 0 but was " + factor);
        }
        if (factor == 0) {
            return point(0);
        }
        return new Interval(
                lowBounded ? multiply(low, factor) : 0,
                lowBounded,
                highBounded ? multiply(high, factor) : 0,
                highBounded);
    }

    /**
     * @param value a value
     * @return whether {@code value} lies within the bounds
     */
    public boolean contains(long value) {
        return (!lowBounded || low <= value) && (!highBounded || value <= high);
    }

    /**
     * @param other an interval
     * @return whether every value of {@code other} lies within this interval
     */
    public boolean encloses(Interval other) {
        boolean lowOk = !lowBounded || other.lowBounded && low <= other.low;
        boolean highOk = !highBounded || other.highBounded && other.high <= high;
        return lowOk && highOk;
    }

    /**
     * @param other an interval
     * @return whether the two intervals share at least one value
     */
    public boolean overlaps(Interval other) {
        boolean thisStartsBeforeOtherEnds = !lowBounded || !other.highBounded || low <= other.high;
        boolean otherStartsBeforeThisEnds = !other.lowBounded || !highBounded || other.low <= high;
        return thisStartsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }

    /**
     * Reads the form that {@link #toString()} prints: {@code [1, 2]}, {@code [1, inf)}, {@code (-inf, 2]}.
     *
     * @param text the text
     * @return the interval
     * @throws DisplacementDataException naming the text and the valid forms
     */
    public static Interval parse(String text) {
        Matcher m = FORM.matcher(text);
        boolean lowInf = m.matches() && m.group(2).equals("-inf");
        boolean highInf = m.matches() && m.group(3).equals("inf");
        if (!m.matches() || m.group(1).equals("(") != lowInf || m.group(4).equals(")") != highInf) {
            throw new DisplacementDataException("Interval must be written [low, high], [low, inf), (-inf, high]"
                    + " or (-inf, inf) with whole numbers but was '" + text + "'");
        }
        try {
            return new Interval(
                    lowInf ? 0 : Long.parseLong(m.group(2)),
                    !lowInf,
                    highInf ? 0 : Long.parseLong(m.group(3)),
                    !highInf);
        } catch (NumberFormatException e) {
            throw new DisplacementDataException("Interval bounds must fit in 64 bits but were '" + text + "'", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Interval other
                && lowBounded == other.lowBounded
                && highBounded == other.highBounded
                && low == other.low
                && high == other.high;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(low) * 31 + Long.hashCode(high) * 7 + (lowBounded ? 2 : 0) + (highBounded ? 1 : 0);
    }

    @Override
    public String toString() {
        return (lowBounded ? "[" + low : "(-inf") + ", " + (highBounded ? high + "]" : "inf)");
    }

    static long add(long a, long b) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException e) {
            throw overflow(a + " + " + b, e);
        }
    }

    private static long subtract(long a, long b) {
        try {
            return Math.subtractExact(a, b);
        } catch (ArithmeticException e) {
            throw overflow(a + " - " + b, e);
        }
    }

    private static long multiply(long a, long b) {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException e) {
            throw overflow(a + " * " + b, e);
        }
    }

    private static DisplacementDataException overflow(String operation, ArithmeticException e) {
        return new DisplacementDataException(
                "Interval arithmetic must stay within 64-bit whole numbers but " + operation + " overflows", e);
    }
}
