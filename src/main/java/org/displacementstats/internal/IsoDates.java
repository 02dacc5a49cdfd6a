package org.displacementstats.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one strict reader of ISO dates that every file reader shares: {@code YYYY-MM-DD} with a four-digit year
 * ({@link LocalDate#parse} alone also reads {@code +999999999-12-31}), and, where a file may hold them, ISO
 * date-times read as the day they are written on ({@code 2017-12-31T00:00:00}, {@code 2023-11-06T11:00:00.000Z},
 * {@code 2024-03-31T23:30+02:00}): the day as written, never shifted to another zone.
 */
public final class IsoDates {
    /** The length of {@code YYYY-MM-DD}. */
    private static final int DAY_LENGTH = 10;

    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})[T ]\\d{2}:\\d{2}(?::\\d{2}" + "(?:[.,]\\d{1,9})?)?(?:Z|[+-]\\d{2}(?::?\\d{2})?)?");

    private IsoDates() {}

    /** @return whether the text is {@code dddd-dd-dd}, ASCII digits */
    private static boolean isDayShape(String text) {
        if (text.length() != DAY_LENGTH) {
            return false;
        }
        for (int i = 0; i < DAY_LENGTH; i++) {
            char c = text.charAt(i);
            if (i == 4 || i == 7 ? c != '-' : c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * A day written {@code YYYY-MM-DD}.
     *
     * @param text the text, without surrounding blanks
     * @return the day
     * @throws DateTimeParseException if the text is not {@code YYYY-MM-DD}, or is well-formed but not on the
     *     calendar (its message then says why: {@code 2016-11-31 is not a day: November 2016 has 30 days})
     */
    public static LocalDate day(String text) {
        // (\\d{4})-(\\d{2})-(\\d{2}), read without a regular expression: every date cell of a large file comes here.
        if (!isDayShape(text)) {
            throw new DateTimeParseException("not YYYY-MM-DD", text, 0);
        }
        int year = Integer.parseInt(text, 0, 4, 10);
        int month = Integer.parseInt(text, 5, 7, 10);
        int day = Integer.parseInt(text, 8, 10, 10);
        if (month < 1 || month > 12) {
            throw new DateTimeParseException(
                    text + " is not a day: the month must be 01 to 12 but is " + text.substring(5, 7), text, 5);
        }
        YearMonth ym = YearMonth.of(year, month);
        if (day < 1 || day > ym.lengthOfMonth()) {
            throw new DateTimeParseException(
                    text + " is not a day: "
                            + ym.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year + " has "
                            + ym.lengthOfMonth() + " days",
                    text,
                    8);
        }
        return LocalDate.of(year, month, day);
    }

    /**
     * Whether a parse failure of {@link #day} is a well-formed date that is not on the calendar.
     *
     * @param e the failure
     * @return whether its message says why the date is not a day
     */
    public static boolean isNotADay(DateTimeParseException e) {
        return e.getMessage().contains(" is not a day: ");
    }

    /**
     * A day, or an ISO date-time read as the day it is written on (with or without seconds, fraction and zone).
     *
     * @param text the text, without surrounding blanks
     * @return the day
     * @throws DateTimeParseException as {@link #day(String)}
     */
    public static LocalDate dayOrDateTime(String text) {
        if (text.length() == DAY_LENGTH) {
            // A day alone, which DATE_TIME cannot match.
            return day(text);
        }
        Matcher m = DATE_TIME.matcher(text);
        return day(m.matches() ? m.group(1) : text);
    }
}
