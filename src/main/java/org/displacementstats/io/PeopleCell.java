package org.displacementstats.io;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.displacementstats.figure.Count;

/**
 * A number-of-people cell as analysts' files write it, read without exceptions: a count, missing, suppressed,
 * or refused with the rule it breaks and a fix.
 *
 * @param kind what the cell holds
 * @param value the count, when {@link Kind#COUNT}
 * @param rule for a refused cell, the rule it breaks
 * @param fix for a refused cell, what would be valid
 */
record PeopleCell(Kind kind, long value, String rule, String fix) {
    private static final Pattern DIGITS = Pattern.compile("\\d{1,19}");
    private static final Pattern WHOLE_DECIMAL = Pattern.compile("(\\d{1,19})\\.0+");
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,19}\\.\\d+");
    /** R and spreadsheets write round counts as {@code 1e+05}: read when the value is a whole number. */
    private static final Pattern SCIENTIFIC = Pattern.compile("\\d{1,3}(?:\\.\\d{1,15})?[eE]\\+?\\d{1,2}");
    /** Thousands grouped with one kind of comma or space: unambiguous, as a count has no decimals. */
    private static final Pattern GROUPED = Pattern.compile(
            "\\d{1,3}(?:,\\d{3})+|\\d{1,3}(?: \\d{3})+" + "|\\d{1,3}(?:\u00a0\\d{3})+|\\d{1,3}(?:\u202f\\d{3})+");
    /** Grouped with dots or apostrophes, or mixed: 1.200 is 1200 in French and 1.2 in English. */
    private static final Pattern AMBIGUOUS = Pattern.compile("\\d{1,3}(?:[,.\u00a0\u202f ']\\d{3})+");
    /** The spellings of a missing value, compared in lower case: never 0. */
    static final Set<String> MISSING = Set.of("", "nan", "n/a", "na", "-");
    /** A value suppressed by its publisher (UNHCR writes {@code *} for 1 to 4): missing, counted and warned. */
    static final String SUPPRESSED = "*";

    private static final String TOO_LARGE =
            "must be at most " + Count.MAX_VALUE + " (more than the world's population)";

    /** What a cell holds. */
    enum Kind {
        COUNT,
        MISSING,
        SUPPRESSED,
        REFUSED
    }

    private static PeopleCell refused(String rule, String fix) {
        return new PeopleCell(Kind.REFUSED, 0, rule, fix);
    }

    /**
     * @param raw the cell as in the file
     * @return what it holds
     */
    static PeopleCell read(String raw) {
        String value = raw.strip();
        if (isPlainDigits(value)) {
            // Most cells: what DIGITS below matches, read without a matcher.
            long v = Long.parseLong(value);
            return v > Count.MAX_VALUE ? refused(TOO_LARGE, "check the number") : new PeopleCell(Kind.COUNT, v, "", "");
        }
        if (MISSING.contains(value.toLowerCase(Locale.ROOT))) {
            return new PeopleCell(Kind.MISSING, 0, "", "");
        }
        if (value.equals(SUPPRESSED)) {
            return new PeopleCell(Kind.SUPPRESSED, 0, "", "");
        }
        if (AMBIGUOUS.matcher(value).matches() && !GROUPED.matcher(value).matches()) {
            return refused(
                    "expected a whole number, grouped by thousands only with commas or spaces (1.200 could be"
                            + " 1.2)",
                    "write " + value.replaceAll("\\D", "") + " if that is meant");
        }
        var whole = WHOLE_DECIMAL.matcher(value);
        String digits = DIGITS.matcher(value).matches()
                ? value
                : whole.matches()
                        ? whole.group(1)
                        : GROUPED.matcher(value).matches() ? value.replaceAll("\\D", "") : null;
        if (digits == null && SCIENTIFIC.matcher(value).matches()) {
            BigDecimal d = new BigDecimal(value);
            if (d.stripTrailingZeros().scale() > 0) {
                return refused("a number of people must be whole", "check the column");
            }
            digits = d.toBigInteger().toString();
        }
        if (digits != null) {
            if (digits.length() > 19 || Long.parseLong(digits) > Count.MAX_VALUE) {
                return refused(TOO_LARGE, "check the number");
            }
            return new PeopleCell(Kind.COUNT, Long.parseLong(digits), "", "");
        }
        if (DECIMAL.matcher(value).matches()) {
            return refused("a number of people must be whole", "check the column: is it a ratio or an average?");
        }
        if (value.startsWith("-") && DIGITS.matcher(value.substring(1)).matches()) {
            return refused("must be >= 0 (a number of people)", "write the number without a sign");
        }
        return refused(
                "expected a whole number of people, or blank, nan, NA, N/A or - when missing", "write e.g. 1200");
    }

    /** @return whether the text is 1 to 18 ASCII digits: a long, read as such */
    private static boolean isPlainDigits(String value) {
        if (value.isEmpty() || value.length() > 18) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
