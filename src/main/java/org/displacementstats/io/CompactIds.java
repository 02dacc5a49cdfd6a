package org.displacementstats.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The ids a file has given so far and the line each was first given on, held compactly: a file of a million rows
 * gives millions of ids, and a {@code HashMap<String, Long>} spends some 130 bytes on each. Here an id costs its
 * UTF-8 bytes and its line (written as varints in blocks of bytes) and one {@code long} in a hash table; no object
 * is kept per id, and none is made to add or look up one. Ids are compared byte for byte, never by hash alone.
 *
 * <p>What is kept long is kept in arrays that young collections do not copy. A block of bytes grows from 64 KiB to
 * {@link #BLOCK} bytes and then stays at that size, and the hash table jumps from {@value #SMALL_TABLE} slots to
 * {@value #LARGE_TABLE} (2 MiB) as soon as it outgrows the first: an array that large is a "humongous" object for
 * G1 (more than half a region, for heaps under 16 GiB), allocated straight into the old generation. A table that
 * a young collection had to copy at each pause until it was old enough made those pauses long enough for G1 to
 * grow the heap.
 *
 * <p>Not safe for use by several threads at once.
 */
final class CompactIds {
    /** The largest block of ids, in bytes: one G1 region of 4 MiB, less its array header. */
    static final int BLOCK = (1 << 22) - 64;

    private static final int FIRST_BLOCK = 1 << 16;
    private static final int OFFSET_BITS = 22;
    private static final int SMALL_TABLE = 1 << 12;
    private static final int LARGE_TABLE = 1 << 18;

    private final List<byte[]> blocks = new ArrayList<>();
    private byte[] block;
    private int used;
    /** Per slot: the id's hash in the high half, 1 + where it starts (block and offset) in the low; 0 when free. */
    private long[] table = new long[SMALL_TABLE];
    /** The UTF-8 bytes of the id at hand, and a buffer over them. */
    private byte[] bytes = new byte[64];

    private ByteBuffer byteView = ByteBuffer.wrap(bytes);
    /** The characters of the id at hand, and a buffer over them: {@code CharBuffer.wrap(id)} would be an object. */
    private char[] chars = new char[64];

    private CharBuffer charView = CharBuffer.wrap(chars);

    private final CharsetEncoder encoder = StandardCharsets.UTF_8
            .newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);

    private long size;

    /** Starts with no id. */
    CompactIds() {}

    /** @return how many ids were added */
    long size() {
        return size;
    }

    /**
     * @param id an id
     * @return the line it was first given on, or 0 if it was never added
     */
    long firstLine(String id) {
        int length = encode(id);
        int slot = find(hash(id), length);
        return slot < 0 ? 0 : lineAt((int) table[slot] - 1);
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
        int length = encode(id);
        int h = hash(id);
        if (find(h, length) >= 0) {
            return;
        }
        if ((size + 1) * 4 > table.length * 3L) {
            grow();
        }
        int mask = table.length - 1;
        int i = h & mask;
        while (table[i] != 0) {
            i = (i + 1) & mask;
        }
        table[i] = (long) h << 32 | (1 + store(length, line));
        size++;
    }

    /** The slot of the id whose {@code length} bytes are in {@link #bytes}, or -1. */
    private int find(int h, int length) {
        long[] t = table;
        int mask = t.length - 1;
        for (int i = h & mask; t[i] != 0; i = (i + 1) & mask) {
            if ((int) (t[i] >>> 32) == h && sameBytes((int) t[i] - 1, length)) {
                return i;
            }
        }
        return -1;
    }

    private void grow() {
        long[] old = table;
        long[] t = new long[old.length < LARGE_TABLE ? LARGE_TABLE : old.length * 2];
        int mask = t.length - 1;
        for (long entry : old) {
            if (entry != 0) {
                int i = (int) (entry >>> 32) & mask;
                while (t[i] != 0) {
                    i = (i + 1) & mask;
                }
                t[i] = entry;
            }
        }
        table = t;
    }

    /**
     * Writes the id's UTF-8 bytes into {@link #bytes}, as {@code String.getBytes(UTF_8)} would, through an encoder
     * kept for every id, from and into buffers kept too, instead of new arrays and buffers per id.
     *
     * @return how many bytes
     */
    private int encode(String id) {
        int length = id.length();
        if (chars.length < length) {
            chars = new char[Math.max(length, 2 * chars.length)];
            charView = CharBuffer.wrap(chars);
        }
        if (bytes.length < 3 * length) {
            bytes = new byte[Math.max(3 * length, 2 * bytes.length)];
            byteView = ByteBuffer.wrap(bytes);
        }
        id.getChars(0, length, chars, 0);
        CharBuffer in = charView.clear().limit(length);
        ByteBuffer out = byteView.clear();
        encoder.reset().encode(in, out, true);
        encoder.flush(out);
        return out.position();
    }

    /** Writes an entry (length, the bytes in {@link #bytes}, line) and returns where it starts. */
    private int store(int length, long line) {
        int need = 5 + length + 10;
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
        used = writeVarint(block, used, length);
        System.arraycopy(bytes, 0, block, used, length);
        used = writeVarint(block, used + length, line);
        return start;
    }

    private boolean sameBytes(int ref, int length) {
        byte[] b = blocks.get(ref >>> OFFSET_BITS);
        int at = ref & ((1 << OFFSET_BITS) - 1);
        int from = skipVarint(b, at);
        return varint(b, at) == length && Arrays.equals(b, from, from + length, bytes, 0, length);
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
