package org.displacementstats.flowlog;

/**
 * A worker's sums by date ({@code yyyymmdd}): {@link CellSums} indexed by {@code yyyymmdd} minus the first year's
 * {@code yyyy0000}, for up to {@link #MAX_YEARS} years (10,000 cells a year, of which the year's days use 365: the
 * cells touched stay few); dates further apart go to its exact table. No division per row.
 */
final class DateTable {
    /** The most years that have cells: 8, 1.3 MiB of cells. */
    static final int MAX_YEARS = 8;

    private static final int YEAR = 10_000;

    final CellSums sums = new CellSums(0);
    /** {@code yyyy0000} of the first year with cells. */
    private int base;
    /** How many {@code yyyymmdd} values from {@link #base} have cells: a whole number of years. */
    private int span;

    /** @return the date's cell, -1 for the exact table, or {@link CellSums#GROW} */
    int cell(int yyyymmdd) {
        int i = yyyymmdd - base;
        if (i >= 0 && i < span) {
            return i * CellSums.STRIDE;
        }
        int first = span == 0 ? yyyymmdd / YEAR : Math.min(base, yyyymmdd) / YEAR;
        int last = span == 0 ? yyyymmdd / YEAR : Math.max(base + span - 1, yyyymmdd) / YEAR;
        return last - first < MAX_YEARS ? CellSums.GROW : -1;
    }

    /** Makes room for a date that {@link #cell} answered {@link CellSums#GROW} for, and gives its cell. */
    int grow(int yyyymmdd) {
        int from = base;
        int first = span == 0 ? yyyymmdd / YEAR * YEAR : Math.min(base, yyyymmdd / YEAR * YEAR);
        int end = span == 0 ? first + YEAR : Math.max(base + span, (yyyymmdd / YEAR + 1) * YEAR);
        sums.resize(end - first, c -> c + (from - first) * CellSums.STRIDE);
        base = first;
        span = end - first;
        return cell(yyyymmdd);
    }

    /** How many dates have a row; an upper bound when some moved to the exact table, enough to size a list. */
    int size() {
        return sums.used() + sums.exact.size();
    }

    /**
     * Calls {@code visitor} once per date with a row, with its five sums indexed as in {@link LongAggregates} (the
     * array is reused between calls), in no particular order.
     */
    void forEach(LongAggregates.Visitor visitor) {
        long[] s = new long[LongAggregates.SUMS];
        for (int i = 0; i < span; i++) {
            if (sums.sums(i * CellSums.STRIDE, base + i, s)) {
                visitor.visit(base + i, s);
            }
        }
        sums.exact.forEach((key, e) -> {
            if (key < base || key >= base + span) {
                visitor.visit(key, e);
            }
        });
    }
}
