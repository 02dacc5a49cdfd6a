package org.displacementstats.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.displacementstats.figure.Count;
import org.displacementstats.figure.Figure;
import org.displacementstats.figure.Flow;
import org.displacementstats.figure.Period;
import org.displacementstats.figure.Place;
import org.displacementstats.figure.PlaceKind;
import org.displacementstats.figure.Quantifier;
import org.displacementstats.figure.Stock;
import org.displacementstats.internal.Ids;
import org.displacementstats.io.HxlColumn.Role;
import org.displacementstats.io.HxlColumns.PlaceCell;
import org.displacementstats.provenance.Evidence;

/**
 * Reads the rows of an HXL table into figures: each value column of a row is a stock at the row's place or a
 * flow from its origin; rows whose place is "total" are kept aside, to be checked against the sum of the others.
 */
final class HxlRowReader {
    /** A row of totals, checked against the sum of the other rows at the end. */
    record TotalRow(long line, Map<HxlColumn, Long> values) {}

    /** The places of a row, by role. */
    private record Places(Optional<PlaceCell> place, Optional<PlaceCell> origin, Optional<PlaceCell> dest) {}

    /** Slugs of place names and of what is counted, which repeat from row to row; cleared when this large. */
    private final ImportContext ctx;

    private final HxlColumns columns;
    private final HxlCells cells;
    private final List<TotalRow> totalRows = new ArrayList<>();
    private final HxlValues values;
    private final List<HxlColumn> figureColumns = new ArrayList<>();
    private Place lastPlace;

    HxlRowReader(ImportContext ctx, HxlColumns columns) {
        this.ctx = ctx;
        this.columns = columns;
        this.cells = new HxlCells(ctx, columns);
        this.values = new HxlValues(columns);
    }

    /** @return the sums of each value column over the rows that are not totals, in the order first summed */
    Map<HxlColumn, Long> columnSums() {
        return values.sums();
    }

    List<TotalRow> totalRows() {
        return totalRows;
    }

    /** @return the first problem met in the row (then it stops), or empty when the row reads */
    Optional<Problem> read(ImportRow row, List<String> fields) {
        if (allBlank(fields)) {
            return Optional.empty();
        }
        columns.text(fields, Role.SOURCE).ifPresent(ctx::publisher);
        Places places = new Places(
                columns.place(fields, Role.PLACE),
                columns.place(fields, Role.ORIGIN),
                columns.place(fields, Role.DEST));
        Optional<Problem> numbers = values.read(row, fields);
        if (numbers.isPresent()) {
            return numbers;
        }
        if (isTotal(places.place()) || isTotal(places.origin()) || isTotal(places.dest())) {
            totalRows.add(new TotalRow(row.record.line(), values.row()));
            return Optional.empty();
        }
        Optional<String> kindCell = columns.text(fields, Role.KIND);
        Optional<String> countText = columns.text(fields, Role.COUNT);
        boolean vague = countText.equals(Optional.of("?"))
                || columns.text(fields, Role.QUANTIFIER).equals(Optional.of(Quantifier.VAGUE.csvName()));
        figureColumns.clear();
        for (HxlColumn c : columns.withRole(Role.VALUE)) {
            if (values.has(c)
                    || vague && (kindCell.isEmpty() || kindCell.get().equalsIgnoreCase("stock") == c.stock())) {
                figureColumns.add(c);
            }
        }
        if (figureColumns.isEmpty()) {
            return Optional.empty();
        }
        Parsed<Period> flowPeriod = cells.period(fields, false);
        if (flowPeriod.isRejected()) {
            return flowPeriod.problem();
        }
        Parsed<Period> stockPeriod = cells.period(fields, true);
        if (stockPeriod.isRejected()) {
            return stockPeriod.problem();
        }
        // Only disaggregated values are checked against their total.
        boolean disaggregated = !columns.withRole(Role.DISAGGREGATED).isEmpty();
        Map<String, Long> totalsByBase = disaggregated ? new LinkedHashMap<>() : Map.of();
        Map<String, String> idsByBase = disaggregated ? new LinkedHashMap<>() : Map.of();
        for (HxlColumn c : figureColumns) {
            OptionalLong value = values.value(c);
            Parsed<Boolean> isStock = isStock(kindCell, c);
            if (isStock.isRejected()) {
                return isStock.problem();
            }
            boolean stock = isStock.value() && places.origin().isEmpty();
            Parsed<String> id = figure(
                    row,
                    fields,
                    places,
                    c,
                    value,
                    stock,
                    figureColumns.size(),
                    stock ? stockPeriod.value() : flowPeriod.value());
            if (id.isRejected()) {
                return id.problem();
            }
            if (value.isPresent() && disaggregated) {
                totalsByBase.putIfAbsent(c.base(), value.getAsLong());
                idsByBase.putIfAbsent(c.base(), id.value());
            }
        }
        if (disaggregated) {
            values.disaggregation(row, totalsByBase, idsByBase);
        }
        row.date(flowPeriod.value().end());
        values.sum();
        return Optional.empty();
    }

    /** Loops, not streams: called for every row. */
    private static boolean allBlank(List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (!fields.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isTotal(Optional<PlaceCell> place) {
        return place.isPresent()
                && MatrixReader.TOTAL_WORDS.contains(place.get().name().toLowerCase(Locale.ROOT));
    }

    private Parsed<Boolean> isStock(Optional<String> kindCell, HxlColumn c) {
        if (kindCell.isEmpty()) {
            return Parsed.of(c.stock());
        }
        String k = kindCell.get();
        if (!k.equalsIgnoreCase("stock") && !k.equalsIgnoreCase("flow")) {
            return Parsed.rejected(Problem.ofCell(
                    columns.first(Role.KIND).orElseThrow().index(),
                    "kind",
                    "expected stock or flow",
                    k,
                    "write stock or flow"));
        }
        return Parsed.of(k.equalsIgnoreCase("stock"));
    }

    /** Adds the figure of one value column; returns its id. */
    private Parsed<String> figure(
            ImportRow row,
            List<String> fields,
            Places places,
            HxlColumn c,
            OptionalLong value,
            boolean stock,
            int figuresInRow,
            Period period) {
        Parsed<Count> counted = cells.count(row, fields, value);
        if (counted.isRejected()) {
            return counted.passOn();
        }
        Count count = counted.value();
        String what = columns.text(fields, Role.WHAT).orElse(c.what());
        String anchor = (stock
                        ? places.place().or(places::dest)
                        : places.origin().or(places::place))
                .map(PlaceCell::name)
                .orElse("x");
        String id = columns.text(fields, Role.ID)
                .map(i -> figuresInRow == 1 ? i : i + "-" + cells.slug(what))
                .orElseGet(() -> row.uniqueId(cells.madeId(anchor, period, what)));
        Optional<String> controller = columns.text(fields, Role.CONTROLLED_BY);
        if (stock) {
            Optional<PlaceCell> at = places.place().or(places::dest);
            if (at.isEmpty()) {
                return Parsed.rejected(Problem.ofRecord(
                        c.index(),
                        c.header(),
                        "a stock" + " needs a place: tag a column #adm1+name, #loc+name or #country+name",
                        "add the place"));
            }
            Parsed<PlaceKind> kind =
                    columns.kind(fields, Role.PLACE_KIND, at.get().column());
            if (kind.isRejected()) {
                return kind.passOn();
            }
            Place p = place(at.get().name(), kind.value(), controller);
            return added(
                    row,
                    c,
                    id,
                    e -> Stock.stated(id)
                            .what(what)
                            .in(p)
                            .count(count)
                            .during(period)
                            .evidence(e));
        }
        Optional<PlaceCell> origin = places.origin().or(places::place);
        if (origin.isEmpty()) {
            return Parsed.rejected(Problem.ofRecord(
                    c.index(),
                    c.header(),
                    "a flow" + " needs an origin: tag a column #loc+origin or #adm1+origin",
                    "add the origin"));
        }
        PlaceCell from = origin.get();
        Optional<PlaceCell> to =
                places.dest().or(() -> places.origin().isPresent() ? places.place() : Optional.empty());
        Parsed<PlaceKind> fromKind = columns.kind(fields, Role.ORIGIN_KIND, from.column());
        if (fromKind.isRejected()) {
            return fromKind.passOn();
        }
        Place o = place(from.name(), fromKind.value(), columns.text(fields, Role.ORIGIN_CONTROLLED_BY));
        Optional<Place> d = Optional.empty();
        Optional<PlaceCell> dest = to.filter(t -> !t.name().equals(from.name()));
        if (dest.isPresent()) {
            Parsed<PlaceKind> destKind =
                    columns.kind(fields, Role.DEST_KIND, dest.get().column());
            if (destKind.isRejected()) {
                return destKind.passOn();
            }
            d = Optional.of(place(dest.get().name(), destKind.value(), controller));
        }
        Optional<String> partOf = columns.text(fields, Role.PART_OF);
        if (partOf.isPresent()) {
            row.partOfAnother();
        }
        Optional<Place> destination = d;
        return added(row, c, id, e -> {
            Flow.Builder flow = ImportRow.flow(id, what, o, destination, period, count);
            partOf.ifPresent(flow::partOf);
            return flow.evidence(e);
        });
    }

    /** Adds the figure of column {@code c} under {@code id}; returns the id, or why it cannot be added. */
    private static Parsed<String> added(ImportRow row, HxlColumn c, String id, Function<Evidence, Figure> make) {
        if (!Ids.isId(id)) {
            return Parsed.rejected(Problem.ofCell(
                    c.index(),
                    c.header(),
                    "the figure's id must be lower-case letters, digits and inner hyphens",
                    id,
                    "fix #meta+id"));
        }
        Optional<Problem> duplicate = row.figure(id, c.index(), c.header(), make);
        return duplicate.isPresent() ? Parsed.rejected(duplicate.get()) : Parsed.of(id);
    }

    /** The place, the same object as the last one when it is the same place (a row's figures share theirs). */
    private Place place(String name, PlaceKind kind, Optional<String> controlledBy) {
        Place last = lastPlace;
        if (last == null
                || !last.name().equals(name)
                || last.kind() != kind
                || !last.controlledBy().equals(controlledBy)) {
            last = controlledBy.map(who -> Place.controlled(name, kind, who)).orElseGet(() -> Place.of(name, kind));
            lastPlace = last;
        }
        return last;
    }
}
