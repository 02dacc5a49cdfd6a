package org.displacementstats.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.displacementstats.figure.PlaceKind;
import org.displacementstats.internal.CsvCells;
import org.displacementstats.io.HxlColumn.Role;

/**
 * The read columns of an HXL table, and their cells in a row: texts (a spreadsheet guard {@code '} removed),
 * the most specific place of a role, and place kinds.
 *
 * @param all the columns with a hashtag
 */
record HxlColumns(List<HxlColumn> all) {

    /** A place named in a row, and the column it was read from. */
    record PlaceCell(String name, HxlColumn column) {}

    HxlColumns {
        all = List.copyOf(all);
    }

    Optional<HxlColumn> first(Role role) {
        // Loops, not streams: called for every row, several times.
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).role() == role) {
                return Optional.of(all.get(i));
            }
        }
        return Optional.empty();
    }

    boolean has(Role role) {
        return first(role).isPresent();
    }

    List<HxlColumn> withRole(Role role) {
        List<HxlColumn> columns = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).role() == role) {
                columns.add(all.get(i));
            }
        }
        return Collections.unmodifiableList(columns);
    }

    /** @return the non-blank text of the first column of {@code role}, if any */
    Optional<String> text(List<String> fields, Role role) {
        return first(role).flatMap(c -> text(fields, c));
    }

    static Optional<String> text(List<String> fields, HxlColumn c) {
        return Optional.of(CsvCells.unguard(ImportRow.cell(fields, c.index()).strip()))
                .filter(s -> !s.isEmpty());
    }

    /**
     * The most specific non-blank place of a role in the row: loc before adm5 … adm1 before country; names before
     * codes.
     */
    Optional<PlaceCell> place(List<String> fields, Role role) {
        PlaceCell best = null;
        for (HxlColumn c : withRole(role)) {
            Optional<String> v = text(fields, c);
            if (v.isEmpty()) {
                continue;
            }
            if (best == null
                    || c.rank() > best.column().rank()
                    || c.rank() == best.column().rank() && best.column().code() && !c.code()) {
                best = new PlaceCell(v.get(), c);
            }
        }
        return Optional.ofNullable(best);
    }

    /** The kind of a place: as its kind column says, else a country for a country column, else a region. */
    Parsed<PlaceKind> kind(List<String> fields, Role kindRole, HxlColumn placeColumn) {
        Optional<String> given = text(fields, kindRole);
        if (given.isPresent()) {
            for (PlaceKind p : PlaceKind.values()) {
                if (p.name().equalsIgnoreCase(given.get())) {
                    return Parsed.of(p);
                }
            }
            HxlColumn k = first(kindRole).orElseThrow();
            return Parsed.rejected(Problem.ofCell(
                    k.index(),
                    k.header(),
                    "expected a place kind (country, region, city, district," + " neighbourhood, enclave, areas_held)",
                    given.get(),
                    "use one of those words"));
        }
        return Parsed.of(placeColumn.rank() == 0 ? PlaceKind.COUNTRY : PlaceKind.REGION);
    }
}
