package org.displacementstats.io;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.figure.Count;
import org.displacementstats.figure.Period;
import org.displacementstats.figure.Place;
import org.displacementstats.figure.PlaceKind;
import org.displacementstats.io.PopulationType.Movement;

/**
 * UNHCR population statistics, origin × asylum × year ({@code Year, ISO3CoO, ISO3CoA}): end-year population
 * totals ({@code REF, ASY, IDP, OOC, STA, OIP}: stocks), demographics ({@code PT} and {@code Total}: the type
 * says stock or flow), asylum applications ({@code Applications}: a flow from origin to asylum, persons only)
 * and solutions ({@code RST, NAT, RET, RDP}: flows). Each value column becomes its own figure; no two columns
 * are ever added. Sex and age columns, ratios ({@code ApplicationAveragePersonsPerCase}) and labels are kept in
 * the quotes, not read.
 */
final class UnhcrPopulationReader {
    static final String FORMAT = "a UNHCR population statistics table (Year, ISO3CoO, ISO3CoA)";
    private static final Pattern ISO3 = Pattern.compile("[A-Z0-9]{3}");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Pattern SEX_AGE = Pattern.compile("(?i)(female|male)_.*");

    private UnhcrPopulationReader() {}

    /** The columns of one table. */
    private record Columns(
            int year,
            int origin,
            int asylum,
            Map<Integer, PopulationType> types,
            OptionalInt pt,
            OptionalInt total,
            OptionalInt applications,
            OptionalInt dataType) {}

    static ImportResult read(Path path, ImportOptions options, ImportPass pass) {
        ImportContext ctx = new ImportContext(path, options, pass);
        try {
            ctx.refuseGivenDate("its Year column dates every row");
            Record first = ctx.next();
            if (first == null) {
                throw new DisplacementDataException(ctx.file() + ": is empty; " + FORMAT + " starts with its header");
            }
            char separator = first.separator();
            Columns columns = columns(ctx, Header.of(ctx.file(), FORMAT, first, separator));
            Record r;
            while ((r = ctx.next()) != null) {
                Record record = r;
                ctx.read(record, record.fields(separator), (row, fields) -> readRow(row, fields, columns));
            }
            return ctx.finish("UNHCR");
        } finally {
            ctx.close();
        }
    }

    private static Columns columns(ImportContext ctx, Header h) {
        Map<Integer, PopulationType> types = new LinkedHashMap<>();
        List<String> names = h.names();
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            var type = PopulationType.ofCode(n);
            if (type.isPresent() && n.length() == 3) {
                types.put(i, type.get());
            } else if (n.equalsIgnoreCase("ApplicationAveragePersonsPerCase")) {
                ctx.keep(n + ": a ratio (persons per case), never summed");
            } else if (SEX_AGE.matcher(n).matches()) {
                ctx.keep(n + ": a breakdown by sex and age of Total, never added to it");
            } else if (!List.of("year", "iso3coo", "iso3coa", "pt", "total", "applications")
                    .contains(n.toLowerCase(Locale.ROOT))) {
                ctx.keep(n + ": a label, kept in the quotes");
            }
        }
        Columns c = new Columns(
                h.require("Year"),
                h.require("ISO3CoO"),
                h.require("ISO3CoA"),
                types,
                h.find("PT"),
                h.find("Total"),
                h.find("Applications"),
                h.find("ApplicationDataType"));
        if (c.total().isPresent() && c.pt().isEmpty()) {
            throw new DisplacementDataException(
                    ctx.file() + ":1: a Total column needs a PT column saying which" + " population type it counts");
        }
        if (types.isEmpty() && c.total().isEmpty() && c.applications().isEmpty()) {
            throw new DisplacementDataException(ctx.file() + ":1: no value column; " + FORMAT + " has population type"
                    + " columns (REF, ASY, IDP, OOC, STA, OIP, RET, RDP, RST, NAT), PT and Total, or Applications");
        }
        return c;
    }

    private static Optional<Problem> readRow(ImportRow row, List<String> fields, Columns c) {
        String yearText = ImportRow.cell(fields, c.year()).strip();
        if (!YEAR.matcher(yearText).matches()) {
            return Optional.of(
                    Problem.ofCell(c.year(), "Year", "expected a year from 1900 to 2099", yearText, "write e.g. 2016"));
        }
        int year = Integer.parseInt(yearText);
        Period period = Period.days(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        Parsed<String> originCode = code(fields, c.origin(), "ISO3CoO");
        if (originCode.isRejected()) {
            return originCode.problem();
        }
        Parsed<String> asylumCode = code(fields, c.asylum(), "ISO3CoA");
        if (asylumCode.isRejected()) {
            return asylumCode.problem();
        }
        String coo = originCode.value();
        String coa = asylumCode.value();
        Place origin = Place.of(coo, PlaceKind.COUNTRY);
        Place asylum = Place.of(coa, PlaceKind.COUNTRY);
        String key = coa.toLowerCase(Locale.ROOT) + "-" + year;
        String from = "-from-" + coo.toLowerCase(Locale.ROOT);
        // Added once every cell has been read, so that a bad cell is reported before a repeated id.
        List<Supplier<Optional<Problem>>> figures = new ArrayList<>();
        for (Map.Entry<Integer, PopulationType> e : c.types().entrySet()) {
            PopulationType t = e.getValue();
            Parsed<OptionalLong> v = row.people(fields, e.getKey(), t.name());
            if (v.isRejected()) {
                return v.problem();
            }
            v.value()
                    .ifPresent(n -> figures.add(() -> CountryFigures.add(
                            row,
                            e.getKey(),
                            t.name(),
                            row.uniqueId(key + "-" + Slug.of(t.name()) + from),
                            t.what(),
                            t.movement(),
                            origin,
                            asylum,
                            period,
                            Count.exact(n))));
        }
        if (c.total().isPresent()) {
            int at = c.pt().getAsInt();
            String code = ImportRow.cell(fields, at).strip();
            Optional<PopulationType> type = PopulationType.ofCode(code);
            if (type.isEmpty()) {
                return Optional.of(Problem.ofCell(
                        at,
                        "PT",
                        "expected a population" + " type (REF, ASY, IDP, OOC, STA, OIP, RET, RDP, RST, NAT)",
                        code,
                        "check the PT column"));
            }
            PopulationType t = type.get();
            int ti = c.total().getAsInt();
            Parsed<OptionalLong> total = row.people(fields, ti, "Total");
            if (total.isRejected()) {
                return total.problem();
            }
            total.value()
                    .ifPresent(n -> figures.add(() -> CountryFigures.add(
                            row,
                            ti,
                            "Total",
                            row.uniqueId(key + "-" + Slug.of(t.name()) + from),
                            t.what(),
                            t.movement(),
                            origin,
                            asylum,
                            period,
                            Count.exact(n))));
        }
        if (c.applications().isPresent()) {
            int ai = c.applications().getAsInt();
            if (c.dataType().isPresent()) {
                int di = c.dataType().getAsInt();
                String type = ImportRow.cell(fields, di).strip();
                if (!type.equalsIgnoreCase("P")) {
                    return Optional.of(Problem.ofCell(
                            di,
                            "ApplicationDataType",
                            "expected P (persons): "
                                    + ("C".equalsIgnoreCase(type)
                                            ? "C counts cases, which are never counted as people"
                                            : "the unit is unknown"),
                            type,
                            "import the persons rows only"));
                }
            }
            Parsed<OptionalLong> applications = row.people(fields, ai, "Applications");
            if (applications.isRejected()) {
                return applications.problem();
            }
            applications
                    .value()
                    .ifPresent(n -> figures.add(() -> CountryFigures.add(
                            row,
                            ai,
                            "Applications",
                            row.uniqueId(key + "-applications" + from),
                            "asylum applications",
                            Movement.IN,
                            origin,
                            asylum,
                            period,
                            Count.exact(n))));
        }
        for (Supplier<Optional<Problem>> figure : figures) {
            Optional<Problem> duplicate = figure.get();
            if (duplicate.isPresent()) {
                return duplicate;
            }
        }
        row.date(period.end());
        return Optional.empty();
    }

    /** @return the country code in the cell; rejected unless three capital letters or digits */
    private static Parsed<String> code(List<String> fields, int index, String field) {
        String v = ImportRow.cell(fields, index).strip();
        if (!ISO3.matcher(v).matches()) {
            return Parsed.rejected(Problem.ofCell(
                    index,
                    field,
                    "expected a three-letter country code (ISO 3166 alpha-3, or UNHCR's UKN)",
                    v,
                    "write e.g. AFG"));
        }
        return Parsed.of(v);
    }
}
