package org.displacementstats.io;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;
import org.displacementstats.figure.Period;
import org.displacementstats.figure.PeriodAccuracy;
import org.displacementstats.internal.IsoDates;

/**
 * The days a date cell or a {@code --date} covers: a day {@code 2016-12-31} (or an ISO date-time, read as its
 * day), a month {@code 2016-12}, a year {@code 2016}, or a range {@code 2016-01-01/2016-12-31}. A month or a
 * year is approximate; a range is at day accuracy when both ends are days.
 */
final class DateCells {
    static final String WHAT = "a day YYYY-MM-DD, a month YYYY-MM, a year YYYY or a range FROM/TO";
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private DateCells() {}

    /**
     * @param text a date cell, stripped
     * @return the period it covers
     * @throws DateTimeException if it is none of the written forms, or not on the calendar
     */
    static Period period(String text) {
        int slash = text.indexOf('/');
        if (slash >= 0) {
            Period from = single(text.substring(0, slash).strip());
            Period to = single(text.substring(slash + 1).strip());
            if (to.end().isBefore(from.start())) {
                throw new DateTimeException(
                        "the range ends (" + to.end() + ") before it starts (" + from.start() + ")");
            }
            boolean days = from.accuracy() == PeriodAccuracy.DAY && to.accuracy() == PeriodAccuracy.DAY;
            return new Period(from.start(), to.end(), days ? PeriodAccuracy.DAY : PeriodAccuracy.APPROXIMATE);
        }
        return single(text);
    }

    private static Period single(String v) {
        if (v.length() > "yyyy-mm".length()) {
            // Neither a year nor a month: a day, or a date-time (most cells of a large file).
            LocalDate d = IsoDates.dayOrDateTime(v);
            return new Period(d, d, PeriodAccuracy.DAY);
        }
        if (YEAR.matcher(v).matches()) {
            int y = Integer.parseInt(v);
            return new Period(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), PeriodAccuracy.APPROXIMATE);
        }
        if (MONTH.matcher(v).matches()) {
            YearMonth ym = YearMonth.parse(v);
            return new Period(ym.atDay(1), ym.atEndOfMonth(), PeriodAccuracy.APPROXIMATE);
        }
        LocalDate d = IsoDates.dayOrDateTime(v);
        return new Period(d, d, PeriodAccuracy.DAY);
    }
}
