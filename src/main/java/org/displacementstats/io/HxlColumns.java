package org.displacementstats.io;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.displacementstats.figure.PlaceKind;
import org.displacementstats.internal.CsvCells;
import org.displacementstats.io.HxlColumn.Role;

/**
 * The read columns of an HXL table, and their cells in a row: texts (a spreadsheet guard {@code '} removed),
 * the most specific place of a role, and place kinds.
 *
 * <p>The columns of each role are found once, when the header is read, not for every row: a big import reads
 * these for each of its million rows, and a list or an {@code Optional} made per row and role was a large part of
 * what it allocated.
 */
final class HxlColumns {

    /** A place named in a row, and the column it was read from. */
    record PlaceCell(String name, HxlColumn column) {}

    private final List<HxlColumn> all;
    private final Map<Role, List<HxlColumn>> byRole = new EnumMap<>(Role.class);
    private final Map<Role, Optional<HxlColumn>> firstByRole = new EnumMap<>(Role.class);

    /** @param all the columns with a hashtag */
    HxlColumns(List<HxlColumn> all) {
        this.all = List.copyOf(all);
        for (Role role : Role.values()) {
            List<HxlColumn> columns = new ArrayList<>();
            for (HxlColumn c : this.all) {
                if (c.role() == role) {
                    columns.add(c);
                }
            }
            byRole.put(role, List.copyOf(columns));
            firstByRole.put(role, columns.stream().findFirst());
        }
    }

    /** @return the columns with a hashtag, in the file's order */
    List<HxlColumn> all() {
        return all;
    }

    Optional<HxlColumn> first(Role role) {
        return firstByRole.get(role);
    }

    boolean has(Role role) {
        return first(role).isPresent();
    }

    List<HxlColumn> withRole(Role role) {
        return byRole.get(role);
    }

    /** @return the non-blank text of the first column of {@code role}, if any */
    Optional<String> text(List<String> fields, Role role) {
        Optional<HxlColumn> c = first(role);
        return c.isEmpty() ? Optional.empty() : text(fields, c.get());
    }

    static Optional<String> text(List<String> fields, HxlColumn c) {
        String s = CsvCells.unguard(ImportRow.cell(fields, c.index()).strip());
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    /**
     * The most specific non-blank place of a role in the row: loc before adm5 … adm1 before country; names before
     * codes.
     */
    Optional<PlaceCell> place(List<String> fields, Role role) {
        PlaceCell best = null;
        List<HxlColumn> columns = withRole(role);
        for (int i = 0; i < columns.size(); i++) {
            HxlColumn c = columns.get(i);
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
