package org.displacementstats.io;

import java.nio.file.Path;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.displacementstats.figure.Count;
import org.displacementstats.figure.Period;
import org.displacementstats.figure.Place;
import org.displacementstats.figure.PlaceKind;
import org.displacementstats.io.PopulationType.Movement;

/**
 * UNHCR popstats monthly asylum applications, without header: {@code asylum country, origin, year, month
 * (English name), value}. Each value is a flow from the origin into the country of asylum during the month; a
 * suppressed value ({@code *}, 1 to 4 people) is missing, counted, and reported as a warning, never 0.
 */
final class UnhcrMonthlyReader {
    private UnhcrMonthlyReader() {}

    static ImportResult read(Path path, ImportOptions options, ImportPass pass) {
        ImportContext ctx = new ImportContext(path, options, pass);
        try {
            ctx.refuseGivenDate("its year and month columns date every row");
            Record r;
            while ((r = ctx.next()) != null) {
                Record record = r;
                ctx.read(record, record.fields(record.separator()), UnhcrMonthlyReader::readRow);
            }
            return ctx.finish("UNHCR (popstats)");
        } finally {
            ctx.close();
        }
    }

    private static Optional<Problem> readRow(ImportRow row, List<String> fields) {
        if (fields.size() != 5) {
            return Optional.of(Problem.ofRecord(
                    Math.min(fields.size(), 5),
                    "",
                    "expected five fields (country of asylum, origin, year," + " month, value) but found "
                            + fields.size(),
                    "is this a popstats monthly export without" + " its header rows?"));
        }
        String asylum = fields.get(0).strip();
        String origin = fields.get(1).strip();
        String yearText = fields.get(2).strip();
        if (!yearText.matches("(19|20)\\d\\d")) {
            return Optional.of(
                    Problem.ofCell(2, "year", "expected a year from 1900 to 2099", yearText, "write e.g. 2015"));
        }
        String monthText = fields.get(3).strip();
        Month month = null;
        for (Month m : Month.values()) {
            if (m.name().equalsIgnoreCase(monthText)) {
                month = m;
            }
        }
        if (month == null) {
            return Optional.of(Problem.ofCell(
                    3, "month", "expected an English month name (January … December)", monthText, "write e.g. June"));
        }
        YearMonth ym = YearMonth.of(Integer.parseInt(yearText), month);
        Period period = Period.days(ym.atDay(1), ym.atEndOfMonth());
        Parsed<OptionalLong> people = row.people(fields, 4, "value");
        if (people.isRejected()) {
            return people.problem();
        }
        OptionalLong value = people.value();
        row.date(period.end());
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String id = row.uniqueId(
                Slug.of(asylum) + "-" + ym.toString().toLowerCase(Locale.ROOT) + "-from-" + Slug.of(origin));
        return CountryFigures.add(
                row,
                4,
                "value",
                id,
                "asylum applications",
                Movement.IN,
                Place.of(origin, PlaceKind.COUNTRY),
                Place.of(asylum, PlaceKind.COUNTRY),
                period,
                Count.exact(value.getAsLong()));
    }
}
