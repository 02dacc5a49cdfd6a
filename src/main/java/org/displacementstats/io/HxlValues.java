package org.displacementstats.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.displacementstats.dataset.Expectation;
import org.displacementstats.io.HxlColumn.Role;

/**
 * The numbers of an HXL table's value and disaggregated columns ({@link HxlRowReader}): one row's, and their sums
 * over the rows that are not totals, which the file's total rows are checked against at the end. Kept in arrays by
 * the column's index in the file, not in maps of boxed numbers: a big import reads millions of rows.
 *
 * <p>Not safe for use by several threads at once.
 */
final class HxlValues {
    /** A disaggregation of one total along one dimension (sex, age, sex and age). */
    private record Dimension(String base, String name) {}

    private final HxlColumns columns;
    private final long[] values;
    private final boolean[] has;
    private final long[] sums;
    private final boolean[] isSummed;
    /** The columns in the order they were first summed, so that the checks against total rows keep their order. */
    private final List<HxlColumn> summed = new ArrayList<>();

    HxlValues(HxlColumns columns) {
        this.columns = columns;
        int width = 0;
        for (HxlColumn c : columns.all()) {
            width = Math.max(width, c.index() + 1);
        }
        this.values = new long[width];
        this.has = new boolean[width];
        this.sums = new long[width];
        this.isSummed = new boolean[width];
    }

    /**
     * Reads the numbers of a row, forgetting the last row's.
     *
     * @return the first cell that is no number of people, or empty
     */
    Optional<Problem> read(ImportRow row, List<String> fields) {
        for (HxlColumn c : columns.all()) {
            has[c.index()] = false;
            if (c.role() == Role.VALUE || c.role() == Role.DISAGGREGATED) {
                Parsed<OptionalLong> people = row.people(fields, c.index(), c.header());
                if (people.isRejected()) {
                    return people.problem();
                }
                if (people.value().isPresent()) {
                    values[c.index()] = people.value().getAsLong();
                    has[c.index()] = true;
                }
            }
        }
        return Optional.empty();
    }

    /** @return whether the row has a number in column {@code c} */
    boolean has(HxlColumn c) {
        return has[c.index()];
    }

    /** @return the row's number in column {@code c}, if any */
    OptionalLong value(HxlColumn c) {
        return has[c.index()] ? OptionalLong.of(values[c.index()]) : OptionalLong.empty();
    }

    /** @return the row's numbers, by column in the file's order */
    Map<HxlColumn, Long> row() {
        Map<HxlColumn, Long> row = new LinkedHashMap<>();
        for (HxlColumn c : columns.all()) {
            if (has[c.index()]) {
                row.put(c, values[c.index()]);
            }
        }
        return row;
    }

    /** Adds the row's numbers to the sums. */
    void sum() {
        for (HxlColumn c : columns.all()) {
            int i = c.index();
            if (has[i]) {
                if (!isSummed[i]) {
                    isSummed[i] = true;
                    summed.add(c);
                }
                sums[i] += values[i];
            }
        }
    }

    /** @return the sums of each column over the rows summed, in the order first summed */
    Map<HxlColumn, Long> sums() {
        Map<HxlColumn, Long> bySum = new LinkedHashMap<>();
        for (HxlColumn c : summed) {
            bySum.put(c, sums[c.index()]);
        }
        return bySum;
    }

    /**
     * States that the row's disaggregated values add up within their total, by dimension (sex, age, sex and age);
     * they are never added into it.
     *
     * @param totalsByBase the row's total of each base column
     * @param idsByBase the id of the figure of each base column
     */
    void disaggregation(ImportRow row, Map<String, Long> totalsByBase, Map<String, String> idsByBase) {
        Map<Dimension, List<Expectation.Part>> groups = new LinkedHashMap<>();
        for (HxlColumn c : columns.withRole(Role.DISAGGREGATED)) {
            if (!has[c.index()] || !totalsByBase.containsKey(c.base())) {
                continue;
            }
            boolean sex = c.attributes().stream().anyMatch(HxlColumn.SEX::contains);
            boolean age = c.attributes().stream()
                    .anyMatch(a -> HxlColumn.AGE.matcher(a).matches());
            Dimension d = new Dimension(c.base(), sex && age ? "sex-age" : sex ? "sex" : "age");
            groups.computeIfAbsent(d, k -> new ArrayList<>()).add(new Expectation.Part(c.tag(), values[c.index()]));
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
}
