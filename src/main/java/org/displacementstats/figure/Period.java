package org.displacementstats.figure;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.displacementstats.DisplacementDataException;

/**
 * The days a figure covers, both included: a stock's date of reference or a flow's span.
 *
 * <p>Immutable and safe to share between threads.
 *
 * @param start the first day
 * @param end the last day, not before {@code start}
 * @param accuracy how precisely the days are known
 */
public record Period(LocalDate start, LocalDate end, PeriodAccuracy accuracy) {

    /**
     * Checks that the days are in order.
     *
     * @param start the first day
     * @param end the last day, not before {@code start}
     * @param accuracy how precisely the days are known
     */
    public Period {
        Objects.requireNonNull(start, "Period.start");
        Objects.requireNonNull(end, "Period.end");
        Objects.requireNonNull(accuracy, "Period.accuracy");
        if (end.isBefore(start)) {
            throw new DisplacementDataException(
                    "Period.end must not be before Period.start " + start + " but was " + end);
        }
    }

    /**
     * A period known to the day.
     *
     * @param start the first day
     * @param end the last day
     * @return the period
     */
    public static Period days(LocalDate start, LocalDate end) {
        return new Period(start, end, PeriodAccuracy.DAY);
    }

    /** @return the number of days covered, both ends included (27 to 28 November is 2) */
    public long lengthInDays() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }
}
