package org.displacementstats.io;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.dataset.Expectation;
import org.displacementstats.figure.Count;
import org.displacementstats.figure.Flow;
import org.displacementstats.figure.Period;
import org.displacementstats.figure.PeriodAccuracy;
import org.displacementstats.figure.Place;
import org.displacementstats.figure.PlaceKind;

/**
 * IDMC event records, one row per event or per report, each a flow of displacements in the country (rows of one
 * event are all kept, never merged by name):
 * <ul>
 * <li>GIDD disaster events ({@code iso3, country_name, year, start_date, end_date, event_name, hazard_type_name,
 * new_displacement}; an HXL row under the header is allowed): the flow runs from start to end date (the start
 * alone when the end is blank); the {@code _rounded} copies are kept, never added;</li>
 * <li>IDU event records ({@code id, iso3, country, displacement_type, qualifier, figure, displacement_date}):
 * the flow is dated on its displacement date (date-times are read as their day); a qualifier
 * {@code more than} makes it a lower bound ("at least", as IDMC means it), {@code approximately} an "about".</li>
 * </ul>
 */
final class IdmcEventsReader {
    static final String FORMAT = "an IDMC event table (GIDD: iso3, year, start_date, new_displacement; IDU: id,"
            + " iso3, figure, displacement_date)";

    private IdmcEventsReader() {}

    /** The columns of a GIDD events table. */
    private record Gidd(
            int iso3,
            int name,
            int year,
            int start,
            int end,
            OptionalInt accuracy,
            int event,
            int hazard,
            int value,
            OptionalInt stock) {}

    /** The columns of an IDU table. */
    private record Idu(int id, int iso3, int name, int type, int qualifier, int value, int date) {}

    static ImportResult read(Path path, ImportOptions options, ImportPass pass) {
        ImportContext ctx = new ImportContext(path, options, pass);
        try {
            ctx.refuseGivenDate("its date columns date every row");
            Record first = ctx.next();
            if (first == null) {
                throw new DisplacementDataException(ctx.file() + ": is empty; " + FORMAT + " starts with its header");
            }
            char separator = first.separator();
            Header h = Header.of(ctx.file(), FORMAT, first, separator);
            RowReader body;
            if (h.has("figure") && h.has("displacement_date")) {
                Idu c = new Idu(
                        h.require("id"),
                        h.require("iso3"),
                        h.require("country"),
                        h.require("displacement_type"),
                        h.require("qualifier"),
                        h.require("figure"),
                        h.require("displacement_date"));
                body = (row, fields) -> idu(row, fields, c);
            } else {
                Gidd c = new Gidd(
                        h.require("iso3"),
                        h.require("country_name"),
                        h.require("year"),
                        h.require("start_date"),
                        h.require("end_date"),
                        h.find("start_date_accuracy"),
                        h.require("event_name"),
                        h.require("hazard_type_name"),
                        h.require("new_displacement"),
                        h.find("total_displacement"));
                h.names().stream()
                        .filter(n -> n.endsWith("_rounded"))
                        .forEach(n -> ctx.keep(n + ": a rounded copy, never added"));
                body = (row, fields) -> gidd(row, fields, c);
            }
            Record r;
            boolean firstRow = true;
            while ((r = ctx.next()) != null) {
                Record record = r;
                // Read here, to skip the HXL row: a record that cannot be split stops the import.
                List<String> fields = record.fields(separator).orElseThrow(record);
                if (firstRow && HxlColumn.isHashtagRow(fields)) {
                    firstRow = false;
                    continue;
                }
                firstRow = false;
                ctx.read(record, Parsed.of(fields), body);
            }
            return ctx.finish("IDMC");
        } finally {
            ctx.close();
        }
    }

    private static Optional<Problem> gidd(ImportRow row, List<String> fields, Gidd c) {
        String iso3 = ImportRow.cell(fields, c.iso3()).strip();
        String name = ImportRow.cell(fields, c.name()).strip();
        String year = ImportRow.cell(fields, c.year()).strip();
        if (!year.matches("(19|20)\\d\\d")) {
            return Optional.of(
                    Problem.ofCell(c.year(), "year", "expected a year from 1900 to 2099", year, "write e.g. 2022"));
        }
        Parsed<LocalDate> startDay = row.isoDate(fields, c.start(), "start_date");
        if (startDay.isRejected()) {
            return startDay.problem();
        }
        LocalDate start = startDay.value();
        Parsed<LocalDate> endDay =
                ImportRow.cell(fields, c.end()).isBlank() ? startDay : row.isoDate(fields, c.end(), "end_date");
        if (endDay.isRejected()) {
            return endDay.problem();
        }
        LocalDate end = endDay.value();
        boolean reversed = end.isBefore(start);
        if (reversed) {
            end = start;
        }
        String accuracy = c.accuracy().stream()
                .mapToObj(i -> ImportRow.cell(fields, i).strip())
                .findFirst()
                .orElse("Day");
        Period period = new Period(
                start, end, accuracy.equalsIgnoreCase("Day") ? PeriodAccuracy.DAY : PeriodAccuracy.APPROXIMATE);
        if (c.stock().isPresent()) {
            int i = c.stock().getAsInt();
            Parsed<OptionalLong> stock = row.people(fields, i, "total_displacement");
            if (stock.isRejected()) {
                return stock.problem();
            }
            if (stock.value().isPresent()) {
                return Optional.of(Problem.ofCell(
                        i,
                        "total_displacement",
                        "an event table holds no stock",
                        String.valueOf(stock.value().getAsLong()),
                        "import the country × year table for stocks"));
            }
        }
        Parsed<OptionalLong> people = row.people(fields, c.value(), "new_displacement");
        if (people.isRejected()) {
            return people.problem();
        }
        OptionalLong value = people.value();
        row.date(end);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String hazard = ImportRow.cell(fields, c.hazard()).strip().toLowerCase(Locale.ROOT);
        String event = ImportRow.cell(fields, c.event()).strip();
        String id = row.uniqueId(
                iso3.toLowerCase(Locale.ROOT) + "-" + year + "-" + Slug.of(event.isEmpty() ? "event" : event));
        Optional<Problem> duplicate = flow(
                row,
                c.value(),
                "new_displacement",
                id,
                "new displacements" + (hazard.isEmpty() ? "" : " (" + hazard + ")"),
                Place.of(name.isEmpty() ? iso3 : name, PlaceKind.COUNTRY),
                period,
                Count.exact(value.getAsLong()));
        if (duplicate.isPresent()) {
            return duplicate;
        }
        if (reversed) {
            row.expect(new Expectation.Noted(
                    "end-before-start",
                    id,
                    row.where() + ": end_date "
                            + ImportRow.cell(fields, c.end()).strip() + " is before start_date " + start
                            + "; the event is dated on its start day only"));
        }
        return Optional.empty();
    }

    private static Optional<Problem> idu(ImportRow row, List<String> fields, Idu c) {
        String id = ImportRow.cell(fields, c.id()).strip();
        if (!id.matches("\\d{1,18}")) {
            return Optional.of(
                    Problem.ofCell(c.id(), "id", "expected IDMC's numeric record id", id, "check the id column"));
        }
        Parsed<LocalDate> day = row.isoDate(fields, c.date(), "displacement_date");
        if (day.isRejected()) {
            return day.problem();
        }
        LocalDate date = day.value();
        Parsed<OptionalLong> people = row.people(fields, c.value(), "figure");
        if (people.isRejected()) {
            return people.problem();
        }
        OptionalLong value = people.value();
        row.date(date);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String qualifier = ImportRow.cell(fields, c.qualifier()).strip().toLowerCase(Locale.ROOT);
        long v = value.getAsLong();
        Count count;
        switch (qualifier) {
            case "total", "" -> count = Count.exact(v);
            case "approximately" -> count = Count.about(v);
            case "more than" -> count = Count.atLeast(v);
            default -> {
                return Optional.of(Problem.ofCell(
                        c.qualifier(),
                        "qualifier",
                        "expected total, approximately or more than",
                        qualifier,
                        "check the qualifier"));
            }
        }
        String name = ImportRow.cell(fields, c.name()).strip();
        String iso3 = ImportRow.cell(fields, c.iso3()).strip();
        String type = ImportRow.cell(fields, c.type()).strip().toLowerCase(Locale.ROOT);
        return flow(
                row,
                c.value(),
                "figure",
                "idu-" + id,
                "displacements" + (type.isEmpty() ? "" : " (" + type + ")"),
                Place.of(name.isEmpty() ? iso3 : name, PlaceKind.COUNTRY),
                Period.days(date, date),
                count);
    }

    /** @return the problem if the id was already read, else empty */
    private static Optional<Problem> flow(
            ImportRow row, int index, String field, String id, String what, Place country, Period period, Count count) {
        return row.figure(
                id,
                index,
                field,
                e -> Flow.stated(id)
                        .what(what)
                        .from(country)
                        .count(count)
                        .during(period)
                        .evidence(e));
    }
}
