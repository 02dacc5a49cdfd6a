package org.displacementstats.flowlog;

/**
 * A worker's sums by origin × destination (worker-local place ids): {@link CellSums} indexed by origin and
 * destination for the first {@link #MAX_SIDE} places, so that the cells of a log with a few hundred places (90,000
 * pairs: 1.4 MiB) mostly stay in the core's cache; the pairs of later places go to its exact table.
 */
final class PairTable {
    /** The most places whose pairs have a cell: 1,024, 16 MiB of cells. */
    static final int MAX_SIDE = 1 << 10;

    final CellSums sums;
    /** The places that have cells, a power of two: ids {@code 0} to {@code side - 1}. */
    private int side = 64;

    PairTable() {
        sums = new CellSums(side * side);
    }

    /** @return the pair's cell, -1 for the exact table, or {@link CellSums#GROW} */
    int cell(int origin, int destination) {
        if ((origin | destination) < side) {
            return (origin * side + destination) * CellSums.STRIDE;
        }
        return Math.max(origin, destination) < MAX_SIDE ? CellSums.GROW : -1;
    }

    /** Makes room for a pair that {@link #cell} answered {@link CellSums#GROW} for, and gives its cell. */
    int grow(int origin, int destination) {
        int from = side;
        int to = Integer.highestOneBit(Math.max(origin, destination)) << 1;
        sums.resize(to * to, c -> {
            int cell = c / CellSums.STRIDE;
            return (cell / from * to + cell % from) * CellSums.STRIDE;
        });
        side = to;
        return cell(origin, destination);
    }

    static long key(int origin, int destination) {
        return ((long) origin << 32) | destination;
    }

    /** How many pairs have a row; an upper bound when some moved to the exact table, enough to size a list. */
    int size() {
        return sums.used() + sums.exact.size();
    }

    /**
     * Calls {@code visitor} once per pair with a row, with its five sums indexed as in {@link LongAggregates} (the
     * array is reused between calls), in no particular order.
     */
    void forEach(LongAggregates.Visitor visitor) {
        long[] s = new long[LongAggregates.SUMS];
        for (int o = 0; o < side; o++) {
            for (int d = 0; d < side; d++) {
                long key = key(o, d);
                if (sums.sums((o * side + d) * CellSums.STRIDE, key, s)) {
                    visitor.visit(key, s);
                }
            }
        }
        sums.exact.forEach((key, e) -> {
            if (((int) (key >>> 32) | (int) key) >= side) {
                visitor.visit(key, e);
            }
        });
    }
}
