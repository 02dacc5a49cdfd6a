package org.displacementstats.flowlog;

import java.util.Arrays;

/**
 * Sums per long key in an open-addressing table: rows, point, low, high (of bounded rows) and the number of
 * unbounded rows. Each slot keeps its key and its five sums side by side in one {@code long[]}, so that one
 * update touches one or two cache lines; slots are chosen by Fibonacci hashing (the high bits of key × φ).
 */
final class LongAggregates {
    static final int ROWS = 0;
    static final int POINT = 1;
    static final int LOW = 2;
    static final int HIGH = 3;
    static final int UNBOUNDED = 4;
    static final int SUMS = 5;
    private static final int STRIDE = SUMS + 1;
    private static final long EMPTY = Long.MIN_VALUE;

    private long[] slots;
    private int shift;
    private int mask;
    private int size;

    LongAggregates(int expected) {
        allocate(Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1);
    }

    private void allocate(int capacity) {
        slots = new long[capacity * STRIDE];
        for (int s = 0; s < slots.length; s += STRIDE) {
            slots[s] = EMPTY;
        }
        mask = capacity - 1;
        shift = 64 - Integer.numberOfTrailingZeros(capacity);
    }

    int size() {
        return size;
    }

    /** Adds one row; {@code high} counts only when {@code bounded}. */
    void add(long key, long point, long low, long high, boolean bounded) {
        int base = slot(key) + 1;
        long[] v = slots;
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
        int base = slot(key) + 1;
        for (int i = 0; i < SUMS; i++) {
            slots[base + i] = Math.addExact(slots[base + i], sums[i]);
        }
    }

    /** Calls {@code visitor} once per key with its five sums (the array is reused between calls). */
    void forEach(Visitor visitor) {
        long[] sums = new long[SUMS];
        for (int s = 0; s < slots.length; s += STRIDE) {
            if (slots[s] != EMPTY) {
                System.arraycopy(slots, s + 1, sums, 0, SUMS);
                visitor.visit(slots[s], sums);
            }
        }
    }

    /** The keys, in increasing order. */
    long[] sortedKeys() {
        long[] keys = new long[size];
        int n = 0;
        for (int s = 0; s < slots.length; s += STRIDE) {
            if (slots[s] != EMPTY) {
                keys[n++] = slots[s];
            }
        }
        Arrays.sort(keys);
        return keys;
    }

    /**
     * Adds the five sums of {@code key}, if the table holds it, to {@code to[0, 5)}.
     *
     * @return whether the table holds the key
     */
    boolean addSumsTo(long key, long[] to) {
        int s = probe(key);
        if (s < 0) {
            return false;
        }
        for (int k = 0; k < SUMS; k++) {
            to[k] = Math.addExact(to[k], slots[s + 1 + k]);
        }
        return true;
    }

    /** Copies the five sums of {@code key}, a key of the table, to {@code to[from, from + 5)}. */
    void copySums(long key, long[] to, int from) {
        System.arraycopy(slots, slot(key) + 1, to, from, SUMS);
    }

    /**
     * One key and its sums, indexed by {@link #ROWS}, {@link #POINT}, {@link #LOW}, {@link #HIGH}, {@link #UNBOUNDED}.
     */
    interface Visitor {
        void visit(long key, long[] sums);
    }

    /** The index of the key's slot, inserting the key if absent. */
    private int slot(long key) {
        int s = probe(key);
        if (s >= 0) {
            return s;
        }
        if ((size + 1) * 4L > (mask + 1) * 3L) {
            grow();
            return slot(key);
        }
        s = -1 - s;
        slots[s] = key;
        size++;
        return s;
    }

    /** @return the key's slot, or {@code -1 - s} where {@code s} is the free slot it would take */
    private int probe(long key) {
        int i = (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
        while (true) {
            int s = i * STRIDE;
            long k = slots[s];
            if (k == key) {
                return s;
            }
            if (k == EMPTY) {
                return -1 - s;
            }
            i = (i + 1) & mask;
        }
    }

    private void grow() {
        long[] old = slots;
        allocate((mask + 1) * 2);
        for (int s = 0; s < old.length; s += STRIDE) {
            if (old[s] != EMPTY) {
                int i = (int) ((old[s] * 0x9E3779B97F4A7C15L) >>> shift);
                while (slots[i * STRIDE] != EMPTY) {
                    i = (i + 1) & mask;
                }
                System.arraycopy(old, s, slots, i * STRIDE, STRIDE);
            }
        }
    }
}
