package org.displacementstats.io;

import java.time.DateTimeException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.figure.Count;
import org.displacementstats.figure.Period;
import org.displacementstats.figure.PeriodAccuracy;
import org.displacementstats.figure.Quantifier;
import org.displacementstats.io.HxlColumn.Role;

/**
 * The dates and counts of a row of an HXL table ({@link HxlRowReader}): its period, from the date columns or the
 * date given to the import, and the count of a value, with the quantifier and upper value a report's
 * {@code figures.csv} gives.
 */
final class HxlCells {
    private final ImportContext ctx;
    private final HxlColumns columns;

    HxlCells(ImportContext ctx, HxlColumns columns) {
        this.ctx = ctx;
        this.columns = columns;
    }

    /** The period of a cell of {@code role}, if the row has one. */
    private Optional<Period> cell(ImportRow row, List<String> fields, Role role) {
        return columns.first(role)
                .flatMap(c -> HxlColumns.text(fields, c).map(v -> {
                    try {
                        return DateCells.period(v);
                    } catch (DateTimeException e) {
                        throw row.bad(
                                c.index(),
                                c.header(),
                                "expected an ISO date YYYY-MM-DD (or a date-time), a month"
                                        + " YYYY-MM or a year YYYY"
                                        + (e.getMessage() != null
                                                        && e.getMessage().contains(" is not a day")
                                                ? " (" + e.getMessage() + ")"
                                                : ""),
                                v,
                                "write e.g. 2016-11-28");
                    }
                }));
    }

    /**
     * The period of a row's figures: from its start, reported and end dates; else its year (a stock at the year's
     * last day, a flow over the whole year); else the date given to the import.
     */
    Period period(ImportRow row, List<String> fields, boolean stock) {
        Optional<Period> reported = cell(row, fields, Role.REPORTED);
        Optional<Period> start = cell(row, fields, Role.START);
        Optional<Period> end = cell(row, fields, Role.END);
        Period from = start.or(() -> reported).or(() -> end).orElse(null);
        Period to = end.or(() -> reported).or(() -> start).orElse(null);
        if (from == null) {
            Optional<Period> year = cell(row, fields, Role.YEAR);
            if (year.isPresent()) {
                Period y = year.get();
                return stock ? Period.days(y.end(), y.end()) : Period.days(y.start(), y.end());
            }
            HxlColumn c = columns.first(Role.REPORTED)
                    .or(() -> columns.first(Role.START))
                    .or(() -> columns.first(Role.YEAR))
                    .orElse(columns.all().get(0));
            return ctx.givenDate()
                    .orElseThrow(() -> row.bad(
                            c.index(),
                            c.header(),
                            "each figure needs a date: tag"
                                    + " #date+reported, #date+start and #date+end, or #date+year, or give the"
                                    + " import a date (--date)",
                            "",
                            "fill in the date"));
        }
        if (to.end().isBefore(from.start())) {
            HxlColumn c = columns.first(Role.END).orElse(columns.all().get(0));
            throw row.bad(
                    c.index(),
                    c.header(),
                    "the end date must not be before the start " + from.start(),
                    to.end().toString(),
                    "swap or fix the dates");
        }
        PeriodAccuracy accuracy = from.accuracy() == PeriodAccuracy.DAY && to.accuracy() == PeriodAccuracy.DAY
                ? PeriodAccuracy.DAY
                : PeriodAccuracy.APPROXIMATE;
        Optional<String> given = columns.text(fields, Role.ACCURACY);
        if (given.isPresent()) {
            HxlColumn acc = columns.first(Role.ACCURACY).orElseThrow();
            accuracy = switch (given.get().toLowerCase(Locale.ROOT)) {
                case "day" -> PeriodAccuracy.DAY;
                case "approximate" -> PeriodAccuracy.APPROXIMATE;
                default ->
                    throw row.bad(
                            acc.index(),
                            acc.header(),
                            "expected day or approximate",
                            given.get(),
                            "write day or approximate");
            };
        }
        return new Period(from.start(), to.end(), accuracy);
    }

    Count count(ImportRow row, List<String> fields, OptionalLong value) {
        if (columns.has(Role.QUANTIFIER)) {
            return reportCount(row, fields, value);
        }
        Optional<String> countText = columns.text(fields, Role.COUNT);
        if (countText.isEmpty()) {
            return Count.exact(value.getAsLong());
        }
        HxlColumn c = columns.first(Role.COUNT).orElseThrow();
        Count parsed;
        try {
            parsed = Count.parse(countText.get());
        } catch (DisplacementDataException e) {
            throw row.bad(
                    c.index(),
                    c.header(),
                    "expected a count like 6000, ~250000, <~10000, >=6000, 6000..10000" + " or ?",
                    countText.get(),
                    "fix #meta+count");
        }
        if (!parsed.point().equals(value)) {
            throw row.bad(
                    c.index(),
                    c.header(),
                    "the count's point must equal the number of people "
                            + (value.isPresent() ? String.valueOf(value.getAsLong()) : "(blank)"),
                    countText.get(),
                    "make the two columns agree");
        }
        return parsed;
    }

    /** The count of a report's figures.csv: the stated value with its quantifier (and upper value for a range). */
    private Count reportCount(ImportRow row, List<String> fields, OptionalLong value) {
        HxlColumn q = columns.first(Role.QUANTIFIER).orElseThrow();
        String text = HxlColumns.text(fields, q).orElse("exact");
        Quantifier quantifier = Quantifier.fromCsvName(text)
                .orElseThrow(() -> row.bad(
                        q.index(),
                        q.header(),
                        "expected a quantifier of the data format (exact, about, nearly, at_least, between, vague …)",
                        text,
                        "fix #meta+quantifier"));
        if (quantifier == Quantifier.VAGUE) {
            return Count.vague();
        }
        if (quantifier == Quantifier.BETWEEN) {
            HxlColumn h = columns.first(Role.COUNT_HIGH).orElse(q);
            OptionalLong high = row.people(fields, h.index(), h.header());
            if (high.isEmpty()) {
                throw row.bad(h.index(), h.header(), "a range needs its upper value", "", "fill in #meta+count_high");
            }
            return Count.between(value.getAsLong(), high.getAsLong());
        }
        return Count.of(quantifier, value.getAsLong());
    }
}
