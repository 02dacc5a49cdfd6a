package org.displacementstats.io;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
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
                ctx.read(record, record.fields(separator), (row, fields) -> readRow(ctx, row, fields, c));
            }
            return ctx.finish("UNHCR Operational Data Portal");
        } finally {
            ctx.close();
        }
    }

    private static Optional<Problem> readRow(ImportContext ctx, ImportRow row, List<String> fields, Columns c) {
        Parsed<String> country = required(fields, c.country(), "Country");
        if (country.isRejected()) {
            return country.problem();
        }
        Parsed<String> type = required(fields, c.type(), "Population type");
        if (type.isRejected()) {
            return type.problem();
        }
        Parsed<String> originName = required(fields, c.origin(), "Country of Origin");
        if (originName.isRejected()) {
            return originName.problem();
        }
        String originCode = ImportRow.cell(fields, c.originCode()).strip();
        String source = ImportRow.cell(fields, c.source()).strip();
        if (!source.isEmpty()) {
            ctx.publisher(source);
        }
        Parsed<LocalDate> day = row.isoDate(fields, c.date(), "Date");
        if (day.isRejected()) {
            return day.problem();
        }
        LocalDate date = day.value();
        Parsed<OptionalLong> people = row.people(fields, c.individuals(), "Individuals");
        if (people.isRejected()) {
            return people.problem();
        }
        OptionalLong value = people.value();
        if (value.isEmpty()) {
            row.date(date);
            return Optional.empty();
        }
        String what = type.value().toLowerCase(Locale.ROOT);
        String id = row.uniqueId(Slug.of(country.value()) + "-" + date + "-" + Slug.of(what) + "-from-"
                + Slug.of(originCode.isEmpty() ? originName.value() : originCode));
        return CountryFigures.add(
                row,
                c.individuals(),
                "Individuals",
                id,
                what,
                Movement.STOCK,
                Place.of(originName.value(), PlaceKind.COUNTRY),
                Place.of(country.value(), PlaceKind.COUNTRY),
                Period.days(date, date),
                Count.exact(value.getAsLong()));
    }

    /** @return the cell, stripped; rejected when blank */
    private static Parsed<String> required(List<String> fields, int index, String field) {
        String v = ImportRow.cell(fields, index).strip();
        if (v.isEmpty()) {
            return Parsed.rejected(Problem.ofCell(index, field, "must not be empty", v, "fill it in"));
        }
        return Parsed.of(v);
    }
}
