package org.displacementstats.io;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    private static final Parsed<Optional<Period>> NO_DATE = Parsed.of(Optional.empty());
    private static final int SLUGS = 4096;

    private final ImportContext ctx;
    private final HxlColumns columns;
    /*
     * The last date cell of each role and what it read, the last period made and the last day written: rows come
     * in runs of the same dates, and a big import reads millions of them.
     */
    private final Map<Role, String> lastText = new EnumMap<>(Role.class);
    private final Map<Role, Parsed<Optional<Period>>> lastRead = new EnumMap<>(Role.class);
    private Period lastFrom;
    private Period lastTo;
    private Parsed<Period> lastPeriod;
    private LocalDate lastDay;
    private String lastDayText;
    private final Map<String, String> slugs = new HashMap<>();

    HxlCells(ImportContext ctx, HxlColumns columns) {
        this.ctx = ctx;
        this.columns = columns;
    }

    /** The period of a cell of {@code role}, empty if the row has none; rejected if it is no date. */
    private Parsed<Optional<Period>> cell(List<String> fields, Role role) {
        Optional<HxlColumn> column = columns.first(role);
        Optional<String> text = column.flatMap(c -> HxlColumns.text(fields, c));
        if (text.isEmpty()) {
            return NO_DATE;
        }
        String v = text.get();
        if (v.equals(lastText.get(role))) {
            return lastRead.get(role);
        }
        try {
            Parsed<Optional<Period>> read = Parsed.of(Optional.of(DateCells.period(v)));
            lastText.put(role, v);
            lastRead.put(role, read);
            return read;
        } catch (DateTimeException e) {
            HxlColumn c = column.orElseThrow();
            return Parsed.rejected(Problem.ofCell(
                    c.index(),
                    c.header(),
                    "expected an ISO date YYYY-MM-DD (or a date-time), a month"
                            + " YYYY-MM or a year YYYY"
                            + (e.getMessage() != null && e.getMessage().contains(" is not a day")
                                    ? " (" + e.getMessage() + ")"
                                    : ""),
                    v,
                    "write e.g. 2016-11-28"));
        }
    }

    /**
     * The period of a row's figures: from its start, reported and end dates; else its year (a stock at the year's
     * last day, a flow over the whole year); else the date given to the import.
     */
    Parsed<Period> period(List<String> fields, boolean stock) {
        Parsed<Optional<Period>> reportedCell = cell(fields, Role.REPORTED);
        if (reportedCell.isRejected()) {
            return reportedCell.passOn();
        }
        Parsed<Optional<Period>> startCell = cell(fields, Role.START);
        if (startCell.isRejected()) {
            return startCell.passOn();
        }
        Parsed<Optional<Period>> endCell = cell(fields, Role.END);
        if (endCell.isRejected()) {
            return endCell.passOn();
        }
        Optional<Period> reported = reportedCell.value();
        Optional<Period> start = startCell.value();
        Optional<Period> end = endCell.value();
        Optional<Period> first = start.or(() -> reported).or(() -> end);
        if (first.isEmpty()) {
            Parsed<Optional<Period>> yearCell = cell(fields, Role.YEAR);
            if (yearCell.isRejected()) {
                return yearCell.passOn();
            }
            if (yearCell.value().isPresent()) {
                Period y = yearCell.value().get();
                return Parsed.of(stock ? Period.days(y.end(), y.end()) : Period.days(y.start(), y.end()));
            }
            if (ctx.givenDate().isPresent()) {
                return Parsed.of(ctx.givenDate().get());
            }
            HxlColumn c = columns.first(Role.REPORTED)
                    .or(() -> columns.first(Role.START))
                    .or(() -> columns.first(Role.YEAR))
                    .orElse(columns.all().get(0));
            return Parsed.rejected(Problem.ofCell(
                    c.index(),
                    c.header(),
                    "each figure needs a date: tag"
                            + " #date+reported, #date+start and #date+end, or #date+year, or give the"
                            + " import a date (--date)",
                    "",
                    "fill in the date"));
        }
        Period from = first.get();
        Period to = end.or(() -> reported).or(() -> start).orElseThrow();
        if (to.end().isBefore(from.start())) {
            HxlColumn c = columns.first(Role.END).orElse(columns.all().get(0));
            return Parsed.rejected(Problem.ofCell(
                    c.index(),
                    c.header(),
                    "the end date must not be before the start " + from.start(),
                    to.end().toString(),
                    "swap or fix the dates"));
        }
        PeriodAccuracy accuracy = from.accuracy() == PeriodAccuracy.DAY && to.accuracy() == PeriodAccuracy.DAY
                ? PeriodAccuracy.DAY
                : PeriodAccuracy.APPROXIMATE;
        Optional<String> given = columns.text(fields, Role.ACCURACY);
        if (given.isPresent()) {
            HxlColumn acc = columns.first(Role.ACCURACY).orElseThrow();
            switch (given.get().toLowerCase(Locale.ROOT)) {
                case "day" -> accuracy = PeriodAccuracy.DAY;
                case "approximate" -> accuracy = PeriodAccuracy.APPROXIMATE;
                default -> {
                    return Parsed.rejected(Problem.ofCell(
                            acc.index(),
                            acc.header(),
                            "expected day or approximate",
                            given.get(),
                            "write day or approximate"));
                }
            }
        }
        if (lastPeriod == null
                || !from.equals(lastFrom)
                || !to.equals(lastTo)
                || lastPeriod.value().accuracy() != accuracy) {
            lastFrom = from;
            lastTo = to;
            lastPeriod = Parsed.of(new Period(from.start(), to.end(), accuracy));
        }
        return lastPeriod;
    }

    /** @return the day as an id writes it ({@code 2016-11-28}) */
    private String day(LocalDate day) {
        if (!day.equals(lastDay)) {
            lastDay = day;
            lastDayText = day.toString();
        }
        return lastDayText;
    }

    /** The slug of a name, kept for the next rows that name it. */
    String slug(String name) {
        String slug = slugs.get(name);
        if (slug == null) {
            if (slugs.size() == SLUGS) {
                slugs.clear();
            }
            slug = Slug.of(name);
            slugs.put(name, slug);
        }
        return slug;
    }

    /** @return the id of a figure whose row has none: its place, last day and what it counts */
    String madeId(String anchor, Period period, String what) {
        String place = slug(anchor);
        String day = day(period.end());
        String counted = slug(what);
        // The parts first, then one concatenation of locals, which the server compiler makes into one array.
        return place + "-" + day + "-" + counted;
    }

    Parsed<Count> count(ImportRow row, List<String> fields, OptionalLong value) {
        if (columns.has(Role.QUANTIFIER)) {
            return reportCount(row, fields, value);
        }
        Optional<String> countText = columns.text(fields, Role.COUNT);
        if (countText.isEmpty()) {
            return Parsed.of(Count.exact(value.getAsLong()));
        }
        HxlColumn c = columns.first(Role.COUNT).orElseThrow();
        Count parsed;
        try {
            parsed = Count.parse(countText.get());
        } catch (DisplacementDataException e) {
            return Parsed.rejected(Problem.ofCell(
                    c.index(),
                    c.header(),
                    "expected a count like 6000, ~250000, <~10000, >=6000, 6000..10000" + " or ?",
                    countText.get(),
                    "fix #meta+count"));
        }
        if (!parsed.point().equals(value)) {
            return Parsed.rejected(Problem.ofCell(
                    c.index(),
                    c.header(),
                    "the count's point must equal the number of people "
                            + (value.isPresent() ? String.valueOf(value.getAsLong()) : "(blank)"),
                    countText.get(),
                    "make the two columns agree"));
        }
        return Parsed.of(parsed);
    }

    /** The count of a report's figures.csv: the stated value with its quantifier (and upper value for a range). */
    private Parsed<Count> reportCount(ImportRow row, List<String> fields, OptionalLong value) {
        HxlColumn q = columns.first(Role.QUANTIFIER).orElseThrow();
        String text = HxlColumns.text(fields, q).orElse("exact");
        Optional<Quantifier> named = Quantifier.fromCsvName(text);
        if (named.isEmpty()) {
            return Parsed.rejected(Problem.ofCell(
                    q.index(),
                    q.header(),
                    "expected a quantifier of the data format (exact, about, nearly, at_least, between, vague …)",
                    text,
                    "fix #meta+quantifier"));
        }
        Quantifier quantifier = named.get();
        if (quantifier == Quantifier.VAGUE) {
            return Parsed.of(Count.vague());
        }
        if (quantifier == Quantifier.BETWEEN) {
            HxlColumn h = columns.first(Role.COUNT_HIGH).orElse(q);
            Parsed<OptionalLong> high = row.people(fields, h.index(), h.header());
            if (high.isRejected()) {
                return high.passOn();
            }
            if (high.value().isEmpty()) {
                return Parsed.rejected(Problem.ofCell(
                        h.index(), h.header(), "a range needs its upper value", "", "fill in #meta+count_high"));
            }
            return Parsed.of(Count.between(value.getAsLong(), high.value().getAsLong()));
        }
        return Parsed.of(Count.of(quantifier, value.getAsLong()));
    }
}
