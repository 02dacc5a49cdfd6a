package org.displacementstats.flowlog;

import java.util.function.IntUnaryOperator;

/**
 * Sums of rows in a plain array of small cells, in front of an exact {@link LongAggregates}: what {@link PairTable}
 * and {@link DateTable} share. A cell is 16 bytes, four {@code int}s: the row and unbounded-row counts (16 bits
 * each), and the sums of point, low and high; four cells fill a cache line, and no key is stored or probed. A row
 * goes to the exact table instead when its owner has no cell for it (cell {@code -1}); when a cell's sums would leave
 * an {@code int} (or its counts 16 bits), the cell's sums move to the exact table first. {@link #sums} adds both, so
 * the sums are exact.
 */
final class CellSums {
    /**
     * The cell an owner gives for a row that needs more cells than there are: it makes them after the rows pending
     * for the old ones are added.
     */
    static final int GROW = -2;

    /** {@code int}s per cell; a cell's index is a multiple of it. */
    static final int STRIDE = 4;

    private static final int COUNTS = 0;
    private static final int POINT = 1;
    private static final int LOW = 2;
    private static final int HIGH = 3;
    private static final int ROW = 1;
    private static final int UNBOUNDED_ROW = 1 << 16;
    private static final int COUNT_MASK = 0xFFFF;

    /** Rows without a cell, and the sums moved out of full cells. */
    final LongAggregates exact = new LongAggregates(1 << 8);

    private int[] cells;

    /** @param cells how many cells */
    CellSums(int cells) {
        this.cells = new int[cells * STRIDE];
    }

    /**
     * Adds rows {@code 0} to {@code n - 1} of the arrays, in one loop (the client compiler would not inline a call
     * per row); a row's {@code high} is {@link FlowBounds#UNBOUNDED} when it has no upper bound.
     *
     * @param cell each row's cell index, or -1 to add it to the exact table
     * @param key each row's key in the exact table
     */
    void add(int[] cell, long[] key, long[] points, long[] lows, long[] highs, int n) {
        int[] v = cells;
        for (int i = 0; i < n; i++) {
            int c = cell[i];
            long high = highs[i];
            boolean bounded = high != FlowBounds.UNBOUNDED;
            if (c >= 0) {
                int counts = v[c + COUNTS];
                long p = v[c + POINT] + points[i];
                long l = v[c + LOW] + lows[i];
                long h = bounded ? v[c + HIGH] + high : v[c + HIGH];
                // Sums are >= 0: a bit from 31 up set means that the sum leaves an int.
                if (((p | l | h) >>> 31) == 0 && (counts & COUNT_MASK) != COUNT_MASK) {
                    v[c + COUNTS] = counts + (bounded ? ROW : ROW + UNBOUNDED_ROW);
                    v[c + POINT] = (int) p;
                    v[c + LOW] = (int) l;
                    v[c + HIGH] = (int) h;
                    continue;
                }
                exact.addAll(key[i], sums(c, new long[LongAggregates.SUMS]));
                for (int k = 0; k < STRIDE; k++) {
                    v[c + k] = 0;
                }
            }
            exact.add(key[i], points[i], lows[i], high, bounded);
        }
    }

    /**
     * Puts the sums of a cell, and those of its key in the exact table, into {@code to}.
     *
     * @return whether the key has rows
     */
    boolean sums(int c, long key, long[] to) {
        sums(c, to);
        return exact.size() > 0 && exact.addSumsTo(key, to) || cells[c + COUNTS] != 0;
    }

    /** How many cells have rows. */
    int used() {
        int n = 0;
        for (int c = 0; c < cells.length; c += STRIDE) {
            if (cells[c + COUNTS] != 0) {
                n++;
            }
        }
        return n;
    }

    /**
     * Moves the cells to a new array of {@code size} cells.
     *
     * @param at the index of an old cell in the new array
     */
    void resize(int size, IntUnaryOperator at) {
        int[] bigger = new int[size * STRIDE];
        for (int c = 0; c < cells.length; c += STRIDE) {
            if (cells[c + COUNTS] != 0) {
                System.arraycopy(cells, c, bigger, at.applyAsInt(c), STRIDE);
            }
        }
        cells = bigger;
    }

    private long[] sums(int c, long[] to) {
        int counts = cells[c + COUNTS];
        to[LongAggregates.ROWS] = counts & COUNT_MASK;
        to[LongAggregates.UNBOUNDED] = counts >>> 16;
        to[LongAggregates.POINT] = cells[c + POINT];
        to[LongAggregates.LOW] = cells[c + LOW];
        to[LongAggregates.HIGH] = cells[c + HIGH];
        return to;
    }
}
