package org.displacementstats.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.dataset.Expectation;
import org.displacementstats.figure.Count;
import org.displacementstats.figure.Estimate;
import org.displacementstats.figure.Flow;
import org.displacementstats.figure.Period;
import org.displacementstats.figure.Place;
import org.displacementstats.figure.PlaceKind;
import org.displacementstats.figure.Quantifier;
import org.displacementstats.figure.QuantifierPolicy;
import org.displacementstats.figure.Stock;
import org.displacementstats.internal.Ids;
import org.displacementstats.io.HxlColumn.Role;
import org.displacementstats.io.HxlColumns.PlaceCell;

/**
 * Reads the rows of an HXL table into figures: each value column of a row is a stock at the row's place or a
 * flow from its origin; rows whose place is "total" are kept aside, to be checked against the sum of the others.
 */
final class HxlRowReader {
    /** A row of totals, checked against the sum of the other rows at the end. */
    record TotalRow(long line, Map<HxlColumn, Long> values) {}

    /** The places of a row, by role. */
    private record Places(Optional<PlaceCell> place, Optional<PlaceCell> origin, Optional<PlaceCell> dest) {}

    /** A disaggregation of one total along one dimension (sex, age, sex and age). */
    private record Dimension(String base, String name) {}

    private final ImportContext ctx;
    private final HxlColumns columns;
    private final HxlCells cells;
    private final Map<HxlColumn, Long> columnSums = new LinkedHashMap<>();
    private final List<TotalRow> totalRows = new ArrayList<>();

    HxlRowReader(ImportContext ctx, HxlColumns columns) {
        this.ctx = ctx;
        this.columns = columns;
        this.cells = new HxlCells(ctx, columns);
    }

    /** @return the sums of each value column over the rows that are not totals */
    Map<HxlColumn, Long> columnSums() {
        return columnSums;
    }

    List<TotalRow> totalRows() {
        return totalRows;
    }

    void read(ImportRow row, List<String> fields) {
        if (fields.stream().allMatch(String::isBlank)) {
            return;
        }
        columns.text(fields, Role.SOURCE).ifPresent(ctx::publisher);
        Places places = new Places(
                columns.place(fields, Role.PLACE),
                columns.place(fields, Role.ORIGIN),
                columns.place(fields, Role.DEST));
        Map<HxlColumn, Long> values = new LinkedHashMap<>();
        for (HxlColumn c : columns.all()) {
            if (c.role() == Role.VALUE || c.role() == Role.DISAGGREGATED) {
                row.people(fields, c.index(), c.header()).ifPresent(v -> values.put(c, v));
            }
        }
        if (Stream.of(places.place(), places.origin(), places.dest())
                .flatMap(Optional::stream)
                .anyMatch(p -> MatrixReader.TOTAL_WORDS.contains(p.name().toLowerCase(Locale.ROOT)))) {
            totalRows.add(new TotalRow(row.record.line(), values));
            return;
        }
        Optional<String> kindCell = columns.text(fields, Role.KIND);
        Optional<String> countText = columns.text(fields, Role.COUNT);
        boolean vague = countText.equals(Optional.of("?"))
                || columns.text(fields, Role.QUANTIFIER).equals(Optional.of(Quantifier.VAGUE.csvName()));
        List<HxlColumn> figureColumns = columns.withRole(Role.VALUE).stream()
                .filter(c -> values.containsKey(c)
                        || vague
                                && kindCell.map(k -> k.equalsIgnoreCase("stock") == c.stock())
                                        .orElse(true))
                .toList();
        if (figureColumns.isEmpty()) {
            return;
        }
        Period flowPeriod = cells.period(row, fields, false);
        Period stockPeriod = cells.period(row, fields, true);
        Map<String, Long> totalsByBase = new LinkedHashMap<>();
        Map<String, String> idsByBase = new LinkedHashMap<>();
        for (HxlColumn c : figureColumns) {
            OptionalLong value = values.containsKey(c) ? OptionalLong.of(values.get(c)) : OptionalLong.empty();
            boolean stock = isStock(row, kindCell, c) && places.origin().isEmpty();
            String id = figure(
                    row, fields, places, c, value, stock, figureColumns.size(), stock ? stockPeriod : flowPeriod);
            if (value.isPresent()) {
                totalsByBase.putIfAbsent(c.base(), value.getAsLong());
                idsByBase.putIfAbsent(c.base(), id);
            }
        }
        disaggregation(row, values, totalsByBase, idsByBase);
        row.date(flowPeriod.end());
        values.forEach((c, v) -> columnSums.merge(c, v, Long::sum));
    }

    private boolean isStock(ImportRow row, Optional<String> kindCell, HxlColumn c) {
        if (kindCell.isEmpty()) {
            return c.stock();
        }
        String k = kindCell.get();
        if (!k.equalsIgnoreCase("stock") && !k.equalsIgnoreCase("flow")) {
            throw row.bad(
                    columns.first(Role.KIND).orElseThrow().index(),
                    "kind",
                    "expected stock or flow",
                    k,
                    "write stock or flow");
        }
        return k.equalsIgnoreCase("stock");
    }

    /** Adds the figure of one value column; returns its id. */
    private String figure(
            ImportRow row,
            List<String> fields,
            Places places,
            HxlColumn c,
            OptionalLong value,
            boolean stock,
            int figuresInRow,
            Period period) {
        Count count = cells.count(row, fields, value);
        String what = columns.text(fields, Role.WHAT).orElse(c.what());
        String anchor = (stock
                        ? places.place().or(places::dest)
                        : places.origin().or(places::place))
                .map(PlaceCell::name)
                .orElse("x");
        String id = columns.text(fields, Role.ID)
                .map(i -> figuresInRow == 1 ? i : i + "-" + Slug.of(what))
                .orElseGet(() -> row.uniqueId(Slug.of(anchor) + "-" + period.end() + "-" + Slug.of(what)));
        Estimate estimate = Estimate.of(count, QuantifierPolicy.DEFAULT);
        Optional<String> controller = columns.text(fields, Role.CONTROLLED_BY);
        if (stock) {
            PlaceCell at = places.place()
                    .or(places::dest)
                    .orElseThrow(() -> row.bad(
                            c.index(),
                            c.header(),
                            "a stock" + " needs a place: tag a column #adm1+name, #loc+name or #country+name",
                            null,
                            "add the place"));
            Place p = place(at.name(), columns.kind(row, fields, Role.PLACE_KIND, at.column()), controller);
            row.figure(
                    checkedId(row, c, id),
                    c.index(),
                    c.header(),
                    e -> Stock.stated(id)
                            .what(what)
                            .in(p)
                            .count(count)
                            .during(period)
                            .evidence(e));
            return id;
        }
        PlaceCell from = places.origin()
                .or(places::place)
                .orElseThrow(() -> row.bad(
                        c.index(),
                        c.header(),
                        "a flow" + " needs an origin: tag a column #loc+origin or #adm1+origin",
                        null,
                        "add the origin"));
        Optional<PlaceCell> to =
                places.dest().or(() -> places.origin().isPresent() ? places.place() : Optional.empty());
        Place o = place(
                from.name(),
                columns.kind(row, fields, Role.ORIGIN_KIND, from.column()),
                columns.text(fields, Role.ORIGIN_CONTROLLED_BY));
        Optional<Place> d = to.filter(t -> !t.name().equals(from.name()))
                .map(t -> place(t.name(), columns.kind(row, fields, Role.DEST_KIND, t.column()), controller));
        Optional<String> partOf = columns.text(fields, Role.PART_OF);
        if (partOf.isPresent()) {
            row.partOfAnother();
        }
        row.figure(checkedId(row, c, id), c.index(), c.header(), e -> {
            Flow.Builder flow = Flow.stated(id).what(what).from(o).count(count).during(period);
            d.ifPresent(flow::to);
            partOf.ifPresent(flow::partOf);
            return flow.evidence(e);
        });
        return id;
    }

    private static String checkedId(ImportRow row, HxlColumn c, String id) {
        try {
            return Ids.requireId("#meta+id", id);
        } catch (DisplacementDataException e) {
            throw row.bad(
                    c.index(),
                    c.header(),
                    "the figure's id must be lower-case letters, digits and inner hyphens",
                    id,
                    "fix #meta+id");
        }
    }

    /** Disaggregated values against their total, by dimension (sex, age, sex and age); never added into it. */
    private void disaggregation(
            ImportRow row, Map<HxlColumn, Long> values, Map<String, Long> totalsByBase, Map<String, String> idsByBase) {
        Map<Dimension, List<Expectation.Part>> groups = new LinkedHashMap<>();
        for (HxlColumn c : columns.withRole(Role.DISAGGREGATED)) {
            if (!values.containsKey(c) || !totalsByBase.containsKey(c.base())) {
                continue;
            }
            boolean sex = c.attributes().stream().anyMatch(HxlColumn.SEX::contains);
            boolean age = c.attributes().stream()
                    .anyMatch(a -> HxlColumn.AGE.matcher(a).matches());
            Dimension d = new Dimension(c.base(), sex && age ? "sex-age" : sex ? "sex" : "age");
            groups.computeIfAbsent(d, k -> new ArrayList<>()).add(new Expectation.Part(c.tag(), values.get(c)));
        }
        groups.forEach((d, parts) -> row.expect(new Expectation.AddsUp(
                "disaggregation-within-total",
                idsByBase.get(d.base()) + "-" + d.name(),
                row.where(),
                d.base(),
                totalsByBase.get(d.base()),
                parts,
                true)));
    }

    private static Place place(String name, PlaceKind kind, Optional<String> controlledBy) {
        return controlledBy.map(who -> Place.controlled(name, kind, who)).orElseGet(() -> Place.of(name, kind));
    }
}
