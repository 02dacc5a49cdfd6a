package org.displacementstats.io;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.dataset.Expectation;
import org.displacementstats.figure.Count;
import org.displacementstats.figure.Estimate;
import org.displacementstats.figure.Flow;
import org.displacementstats.figure.Period;
import org.displacementstats.figure.PeriodAccuracy;
import org.displacementstats.figure.Place;
import org.displacementstats.figure.PlaceKind;
import org.displacementstats.figure.QuantifierPolicy;
import org.displacementstats.figure.Stock;

/**
 * An HXL-tagged CSV: a row of hashtags (within the first 25 rows) under or instead of the header. Each
 * value column ({@code #affected+idps}, {@code +displaced}, {@code +refugees}, {@code #population}) of a row
 * is a figure: a stock at the row's place, or a flow from its origin ({@code #loc+origin},
 * {@code #adm1+origin}) to its destination ({@code #loc+dest}). Disaggregated columns ({@code +f}, {@code +m},
 * {@code +age…}) are checked against the total, never added into it; rows whose place is "total" are checked
 * against the other rows, never summed again; unknown columns are kept in each figure's quote.
 */
final class HxlReader {
    static final int HASHTAG_ROW_SEARCH = 25;
    private static final Pattern TAG = Pattern.compile("#([a-z][a-z0-9_]*)((?:\\s*\\+\\s*[a-z][a-z0-9_]*)*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AGE = Pattern.compile("age.*|children|adults|elderly|infants|boys|girls");
    private static final Set<String> SEX = Set.of("f", "m", "female", "male", "women", "men");
    private static final Set<String> CATEGORIES = Set.of("idps", "displaced", "refugees");
    private static final Set<String> KIND_ATTRIBUTES = Set.of("stock", "flow", "new", "newdisp");
    private static final Map<String, Integer> PLACE_RANK = Map.of("country", 0, "adm1", 1, "adm2", 2, "adm3", 3,
            "adm4", 4, "adm5", 5, "loc", 6);

    enum Role { ORIGIN, DEST, PLACE, REPORTED, START, END, SOURCE, ID, KIND, WHAT, COUNT, PLACE_KIND, ORIGIN_KIND,
        DEST_KIND, CONTROLLED_BY, ORIGIN_CONTROLLED_BY, ACCURACY, PART_OF, VALUE, DISAGGREGATED, KEPT }

    /** One column: its role and, for places and values, what else the tag says. */
    record Column(int index, String header, String tag, Role role, int rank, boolean code, String base, boolean stock,
            String what, Set<String> attributes) {
    }

    private HxlReader() {
    }

    static ImportResult read(java.nio.file.Path path, ImportOptions options) {
        ImportContext ctx = new ImportContext(path, options);
        try {
            List<String> headerNames = List.of();
            List<String> tags = null;
            char separator = ',';
            for (int n = 0; n < HASHTAG_ROW_SEARCH && tags == null; n++) {
                Record r = ctx.next();
                if (r == null) {
                    break;
                }
                separator = r.separator();
                List<String> fields = r.fields(separator);
                if (isHashtagRow(fields)) {
                    tags = fields;
                } else {
                    headerNames = fields;
                }
            }
            if (tags == null) {
                throw new DisplacementDataException(ctx.file() + ": no HXL hashtag row (like #adm1+name,#affected+idps"
                        + "+ind) in the first " + HASHTAG_ROW_SEARCH + " rows; tag the columns (https://hxlstandard.org)"
                        + " or choose another format");
            }
            List<Column> columns = new ArrayList<>();
            for (int i = 0; i < tags.size(); i++) {
                String header = i < headerNames.size() && !headerNames.get(i).isBlank() ? headerNames.get(i).strip()
                        : tags.get(i).strip();
                if (!tags.get(i).isBlank()) {
                    Column c = column(i, header, tags.get(i).strip());
                    columns.add(c);
                    if (c.role() == Role.KEPT) {
                        ctx.keep(header + " (" + c.tag() + "): not a figure column");
                    }
                } else if (!header.isBlank()) {
                    ctx.keep(header + ": no hashtag");
                }
            }
            if (columns.stream().noneMatch(c -> c.role() == Role.VALUE)) {
                throw new DisplacementDataException(ctx.file() + ": no figure column; tag numbers of people with"
                        + " #affected+idps, #affected+displaced, #affected+refugees or #population (+ind)");
            }
            Map<Integer, Long> columnSums = new LinkedHashMap<>();
            List<Map.Entry<Long, Map<Integer, Long>>> totalRows = new ArrayList<>();
            char sep = separator;
            Record r;
            while ((r = ctx.next()) != null) {
                Record record = r;
                ctx.read(record, row -> readRow(ctx, row, record.fields(sep), columns, columnSums, totalRows));
            }
            for (Map.Entry<Long, Map<Integer, Long>> t : totalRows) {
                for (Map.Entry<Integer, Long> e : t.getValue().entrySet()) {
                    Column c = columns.stream().filter(x -> x.index() == e.getKey()).findFirst().orElseThrow();
                    ctx.expect(new Expectation.AddsUp("total-row-matches", "line-" + t.getKey() + "-" + Slug.of(c.tag()),
                            ctx.file() + " line " + t.getKey(), c.tag(), e.getValue(),
                            List.of(new Expectation.Part("sum of the other rows", columnSums.getOrDefault(e.getKey(), 0L))),
                            true));
                }
            }
            return ctx.finish("not stated in the file (HXL, no #meta+source)", Optional.empty());
        } catch (BadRow e) {
            throw e.toException();
        } finally {
            ctx.close();
        }
    }

    static boolean isHashtagRow(List<String> fields) {
        boolean any = false;
        for (String f : fields) {
            String v = f.strip();
            if (v.isEmpty()) {
                continue;
            }
            if (!TAG.matcher(v).matches()) {
                return false;
            }
            any = true;
        }
        return any;
    }

    static Column column(int index, String header, String spec) {
        Matcher m = TAG.matcher(spec);
        m.matches();
        String tag = m.group(1).toLowerCase(Locale.ROOT);
        List<String> attrs = new ArrayList<>();
        for (String a : m.group(2).split("\\+")) {
            if (!a.isBlank()) {
                attrs.add(a.strip().toLowerCase(Locale.ROOT));
            }
        }
        Set<String> set = Set.copyOf(attrs);
        String norm = "#" + tag + (attrs.isEmpty() ? "" : "+" + String.join("+", attrs));
        if (PLACE_RANK.containsKey(tag)) {
            Role role = set.contains("origin") ? Role.ORIGIN : set.contains("dest") ? Role.DEST : Role.PLACE;
            return new Column(index, header, norm, role, PLACE_RANK.get(tag), set.contains("code"), "", false, "", set);
        }
        if (tag.equals("date")) {
            Role role = set.contains("start") ? Role.START : set.contains("end") ? Role.END
                    : attrs.isEmpty() || set.contains("reported") ? Role.REPORTED : Role.KEPT;
            return simple(index, header, norm, role, set);
        }
        if (tag.equals("meta") && attrs.size() == 1) {
            Role role = switch (attrs.get(0)) {
                case "source" -> Role.SOURCE;
                case "id" -> Role.ID;
                case "kind" -> Role.KIND;
                case "what" -> Role.WHAT;
                case "count" -> Role.COUNT;
                case "place_kind" -> Role.PLACE_KIND;
                case "origin_kind" -> Role.ORIGIN_KIND;
                case "destination_kind" -> Role.DEST_KIND;
                case "controlled_by" -> Role.CONTROLLED_BY;
                case "origin_controlled_by" -> Role.ORIGIN_CONTROLLED_BY;
                case "period_accuracy" -> Role.ACCURACY;
                case "part_of" -> Role.PART_OF;
                default -> Role.KEPT;
            };
            return simple(index, header, norm, role, set);
        }
        boolean people = tag.equals("population") || tag.equals("affected")
                && attrs.stream().anyMatch(CATEGORIES::contains);
        if (!people || set.contains("hh")) {
            return simple(index, header, norm, Role.KEPT, set);
        }
        TreeSet<String> baseAttrs = new TreeSet<>();
        List<String> extra = new ArrayList<>();
        boolean disaggregated = false;
        for (String a : attrs) {
            if (SEX.contains(a) || AGE.matcher(a).matches()) {
                disaggregated = true;
            } else if (!a.equals("ind") && !a.equals("total")) {
                baseAttrs.add(a);
                if (!CATEGORIES.contains(a) && !KIND_ATTRIBUTES.contains(a)) {
                    extra.add(a);
                }
            }
        }
        String category = tag.equals("population") ? "population"
                : attrs.stream().filter(CATEGORIES::contains).findFirst().orElseThrow();
        boolean stock = set.contains("stock") || !(set.contains("flow") || set.contains("new") || set.contains("newdisp")
                || category.equals("displaced"));
        String what = category + (extra.isEmpty() ? "" : " " + String.join(" ", extra));
        String base = "#" + tag + "+" + String.join("+", baseAttrs);
        return new Column(index, header, norm, disaggregated ? Role.DISAGGREGATED : Role.VALUE, 0, false, base, stock,
                what, set);
    }

    private static Column simple(int index, String header, String tag, Role role, Set<String> attributes) {
        return new Column(index, header, tag, role, 0, false, "", false, "", attributes);
    }

    /** The days a date cell covers: {@code 2016-12-31}, {@code 2016-12} or {@code 2016}. */
    private record Days(LocalDate start, LocalDate end, PeriodAccuracy accuracy) {
    }

    private static Days days(ImportContext.Row row, Column c, String raw) {
        String v = raw.strip();
        try {
            if (v.matches("\\d{4}")) {
                int y = Integer.parseInt(v);
                return new Days(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), PeriodAccuracy.APPROXIMATE);
            }
            if (v.matches("\\d{4}-\\d{2}")) {
                YearMonth ym = YearMonth.parse(v);
                return new Days(ym.atDay(1), ym.atEndOfMonth(), PeriodAccuracy.APPROXIMATE);
            }
            if (!v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                // LocalDate.parse also reads +999999999-12-31.
                throw new java.time.format.DateTimeParseException("not YYYY-MM-DD", v, 0);
            }
            LocalDate d = LocalDate.parse(v);
            return new Days(d, d, PeriodAccuracy.DAY);
        } catch (java.time.DateTimeException e) {
            throw row.bad(c.index(), c.header(), "expected an ISO date YYYY-MM-DD, a month YYYY-MM or a year YYYY", raw,
                    "write e.g. 2016-11-28");
        }
    }

    private static Optional<String> text(List<String> fields, Optional<Column> c) {
        return c.map(x -> unguard(ImportContext.Row.cell(fields, x.index()).strip())).filter(s -> !s.isEmpty());
    }

    /** Removes the {@code '} that {@link HxlWriter} puts before a cell a spreadsheet would run as a formula. */
    static String unguard(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r'".indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1) : cell;
    }

    private static Optional<Column> first(List<Column> columns, Role role) {
        return columns.stream().filter(c -> c.role() == role).findFirst();
    }

    /** The most specific non-blank place of a role in the row: loc before adm5 … adm1 before country; names before codes. */
    private static Optional<Map.Entry<String, Column>> place(List<String> fields, List<Column> columns, Role role) {
        Map.Entry<String, Column> best = null;
        for (Column c : columns) {
            String v = unguard(ImportContext.Row.cell(fields, c.index()).strip());
            if (c.role() != role || v.isEmpty()) {
                continue;
            }
            if (best == null || c.rank() > best.getValue().rank()
                    || c.rank() == best.getValue().rank() && best.getValue().code() && !c.code()) {
                best = Map.entry(v, c);
            }
        }
        return Optional.ofNullable(best);
    }

    private static PlaceKind kind(ImportContext.Row row, List<String> fields, List<Column> columns, Role kindRole,
            Column placeColumn) {
        Optional<Column> k = first(columns, kindRole);
        Optional<String> given = text(fields, k);
        if (given.isPresent()) {
            for (PlaceKind p : PlaceKind.values()) {
                if (p.name().equalsIgnoreCase(given.get())) {
                    return p;
                }
            }
            throw row.bad(k.get().index(), k.get().header(), "expected a place kind (country, region, city, district,"
                    + " neighbourhood, enclave, areas_held)", given.get(), "use one of those words");
        }
        return placeColumn.rank() == 0 ? PlaceKind.COUNTRY : PlaceKind.REGION;
    }

    private static void readRow(ImportContext ctx, ImportContext.Row row, List<String> fields, List<Column> columns,
            Map<Integer, Long> columnSums, List<Map.Entry<Long, Map<Integer, Long>>> totalRows) {
        if (fields.stream().allMatch(String::isBlank)) {
            return;
        }
        text(fields, first(columns, Role.SOURCE)).ifPresent(ctx::publisher);
        var place = place(fields, columns, Role.PLACE);
        var origin = place(fields, columns, Role.ORIGIN);
        var dest = place(fields, columns, Role.DEST);
        boolean totalRow = java.util.stream.Stream.of(place, origin, dest).flatMap(Optional::stream)
                .anyMatch(e -> MatrixReader.TOTAL_WORDS.contains(e.getKey().toLowerCase(Locale.ROOT)));
        Map<Integer, Long> values = new LinkedHashMap<>();
        for (Column c : columns) {
            if (c.role() == Role.VALUE || c.role() == Role.DISAGGREGATED) {
                row.people(fields, c.index(), c.header()).ifPresent(v -> values.put(c.index(), v));
            }
        }
        Optional<Days> reported = first(columns, Role.REPORTED).flatMap(c -> text(fields, Optional.of(c))
                .map(v -> days(row, c, v)));
        Optional<Days> start = first(columns, Role.START).flatMap(c -> text(fields, Optional.of(c)).map(v -> days(row, c, v)));
        Optional<Days> end = first(columns, Role.END).flatMap(c -> text(fields, Optional.of(c)).map(v -> days(row, c, v)));
        if (totalRow) {
            totalRows.add(Map.entry(row.record.line(), values));
            return;
        }
        Optional<String> kindCell = text(fields, first(columns, Role.KIND));
        Optional<Column> countColumn = first(columns, Role.COUNT);
        Optional<String> countText = text(fields, countColumn);
        List<Column> figureColumns = columns.stream().filter(c -> c.role() == Role.VALUE)
                .filter(c -> values.containsKey(c.index()) || countText.equals(Optional.of("?"))
                        && kindCell.map(k -> k.equalsIgnoreCase("stock") == c.stock()).orElse(true)).toList();
        if (figureColumns.isEmpty()) {
            return;
        }
        Period period = period(row, columns, fields, reported, start, end);
        Optional<String> idCell = text(fields, first(columns, Role.ID));
        Optional<String> whatCell = text(fields, first(columns, Role.WHAT));
        Optional<String> controller = text(fields, first(columns, Role.CONTROLLED_BY));
        Optional<String> partOf = text(fields, first(columns, Role.PART_OF));
        Optional<String> originController = text(fields, first(columns, Role.ORIGIN_CONTROLLED_BY));
        Map<String, Long> totalsByBase = new LinkedHashMap<>();
        Map<String, String> idsByBase = new LinkedHashMap<>();
        for (Column c : figureColumns) {
            OptionalLong value = values.containsKey(c.index()) ? OptionalLong.of(values.get(c.index()))
                    : OptionalLong.empty();
            Count count = count(row, countColumn, countText, value);
            boolean stock = kindCell.map(k -> {
                if (!k.equalsIgnoreCase("stock") && !k.equalsIgnoreCase("flow")) {
                    throw row.bad(first(columns, Role.KIND).get().index(), "kind", "expected stock or flow", k,
                            "write stock or flow");
                }
                return k.equalsIgnoreCase("stock");
            }).orElse(c.stock()) && origin.isEmpty();
            String what = whatCell.orElse(c.what());
            String anchor = (stock ? place.or(() -> dest) : origin.or(() -> place)).map(Map.Entry::getKey).orElse("x");
            String id = idCell.map(i -> figureColumns.size() == 1 ? i : i + "-" + Slug.of(what))
                    .orElseGet(() -> row.uniqueId(Slug.of(anchor) + "-" + period.end() + "-" + Slug.of(what)));
            Estimate estimate = Estimate.of(count, QuantifierPolicy.DEFAULT);
            if (stock) {
                var at = place.or(() -> dest).orElseThrow(() -> row.bad(c.index(), c.header(), "a stock needs a place:"
                        + " tag a column #adm1+name, #loc+name or #country+name", null, "add the place"));
                Place p = new Place(at.getKey(), kind(row, fields, columns, Role.PLACE_KIND, at.getValue()), controller);
                row.figure(checkedId(row, c, id), c.index(), c.header(), e -> new Stock(id, what, p, period,
                        Optional.of(count), estimate, e));
            } else {
                var from = origin.or(() -> place).orElseThrow(() -> row.bad(c.index(), c.header(), "a flow needs an"
                        + " origin: tag a column #loc+origin or #adm1+origin", null, "add the origin"));
                var to = dest.or(() -> origin.isPresent() ? place : Optional.empty());
                Place o = new Place(from.getKey(), kind(row, fields, columns, Role.ORIGIN_KIND, from.getValue()),
                        originController);
                Optional<Place> d = to.filter(t -> !t.getKey().equals(from.getKey())).map(t -> new Place(t.getKey(),
                        kind(row, fields, columns, Role.DEST_KIND, t.getValue()), controller));
                row.figure(checkedId(row, c, id), c.index(), c.header(), e -> new Flow(id, what, o, d, period,
                        Optional.of(count), estimate, partOf, e));
            }
            if (value.isPresent()) {
                totalsByBase.putIfAbsent(c.base(), value.getAsLong());
                idsByBase.putIfAbsent(c.base(), id);
            }
        }
        disaggregation(row, columns, values, totalsByBase, idsByBase);
        row.date(period.end());
        values.forEach((i, v) -> columnSums.merge(i, v, Long::sum));
    }

    private static String checkedId(ImportContext.Row row, Column c, String id) {
        try {
            return org.displacementstats.provenance.Ids.requireId("#meta+id", id);
        } catch (DisplacementDataException e) {
            throw row.bad(c.index(), c.header(), "the figure's id must be lower-case letters, digits and inner hyphens",
                    id, "fix #meta+id");
        }
    }

    private static Period period(ImportContext.Row row, List<Column> columns, List<String> fields, Optional<Days> reported,
            Optional<Days> start, Optional<Days> end) {
        Days from = start.or(() -> reported).or(() -> end).orElse(null);
        Days to = end.or(() -> reported).or(() -> start).orElse(null);
        if (from == null) {
            Column c = first(columns, Role.REPORTED).or(() -> first(columns, Role.START)).orElse(columns.get(0));
            throw row.bad(c.index(), c.header(), "each figure needs a date: tag #date+reported, or #date+start and"
                    + " #date+end", "", "fill in the date");
        }
        if (to.end().isBefore(from.start())) {
            Column c = first(columns, Role.END).orElse(columns.get(0));
            throw row.bad(c.index(), c.header(), "the end date must not be before the start " + from.start(),
                    to.end().toString(), "swap or fix the dates");
        }
        PeriodAccuracy accuracy = from.accuracy() == PeriodAccuracy.DAY && to.accuracy() == PeriodAccuracy.DAY
                ? PeriodAccuracy.DAY : PeriodAccuracy.APPROXIMATE;
        Optional<Column> acc = first(columns, Role.ACCURACY);
        Optional<String> given = text(fields, acc);
        if (given.isPresent()) {
            accuracy = switch (given.get().toLowerCase(Locale.ROOT)) {
                case "day" -> PeriodAccuracy.DAY;
                case "approximate" -> PeriodAccuracy.APPROXIMATE;
                default -> throw row.bad(acc.get().index(), acc.get().header(), "expected day or approximate",
                        given.get(), "write day or approximate");
            };
        }
        return new Period(from.start(), to.end(), accuracy);
    }

    private static Count count(ImportContext.Row row, Optional<Column> countColumn, Optional<String> countText,
            OptionalLong value) {
        if (countText.isEmpty()) {
            return Count.exact(value.getAsLong());
        }
        Column c = countColumn.orElseThrow();
        Count parsed;
        try {
            parsed = Count.parse(countText.get());
        } catch (DisplacementDataException e) {
            throw row.bad(c.index(), c.header(), "expected a count like 6000, ~250000, <~10000, >=6000, 6000..10000"
                    + " or ?", countText.get(), "fix #meta+count");
        }
        if (!parsed.point().equals(value)) {
            throw row.bad(c.index(), c.header(), "the count's point must equal the number of people "
                    + (value.isPresent() ? String.valueOf(value.getAsLong()) : "(blank)"), countText.get(),
                    "make the two columns agree");
        }
        return parsed;
    }

    /** Disaggregated values against their total, by dimension (sex, age, sex and age); never added into it. */
    private static void disaggregation(ImportContext.Row row, List<Column> columns, Map<Integer, Long> values,
            Map<String, Long> totalsByBase, Map<String, String> idsByBase) {
        Map<String, List<Expectation.Part>> groups = new LinkedHashMap<>();
        for (Column c : columns) {
            if (c.role() != Role.DISAGGREGATED || !values.containsKey(c.index()) || !totalsByBase.containsKey(c.base())) {
                continue;
            }
            boolean sex = c.attributes().stream().anyMatch(SEX::contains);
            boolean age = c.attributes().stream().anyMatch(a -> AGE.matcher(a).matches());
            String dimension = sex && age ? "sex-age" : sex ? "sex" : "age";
            groups.computeIfAbsent(c.base() + "|" + dimension, k -> new ArrayList<>())
                    .add(new Expectation.Part(c.tag(), values.get(c.index())));
        }
        groups.forEach((key, parts) -> {
            String base = key.substring(0, key.indexOf('|'));
            row.expect(new Expectation.AddsUp("disaggregation-within-total", idsByBase.get(base) + "-"
                    + key.substring(key.indexOf('|') + 1), row.where(), base, totalsByBase.get(base), parts, true));
        });
    }
}
