package org.displacementstats.io;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.dataset.Expectation;
import org.displacementstats.figure.Count;
import org.displacementstats.figure.Period;
import org.displacementstats.figure.Place;
import org.displacementstats.figure.PlaceKind;

/**
 * A wide origin × destination matrix: one row per host place, one column per origin (individuals, and
 * optionally families); each value is a flow from the origin into the host place, counted on the matrix's
 * day. Row totals and total rows are checked against the values, never used as figures.
 */
final class MatrixReader {
    static final Set<String> TOTAL_WORDS = Set.of("total", "all", "sum", "grand total");
    /** A column whose name says it counts families or households, never people. */
    static final Pattern HOUSEHOLDS = Pattern.compile("(?i).*(famil|household|menage|ménage|(?<![a-z])hh(?![a-z])).*");

    private MatrixReader() {}

    /** The columns of one kind (individuals or families): origin name to column index, and the total column. */
    private static final class Columns {
        final Map<String, Integer> origins = new LinkedHashMap<>();
        int total = -1;
    }

    /** A row of totals, checked against the sum of the other rows at the end. */
    private record TotalRow(long line, Map<Integer, Long> values) {}

    static ImportResult read(java.nio.file.Path path, MatrixLayout layout, ImportOptions options, ImportPass pass) {
        ImportContext ctx = new ImportContext(path, options, pass);
        try {
            Record header = ctx.next();
            if (header == null) {
                throw new DisplacementDataException(ctx.file() + ": is empty; a matrix starts with a header row");
            }
            char separator = header.separator();
            List<String> names = new ArrayList<>();
            header.fields(separator).orElseThrow(header).forEach(n -> names.add(n.strip()));
            List<Integer> placeAt = new ArrayList<>();
            for (String p : layout.placeColumns()) {
                int i = indexOf(names, p);
                if (i < 0) {
                    throw new DisplacementDataException(ctx.file() + ":1: missing place column '" + p
                            + "'; the header has " + Problem.shown(String.join(", ", names)));
                }
                placeAt.add(i);
            }
            Columns individuals = new Columns();
            Columns families = new Columns();
            for (int n = 0; n < names.size(); n++) {
                int i = n;
                if (placeAt.contains(i)) {
                    continue;
                }
                if (!classify(ctx, names, i, layout.originColumns(), individuals)
                        && !layout.familiesColumns()
                                .map(f -> classify(ctx, names, i, f, families))
                                .orElse(false)
                        && !names.get(i).isEmpty()) {
                    ctx.keep(names.get(i) + ": not a place, origin or families column");
                }
            }
            for (int i : individuals.origins.values()) {
                if (HOUSEHOLDS.matcher(names.get(i)).matches()) {
                    throw new DisplacementDataException(ctx.file() + ":1:" + (i + 1) + ": column '" + names.get(i)
                            + "' counts families or households, which are never counted as people; match only"
                            + " individuals columns with the origin columns' pattern '"
                            + layout.originColumns().pattern()
                            + "' (households go in the families columns, with a household size)");
                }
            }
            if (layout.householdSize().isPresent() && families.origins.isEmpty()) {
                throw new DisplacementDataException(ctx.file() + ":1: the household size has no effect: no column"
                        + " matches the families columns' pattern '"
                        + layout.familiesColumns().map(Pattern::pattern).orElse("")
                        + "'; leave the household size out or fix the pattern");
            }
            if (individuals.origins.isEmpty() && families.origins.isEmpty()) {
                throw new DisplacementDataException(ctx.file() + ":1: no column matches the origin columns' pattern '"
                        + layout.originColumns().pattern() + "'; the header has "
                        + Problem.shown(String.join(", ", names)));
            }
            if (layout.householdSize().isEmpty()) {
                families.origins
                        .keySet()
                        .forEach(o -> ctx.keep(names.get(families.origins.get(o))
                                + ": households, not counted as people without a household size"));
            }
            if (layout.date().isPresent() && ctx.givenDate().isPresent()) {
                throw new DisplacementDataException(ctx.file() + ": the matrix's date is given twice (MatrixLayout.on"
                        + " and the import's date); give it once");
            }
            // Never the file's last-modified day: a copy or a download changes it.
            Period period = layout.date()
                    .map(d -> Period.days(d, d))
                    .or(ctx::givenDate)
                    .orElseThrow(() -> new DisplacementDataException(
                            ctx.file() + ": a matrix has no date column, so the day it describes"
                                    + " must be given: --date " + DateCells.WHAT.replace("a day ", "")
                                    + " (MatrixLayout.on or ImportOptions.on in Java)"));
            LocalDate day = period.end();
            Set<String> allOrigins = new LinkedHashSet<>(individuals.origins.keySet());
            allOrigins.addAll(families.origins.keySet());
            Map<Integer, Long> columnSums = new LinkedHashMap<>();
            List<TotalRow> totalRows = new ArrayList<>();
            Record r;
            while ((r = ctx.next()) != null) {
                Record record = r;
                ctx.read(record, record.fields(separator), (row, fields) -> {
                    List<String> parts = new ArrayList<>();
                    boolean totalRow = false;
                    for (int i : placeAt) {
                        String v = ImportRow.cell(fields, i).strip();
                        totalRow |= TOTAL_WORDS.contains(v.toLowerCase(Locale.ROOT));
                        if (!v.isEmpty()) {
                            parts.add(v);
                        }
                    }
                    if (parts.isEmpty()) {
                        return Optional.of(Problem.ofCell(
                                placeAt.get(0),
                                names.get(placeAt.get(0)),
                                "a row must name its host place",
                                "",
                                "fill in the place columns " + String.join(", ", layout.placeColumns())));
                    }
                    Map<Integer, Long> values = new LinkedHashMap<>();
                    for (Columns c : List.of(individuals, families)) {
                        List<Integer> valueColumns = new ArrayList<>(c.origins.values());
                        if (c.total >= 0) {
                            valueColumns.add(c.total);
                        }
                        for (int i : valueColumns) {
                            Parsed<OptionalLong> people = row.people(fields, i, names.get(i));
                            if (people.isRejected()) {
                                return people.problem();
                            }
                            people.value().ifPresent(v -> values.put(i, v));
                        }
                    }
                    row.date(day);
                    if (totalRow) {
                        totalRows.add(new TotalRow(record.line(), values));
                        return Optional.empty();
                    }
                    String hostName = String.join(" / ", parts);
                    Place host = Place.of(hostName, PlaceKind.REGION);
                    for (String o : allOrigins) {
                        Integer ind = individuals.origins.get(o);
                        Integer fam = families.origins.get(o);
                        Count count;
                        String what;
                        int at;
                        if (ind != null && values.containsKey(ind)) {
                            count = Count.exact(values.get(ind));
                            what = "displaced individuals";
                            at = ind;
                        } else if (fam != null
                                && values.containsKey(fam)
                                && layout.householdSize().isPresent()) {
                            BigDecimal size = layout.householdSize().get();
                            BigDecimal product = size.multiply(BigDecimal.valueOf(values.get(fam)));
                            long people =
                                    product.setScale(0, RoundingMode.HALF_UP).longValueExact();
                            count = Count.about(people);
                            what = "displaced individuals (families × "
                                    + size.stripTrailingZeros().toPlainString()
                                    + (product.stripTrailingZeros().scale() > 0 ? ", rounded half up" : "") + ")";
                            at = fam;
                        } else {
                            continue;
                        }
                        Place origin = Place.of(o, PlaceKind.REGION);
                        Optional<Place> destination = o.equals(hostName) ? Optional.empty() : Optional.of(host);
                        String id = row.uniqueId(Slug.of(hostName) + "-from-" + Slug.of(o));
                        Count c = count;
                        String w = destination.isEmpty() ? what + ", within the origin" : what;
                        Optional<Problem> duplicate = row.figure(
                                id,
                                at,
                                names.get(at),
                                e -> ImportRow.flow(id, w, origin, destination, period, c)
                                        .evidence(e));
                        if (duplicate.isPresent()) {
                            return duplicate;
                        }
                    }
                    for (Columns c : List.of(individuals, families)) {
                        if (c.total >= 0 && values.containsKey(c.total)) {
                            List<Expectation.Part> partsOfTotal = new ArrayList<>();
                            boolean incomplete = false;
                            for (Map.Entry<String, Integer> o : c.origins.entrySet()) {
                                Long v = values.get(o.getValue());
                                if (v == null) {
                                    incomplete = true;
                                } else {
                                    partsOfTotal.add(new Expectation.Part(names.get(o.getValue()), v));
                                }
                            }
                            if (partsOfTotal.isEmpty()) {
                                partsOfTotal.add(new Expectation.Part("origin columns (all blank)", 0));
                            }
                            row.expect(new Expectation.AddsUp(
                                    "row-total-matches",
                                    Slug.of(hostName) + "-" + Slug.of(names.get(c.total)),
                                    row.where(),
                                    names.get(c.total),
                                    values.get(c.total),
                                    partsOfTotal,
                                    incomplete));
                        }
                    }
                    values.forEach((i, v) -> columnSums.merge(i, v, Long::sum));
                    return Optional.empty();
                });
            }
            for (TotalRow t : totalRows) {
                for (Map.Entry<Integer, Long> e : t.values().entrySet()) {
                    String column = names.get(e.getKey());
                    ctx.expect(new Expectation.AddsUp(
                            "total-row-matches",
                            "line-" + t.line() + "-" + Slug.of(column),
                            ctx.file() + " line " + t.line(),
                            column,
                            e.getValue(),
                            List.of(new Expectation.Part(
                                    "sum of the other rows", columnSums.getOrDefault(e.getKey(), 0L))),
                            true));
                }
            }
            return ctx.finish("not stated in the file (an origin × destination matrix)");
        } finally {
            ctx.close();
        }
    }

    private static boolean classify(ImportContext ctx, List<String> names, int i, Pattern pattern, Columns columns) {
        Matcher m = pattern.matcher(names.get(i));
        if (!m.matches() || m.group(1) == null || m.group(1).isBlank()) {
            return false;
        }
        String origin = m.group(1).strip();
        if (TOTAL_WORDS.contains(origin.toLowerCase(Locale.ROOT))) {
            columns.total = i;
        } else if (columns.origins.putIfAbsent(origin, i) != null) {
            throw new DisplacementDataException(ctx.file() + ":1:" + (i + 1) + ": column '" + names.get(i)
                    + "' names origin '" + origin + "' again; each origin must have one column of each kind");
        }
        return true;
    }

    private static int indexOf(List<String> names, String wanted) {
        int exact = names.indexOf(wanted.strip());
        if (exact >= 0) {
            return exact;
        }
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equalsIgnoreCase(wanted.strip())) {
                return i;
            }
        }
        return -1;
    }
}
