package org.displacementstats.io;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.figure.Count;
import org.displacementstats.figure.Period;
import org.displacementstats.figure.Place;
import org.displacementstats.figure.PlaceKind;
import org.displacementstats.io.PopulationType.Movement;

/**
 * UNHCR's Operational Data Portal, latest figure by asylum × origin ({@code Country, ISO3, Country of Origin,
 * ISO3 of Origin, Population type, Source, Date, Individuals}): each row a stock of its population type in the
 * country of asylum at the row's own date (dates differ between rows, so totals are per date).
 */
final class UnhcrSituationsReader {
    static final String FORMAT =
            "a UNHCR situations table (Country, Country of Origin, Population type, Date," + " Individuals)";

    private UnhcrSituationsReader() {}

    /** The columns read. */
    private record Columns(int country, int origin, int originCode, int type, int source, int date, int individuals) {}

    static ImportResult read(Path path, ImportOptions options, ImportPass pass) {
        ImportContext ctx = new ImportContext(path, options, pass);
        try {
            ctx.refuseGivenDate("its Date column dates every row");
            Record first = ctx.next();
            if (first == null) {
                throw new DisplacementDataException(ctx.file() + ": is empty; " + FORMAT + " starts with its header");
            }
            char separator = first.separator();
            Header h = Header.of(ctx.file(), FORMAT, first, separator);
            Columns c = new Columns(
                    h.require("Country"),
                    h.require("Country of Origin"),
                    h.require("ISO3 of Origin"),
                    h.require("Population type"),
                    h.require("Source"),
                    h.require("Date"),
                    h.require("Individuals"));
            Record r;
            while ((r = ctx.next()) != null) {
                Record record = r;
                ctx.read(record, row -> readRow(ctx, row, record.fields(separator), c));
            }
            return ctx.finish("UNHCR Operational Data Portal");
        } catch (BadRow e) {
            throw e.toException();
        } finally {
            ctx.close();
        }
    }

    private static void readRow(ImportContext ctx, ImportRow row, List<String> fields, Columns c) {
        String country = required(row, fields, c.country(), "Country");
        String type = required(row, fields, c.type(), "Population type");
        String originName = required(row, fields, c.origin(), "Country of Origin");
        String originCode = ImportRow.cell(fields, c.originCode()).strip();
        String source = ImportRow.cell(fields, c.source()).strip();
        if (!source.isEmpty()) {
            ctx.publisher(source);
        }
        LocalDate date = row.isoDate(fields, c.date(), "Date");
        var value = row.people(fields, c.individuals(), "Individuals");
        if (value.isEmpty()) {
            row.date(date);
            return;
        }
        String what = type.toLowerCase(Locale.ROOT);
        String id = row.uniqueId(Slug.of(country) + "-" + date + "-" + Slug.of(what) + "-from-"
                + Slug.of(originCode.isEmpty() ? originName : originCode));
        CountryFigures.add(
                row,
                c.individuals(),
                "Individuals",
                id,
                what,
                Movement.STOCK,
                Place.of(originName, PlaceKind.COUNTRY),
                Place.of(country, PlaceKind.COUNTRY),
                Period.days(date, date),
                Count.exact(value.getAsLong()));
    }

    private static String required(ImportRow row, List<String> fields, int index, String field) {
        String v = ImportRow.cell(fields, index).strip();
        if (v.isEmpty()) {
            throw row.bad(index, field, "must not be empty", v, "fill it in");
        }
        return v;
    }
}
