package org.displacementstats.io;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The ids a file has given so far and the line each was first given on, held compactly: a file of a million rows
 * gives millions of ids, and a {@code HashMap<String, Long>} spends some 130 bytes on each. Here an id costs its
 * UTF-8 bytes and its line (written as varints in blocks of bytes) and two {@code int}s in a hash table; no object
 * is kept per id. Ids are compared byte for byte, never by hash alone.
 *
 * <p>Nothing is copied whole to grow. The table is split in {@value #SHARDS} shards by hash, each growing on its
 * own. The blocks of bytes grow from 64 KiB to {@link #BLOCK} bytes and then stay at that size: a block that large
 * is a "humongous" object for G1 (at least half a region, for heaps under 16 GiB), allocated straight into the old
 * generation, so that young collections never copy the ids, however many there are.
 *
 * <p>Not safe for use by several threads at once.
 */
final class CompactIds {
    /** The largest block of ids, in bytes: one G1 region of 4 MiB, less its array header. */
    static final int BLOCK = (1 << 22) - 64;

    private static final int FIRST_BLOCK = 1 << 16;
    private static final int OFFSET_BITS = 22;
    private static final int SHARDS = 64;
    private static final int SHARD_BITS = 6;
    private static final int FIRST_CAPACITY = 64;

    private final List<byte[]> blocks = new ArrayList<>();
    private byte[] block;
    private int used;
    /** Per shard: each slot holds 1 + where an id starts (block and offset), or 0 when free. */
    private final int[][] refs = new int[SHARDS][];
    /** Per shard: the hash of the id in each slot. */
    private final int[][] hashes = new int[SHARDS][];

    private final int[] sizes = new int[SHARDS];
    private long size;

    /** Starts with no id. */
    CompactIds() {
        for (int s = 0; s < SHARDS; s++) {
            refs[s] = new int[FIRST_CAPACITY];
            hashes[s] = new int[FIRST_CAPACITY];
        }
    }

    /** @return how many ids were added */
    long size() {
        return size;
    }

    /**
     * @param id an id
     * @return the line it was first given on, or 0 if it was never added
     */
    long firstLine(String id) {
        byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
        int h = hash(id);
        int slot = find(h >>> (32 - SHARD_BITS), h, bytes);
        return slot < 0 ? 0 : lineAt(refs[h >>> (32 - SHARD_BITS)][slot] - 1);
    }

    /**
     * Adds an id given on a line, unless it was added before (its first line is then kept).
     *
     * @param id the id
     * @param line its line, from 1
     * @throws IllegalArgumentException if the line is not positive
     */
    void add(String id, long line) {
        Objects.requireNonNull(id, "id");
        if (line <= 0) {
            throw new IllegalArgumentException("line must be positive but was " + line);
        }
        byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
        int h = hash(id);
        int shard = h >>> (32 - SHARD_BITS);
        int slot = find(shard, h, bytes);
        if (slot >= 0) {
            return;
        }
        if ((sizes[shard] + 1) * 4L > refs[shard].length * 3L) {
            grow(shard);
        }
        int[] r = refs[shard];
        int mask = r.length - 1;
        int i = h & mask;
        while (r[i] != 0) {
            i = (i + 1) & mask;
        }
        r[i] = 1 + store(bytes, line);
        hashes[shard][i] = h;
        sizes[shard]++;
        size++;
    }

    /** The slot of the id in its shard, or -1. */
    private int find(int shard, int h, byte[] bytes) {
        int[] r = refs[shard];
        int[] hs = hashes[shard];
        int mask = r.length - 1;
        for (int i = h & mask; r[i] != 0; i = (i + 1) & mask) {
            if (hs[i] == h && sameBytes(r[i] - 1, bytes)) {
                return i;
            }
        }
        return -1;
    }

    private void grow(int shard) {
        int[] oldRefs = refs[shard];
        int[] oldHashes = hashes[shard];
        int[] r = new int[oldRefs.length * 2];
        int[] hs = new int[r.length];
        int mask = r.length - 1;
        for (int j = 0; j < oldRefs.length; j++) {
            if (oldRefs[j] != 0) {
                int i = oldHashes[j] & mask;
                while (r[i] != 0) {
                    i = (i + 1) & mask;
                }
                r[i] = oldRefs[j];
                hs[i] = oldHashes[j];
            }
        }
        refs[shard] = r;
        hashes[shard] = hs;
    }

    /** Writes an entry (length, bytes, line) and returns where it starts. */
    private int store(byte[] bytes, long line) {
        int need = 5 + bytes.length + 10;
        if (block == null || used + need > block.length) {
            if (blocks.size() == (1 << (31 - OFFSET_BITS)) - 1) {
                throw new IllegalStateException("more ids than " + CompactIds.class.getSimpleName() + " can hold");
            }
            // An id longer than a block gets a block of its own.
            int next = block == null ? FIRST_BLOCK : (int) Math.min(BLOCK, 2L * block.length);
            block = new byte[Math.max(next, need)];
            blocks.add(block);
            used = 0;
        }
        int start = ((blocks.size() - 1) << OFFSET_BITS) | used;
        used = writeVarint(block, used, bytes.length);
        System.arraycopy(bytes, 0, block, used, bytes.length);
        used = writeVarint(block, used + bytes.length, line);
        return start;
    }

    private boolean sameBytes(int ref, byte[] bytes) {
        byte[] b = blocks.get(ref >>> OFFSET_BITS);
        int at = ref & ((1 << OFFSET_BITS) - 1);
        int from = skipVarint(b, at);
        return varint(b, at) == bytes.length && Arrays.equals(b, from, from + bytes.length, bytes, 0, bytes.length);
    }

    private long lineAt(int ref) {
        byte[] b = blocks.get(ref >>> OFFSET_BITS);
        int at = ref & ((1 << OFFSET_BITS) - 1);
        return varint(b, skipVarint(b, at) + (int) varint(b, at));
    }

    private static long varint(byte[] b, int at) {
        long v = 0;
        int shift = 0;
        int i = at;
        byte x;
        do {
            x = b[i++];
            v |= (long) (x & 0x7f) << shift;
            shift += 7;
        } while (x < 0);
        return v;
    }

    /** @return where the varint at {@code at} ends */
    private static int skipVarint(byte[] b, int at) {
        int i = at;
        while (b[i++] < 0) {
            // Continuation bytes have the top bit set.
        }
        return i;
    }

    private static int writeVarint(byte[] b, int at, long value) {
        long v = value;
        while ((v & ~0x7fL) != 0) {
            b[at++] = (byte) ((v & 0x7f) | 0x80);
            v >>>= 7;
        }
        b[at++] = (byte) v;
        return at;
    }

    /** The id's hash, mixed so that its top bits (the shard) and low bits (the slot) both spread. */
    private static int hash(String id) {
        int h = id.hashCode();
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
