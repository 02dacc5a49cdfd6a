package org.displacementstats.io;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
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
            RowBody body;
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
                List<String> fields = record.fields(separator);
                if (firstRow && HxlColumn.isHashtagRow(fields)) {
                    firstRow = false;
                    continue;
                }
                firstRow = false;
                ctx.read(record, row -> body.read(row, fields));
            }
            return ctx.finish("IDMC");
        } catch (BadRow e) {
            throw e.toException();
        } finally {
            ctx.close();
        }
    }

    /** Reads one data row. */
    private interface RowBody {
        void read(ImportRow row, List<String> fields);
    }

    private static void gidd(ImportRow row, List<String> fields, Gidd c) {
        String iso3 = ImportRow.cell(fields, c.iso3()).strip();
        String name = ImportRow.cell(fields, c.name()).strip();
        String year = ImportRow.cell(fields, c.year()).strip();
        if (!year.matches("(19|20)\\d\\d")) {
            throw row.bad(c.year(), "year", "expected a year from 1900 to 2099", year, "write e.g. 2022");
        }
        LocalDate start = row.isoDate(fields, c.start(), "start_date");
        LocalDate end = ImportRow.cell(fields, c.end()).isBlank() ? start : row.isoDate(fields, c.end(), "end_date");
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
        c.stock()
                .ifPresent(i -> row.people(fields, i, "total_displacement").ifPresent(v -> {
                    throw row.bad(
                            i,
                            "total_displacement",
                            "an event table holds no stock",
                            String.valueOf(v),
                            "import the country × year table for stocks");
                }));
        var value = row.people(fields, c.value(), "new_displacement");
        row.date(end);
        if (value.isEmpty()) {
            return;
        }
        String hazard = ImportRow.cell(fields, c.hazard()).strip().toLowerCase(Locale.ROOT);
        String event = ImportRow.cell(fields, c.event()).strip();
        String id = row.uniqueId(
                iso3.toLowerCase(Locale.ROOT) + "-" + year + "-" + Slug.of(event.isEmpty() ? "event" : event));
        flow(
                row,
                c.value(),
                "new_displacement",
                id,
                "new displacements" + (hazard.isEmpty() ? "" : " (" + hazard + ")"),
                Place.of(name.isEmpty() ? iso3 : name, PlaceKind.COUNTRY),
                period,
                Count.exact(value.getAsLong()));
        if (reversed) {
            row.expect(new Expectation.Noted(
                    "end-before-start",
                    id,
                    row.where() + ": end_date "
                            + ImportRow.cell(fields, c.end()).strip() + " is before start_date " + start
                            + "; the event is dated on its start day only"));
        }
    }

    private static void idu(ImportRow row, List<String> fields, Idu c) {
        String id = ImportRow.cell(fields, c.id()).strip();
        if (!id.matches("\\d{1,18}")) {
            throw row.bad(c.id(), "id", "expected IDMC's numeric record id", id, "check the id column");
        }
        LocalDate date = row.isoDate(fields, c.date(), "displacement_date");
        var value = row.people(fields, c.value(), "figure");
        row.date(date);
        if (value.isEmpty()) {
            return;
        }
        String qualifier = ImportRow.cell(fields, c.qualifier()).strip().toLowerCase(Locale.ROOT);
        long v = value.getAsLong();
        Count count = switch (qualifier) {
            case "total", "" -> Count.exact(v);
            case "approximately" -> Count.about(v);
            case "more than" -> Count.atLeast(v);
            default ->
                throw row.bad(
                        c.qualifier(),
                        "qualifier",
                        "expected total, approximately or more than",
                        qualifier,
                        "check the qualifier");
        };
        String name = ImportRow.cell(fields, c.name()).strip();
        String iso3 = ImportRow.cell(fields, c.iso3()).strip();
        String type = ImportRow.cell(fields, c.type()).strip().toLowerCase(Locale.ROOT);
        flow(
                row,
                c.value(),
                "figure",
                "idu-" + id,
                "displacements" + (type.isEmpty() ? "" : " (" + type + ")"),
                Place.of(name.isEmpty() ? iso3 : name, PlaceKind.COUNTRY),
                Period.days(date, date),
                count);
    }

    private static void flow(
            ImportRow row, int index, String field, String id, String what, Place country, Period period, Count count) {
        row.figure(
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
