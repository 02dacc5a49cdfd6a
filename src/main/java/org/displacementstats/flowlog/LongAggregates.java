package org.displacementstats.flowlog;

import java.util.Arrays;

/**
 * Sums per long key in an open-addressing table: rows, point, low, high (of bounded rows) and the number of
 * unbounded rows, kept side by side in one {@code long[]} so that one update touches one cache line.
 */
final class LongAggregates {
    static final int ROWS = 0;
    static final int POINT = 1;
    static final int LOW = 2;
    static final int HIGH = 3;
    static final int UNBOUNDED = 4;
    private static final int STRIDE = 5;
    private static final long EMPTY = Long.MIN_VALUE;

    private long[] keys;
    private long[] values;
    private int mask;
    private int size;

    LongAggregates(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        allocate(capacity);
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        Arrays.fill(keys, EMPTY);
        values = new long[capacity * STRIDE];
        mask = capacity - 1;
    }

    int size() {
        return size;
    }

    /** Adds one row; {@code high} counts only when {@code bounded}. */
    void add(long key, long point, long low, long high, boolean bounded) {
        int base = slot(key) * STRIDE;
        long[] v = values;
        v[base + ROWS]++;
        v[base + POINT] = Math.addExact(v[base + POINT], point);
        v[base + LOW] = Math.addExact(v[base + LOW], low);
        if (bounded) {
            v[base + HIGH] = Math.addExact(v[base + HIGH], high);
        } else {
            v[base + UNBOUNDED]++;
        }
    }

    /** Adds the sums of another table's entry, under a (possibly translated) key. */
    void addAll(long key, long[] sums) {
        int base = slot(key) * STRIDE;
        for (int i = 0; i < STRIDE; i++) {
            values[base + i] = Math.addExact(values[base + i], sums[i]);
        }
    }

    /** Calls {@code visitor} once per key with its five sums (the array is reused between calls). */
    void forEach(Visitor visitor) {
        long[] sums = new long[STRIDE];
        for (int s = 0; s < keys.length; s++) {
            if (keys[s] != EMPTY) {
                System.arraycopy(values, s * STRIDE, sums, 0, STRIDE);
                visitor.visit(keys[s], sums);
            }
        }
    }

    /** One key and its sums, indexed by {@link #ROWS}, {@link #POINT}, {@link #LOW}, {@link #HIGH}, {@link #UNBOUNDED}. */
    interface Visitor {
        void visit(long key, long[] sums);
    }

    private int slot(long key) {
        int s = mix(key) & mask;
        while (true) {
            long k = keys[s];
            if (k == key) {
                return s;
            }
            if (k == EMPTY) {
                if (size + 1 > (mask + 1) * 3 / 4) {
                    grow();
                    return slot(key);
                }
                keys[s] = key;
                size++;
                return s;
            }
            s = (s + 1) & mask;
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29));
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        allocate(oldKeys.length * 2);
        for (int s = 0; s < oldKeys.length; s++) {
            if (oldKeys[s] != EMPTY) {
                int t = mix(oldKeys[s]) & mask;
                while (keys[t] != EMPTY) {
                    t = (t + 1) & mask;
                }
                keys[t] = oldKeys[s];
                System.arraycopy(oldValues, s * STRIDE, values, t * STRIDE, STRIDE);
            }
        }
    }
}
