package org.displacementstats.figure;

import java.util.Objects;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.displacementstats.DisplacementDataException;

/**
 * A number of people as a source states it: a whole value and the words around it.
 *
 * <p>Read like the source: {@code Count.about(250_000)} is « quelque 250.000 », {@code Count.nearly(10_000)}
 * is « près de 10.000 », {@code Count.between(6_000, 10_000)} is "between 6,000 and 10,000",
 * {@code Count.vague()} is « des milliers ». {@link #toString()} prints {@code ~250000}, {@code <~10000},
 * {@code 6000..10000}, {@code ?}, which {@link #parse} reads back.
 *
 * <p>Immutable and safe to share between threads.
 *
 * @param quantifier the source's qualifying words
 * @param value the stated value (the lower one for BETWEEN; 0 for VAGUE)
 * @param upper the upper stated value for BETWEEN; equal to {@code value} otherwise
 */
public record Count(Quantifier quantifier, long value, long upper) {

    /**
     * The largest count accepted: ten billion people, above the world's population; anything larger is a
     * data error, and the bound keeps interval arithmetic far from overflow.
     */
    public static final long MAX_VALUE = 10_000_000_000L;

    private static final Pattern FORM =
            Pattern.compile("(~|<~|>=|>|<=|<)?(\\d{1,19})|(\\d{1,19})\\.\\.(\\d{1,19})|\\?");

    /**
     * Validates the value's range and its agreement with the quantifier.
     *
     * @param quantifier the source's qualifying words
     * @param value the stated value (the lower one for BETWEEN; 0 for VAGUE)
     * @param upper the upper stated value for BETWEEN; equal to {@code value} otherwise
     */
    public Count {
        Objects.requireNonNull(quantifier, "Count.quantifier");
        if (value < 0) {
            throw new DisplacementDataException("Count.value must be >= 0 but was " + value);
        }
        if (upper > MAX_VALUE || value > MAX_VALUE) {
            throw new DisplacementDataException("Count.value must be <= " + MAX_VALUE
                    + " (more than the world's population) but was " + Math.max(value, upper));
        }
        switch (quantifier) {
            case BETWEEN -> {
                if (value >= upper) {
                    throw new DisplacementDataException(
                            "Count.upper must be > Count.value for BETWEEN but was " + value + ".." + upper);
                }
            }
            case VAGUE -> {
                if (value != 0 || upper != 0) {
                    throw new DisplacementDataException((value != 0 ? "Count.value" : "Count.upper")
                            + " must be 0 for VAGUE (« des milliers » has no number) but was "
                            + (value != 0 ? value : upper));
                }
            }
            case LESS_THAN -> {
                requireSingle(value, upper);
                if (value == 0) {
                    throw new DisplacementDataException("Count.value must be >= 1 for LESS_THAN (fewer than 0 people"
                            + " is impossible) but was 0");
                }
            }
            default -> requireSingle(value, upper);
        }
    }

    private static void requireSingle(long value, long upper) {
        if (upper != value) {
            throw new DisplacementDataException(
                    "Count.upper must equal Count.value except for BETWEEN but was " + upper + " with value " + value);
        }
    }

    /**
     * A count stated with the given quantifier, other than BETWEEN and VAGUE.
     *
     * @param quantifier the quantifier
     * @param value the stated value
     * @return the count
     */
    public static Count of(Quantifier quantifier, long value) {
        return new Count(quantifier, value, value);
    }

    /**
     * A count with no qualifying words: the number as printed.
     *
     * @param value the value as printed
     * @return a count with no qualifying words
     */
    public static Count exact(long value) {
        return of(Quantifier.EXACT, value);
    }

    /**
     * « quelque 250.000 », "about 250,000": within the margin on both sides of the value.
     *
     * @param value the value after « quelque », "about"
     * @return the count
     */
    public static Count about(long value) {
        return of(Quantifier.ABOUT, value);
    }

    /**
     * « près de 10.000 », "nearly 10,000": within the margin below the value.
     *
     * @param value the value after « près de », "nearly"
     * @return the count
     */
    public static Count nearly(long value) {
        return of(Quantifier.NEARLY, value);
    }

    /**
     * « au moins 10.000 », "at least 10,000": the value or more, no upper bound.
     *
     * @param value the value after « au moins », "at least"
     * @return the count
     */
    public static Count atLeast(long value) {
        return of(Quantifier.AT_LEAST, value);
    }

    /**
     * « plus de 10.000 », "more than 10,000": above the value, no upper bound.
     *
     * @param value the value after « plus de », "more than"
     * @return the count
     */
    public static Count moreThan(long value) {
        return of(Quantifier.MORE_THAN, value);
    }

    /**
     * « jusqu'à 10.000 », "up to 10,000": from 0 to the value.
     *
     * @param value the value after « jusqu'à », "up to"
     * @return the count
     */
    public static Count upTo(long value) {
        return of(Quantifier.UP_TO, value);
    }

    /**
     * « moins de 10.000 », "fewer than 10,000": from 0 to one less than the value.
     *
     * @param value the value after « moins de », "fewer than"
     * @return the count
     */
    public static Count lessThan(long value) {
        return of(Quantifier.LESS_THAN, value);
    }

    /**
     * « entre 6.000 et 10.000 », "between 6,000 and 10,000".
     *
     * @param low the lower stated value
     * @param high the upper stated value, greater than {@code low}
     * @return the count
     */
    public static Count between(long low, long high) {
        return new Count(Quantifier.BETWEEN, low, high);
    }

    /** @return « des milliers », "thousands": a mention with no number */
    public static Count vague() {
        return new Count(Quantifier.VAGUE, 0, 0);
    }

    /**
     * The point estimate: the stated value; for MORE_THAN and LESS_THAN, which exclude it, the nearest whole
     * number the words allow (v + 1, v − 1), so that the point lies within the interval; for BETWEEN the
     * midpoint, rounded down to whole people when a + b is odd; none for VAGUE.
     *
     * @return the point estimate, or empty for a VAGUE count
     */
    public OptionalLong point() {
        return switch (quantifier) {
            case VAGUE -> OptionalLong.empty();
            case MORE_THAN -> OptionalLong.of(value + 1);
            case LESS_THAN -> OptionalLong.of(value - 1);
            case BETWEEN -> OptionalLong.of((value + upper) / 2);
            default -> OptionalLong.of(value);
        };
    }

    /**
     * The interval of people that the words allow, under {@code policy} (see {@link Quantifier}).
     *
     * @param policy the margin for ABOUT and NEARLY
     * @return the interval; [0, unbounded) for VAGUE
     */
    public Interval interval(QuantifierPolicy policy) {
        return switch (quantifier) {
            case EXACT -> Interval.point(value);
            case ABOUT -> Interval.closed(policy.below(value), policy.above(value));
            case NEARLY -> Interval.closed(policy.below(value), value);
            case AT_LEAST -> Interval.atLeast(value);
            case MORE_THAN -> Interval.atLeast(value + 1);
            case UP_TO -> Interval.closed(0, value);
            case LESS_THAN -> Interval.closed(0, value - 1);
            case BETWEEN -> Interval.closed(value, upper);
            case VAGUE -> Interval.atLeast(0);
        };
    }

    /** @return the interval under {@link QuantifierPolicy#DEFAULT} */
    public Interval interval() {
        return interval(QuantifierPolicy.DEFAULT);
    }

    /**
     * Reads the form that {@link #toString()} prints: {@code 6000}, {@code ~250000}, {@code <~10000},
     * {@code >=6000}, {@code >6000}, {@code <=6000}, {@code <6000}, {@code 6000..10000} or {@code ?}.
     *
     * @param text the text, digits only (no separators, no spaces)
     * @return the count
     * @throws DisplacementDataException naming the text and the valid forms
     */
    public static Count parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new DisplacementDataException("Count must be written as digits with an optional prefix"
                    + " ~ <~ >= > <= <, as low..high, or as ? but was '" + text + "'");
        }
        if (text.equals("?")) {
            return vague();
        }
        if (m.group(3) != null) {
            return between(digits(m.group(3), text), digits(m.group(4), text));
        }
        String symbol = m.group(1) == null ? "" : m.group(1);
        for (Quantifier q : Quantifier.values()) {
            if (q.symbol().equals(symbol)) {
                return of(q, digits(m.group(2), text));
            }
        }
        throw new IllegalStateException("unreachable: every prefix in FORM is a quantifier symbol");
    }

    private static long digits(String digits, String text) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new DisplacementDataException("Count.value must be <= " + MAX_VALUE + " but was '" + text + "'", e);
        }
    }

    @Override
    public String toString() {
        return switch (quantifier) {
            case VAGUE -> "?";
            case BETWEEN -> value + ".." + upper;
            default -> quantifier.symbol() + value;
        };
    }
}
