package org.displacementstats.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.figure.Count;
import org.displacementstats.figure.Flow;
import org.displacementstats.figure.Period;
import org.displacementstats.figure.Place;
import org.displacementstats.figure.PlaceKind;
import org.displacementstats.figure.Stock;

/**
 * IDMC's Global Internal Displacement Database, country × year: {@code total_displacement} is a stock of IDPs at
 * the year's end, {@code new_displacement} a flow of displacements during the year; a blank cell is missing.
 */
final class IdmcGiddReader {
    static final List<String> REQUIRED =
            List.of("iso3", "country_name", "year", "new_displacement", "total_displacement");
    private static final Pattern ISO3 = Pattern.compile("[A-Z0-9]{3}");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

    private IdmcGiddReader() {}

    static ImportResult read(java.nio.file.Path path, ImportOptions options, ImportPass pass) {
        ImportContext ctx = new ImportContext(path, options, pass);
        try {
            ctx.refuseGivenDate("its year column dates every row");
            Record header = ctx.next();
            if (header == null) {
                throw new DisplacementDataException(
                        ctx.file() + ": is empty; it must start with the header row " + String.join(",", REQUIRED));
            }
            char separator = header.separator();
            int[] at = columns(ctx.file(), header.fields(separator).orElseThrow(header));
            Record r;
            while ((r = ctx.next()) != null) {
                Record record = r;
                ctx.read(record, record.fields(separator), (row, fields) -> readRow(row, fields, at));
            }
            return ctx.finish("IDMC");
        } finally {
            ctx.close();
        }
    }

    private static int[] columns(String file, List<String> names) {
        List<String> lower = new ArrayList<>();
        names.forEach(n -> lower.add(n.strip().toLowerCase(Locale.ROOT)));
        int[] at = new int[REQUIRED.size()];
        for (int i = 0; i < REQUIRED.size(); i++) {
            at[i] = lower.indexOf(REQUIRED.get(i));
            if (at[i] < 0) {
                throw new DisplacementDataException(file + ":1: missing column '" + REQUIRED.get(i) + "'; an IDMC GIDD"
                        + " table's header names " + String.join(", ", REQUIRED) + " but this one has "
                        + Problem.shown(String.join(", ", names)));
            }
        }
        return at;
    }

    private static Optional<Problem> readRow(ImportRow row, List<String> fields, int[] at) {
        String iso3 = ImportRow.cell(fields, at[0]).strip();
        if (!ISO3.matcher(iso3).matches()) {
            return Optional.of(Problem.ofCell(
                    at[0],
                    "iso3",
                    "expected an ISO 3166 alpha-3 code (three capital letters)",
                    iso3,
                    "write e.g. SYR"));
        }
        String name = ImportRow.cell(fields, at[1]).strip();
        Place country = Place.of(name.isEmpty() ? iso3 : name, PlaceKind.COUNTRY);
        String yearText = ImportRow.cell(fields, at[2]).strip();
        if (!YEAR.matcher(yearText).matches()) {
            return Optional.of(
                    Problem.ofCell(at[2], "year", "expected a year from 1900 to 2099", yearText, "write e.g. 2016"));
        }
        int year = Integer.parseInt(yearText);
        String prefix = iso3.toLowerCase(Locale.ROOT) + "-" + year;
        Parsed<OptionalLong> flow = row.people(fields, at[3], "new_displacement");
        if (flow.isRejected()) {
            return flow.problem();
        }
        Parsed<OptionalLong> stock = row.people(fields, at[4], "total_displacement");
        if (stock.isRejected()) {
            return stock.problem();
        }
        LocalDate end = LocalDate.of(year, 12, 31);
        if (stock.value().isPresent()) {
            Count c = Count.exact(stock.value().getAsLong());
            Optional<Problem> duplicate = row.figure(
                    prefix + "-total-displacement",
                    at[4],
                    "total_displacement",
                    e -> Stock.stated(prefix + "-total-displacement")
                            .what("idps at year end")
                            .in(country)
                            .count(c)
                            .on(end)
                            .evidence(e));
            if (duplicate.isPresent()) {
                return duplicate;
            }
        }
        if (flow.value().isPresent()) {
            Count c = Count.exact(flow.value().getAsLong());
            Optional<Problem> duplicate = row.figure(
                    prefix + "-new-displacement",
                    at[3],
                    "new_displacement",
                    e -> Flow.stated(prefix + "-new-displacement")
                            .what("new displacements")
                            .from(country)
                            .count(c)
                            .during(Period.days(LocalDate.of(year, 1, 1), end))
                            .evidence(e));
            if (duplicate.isPresent()) {
                return duplicate;
            }
        }
        row.date(end);
        return Optional.empty();
    }
}
