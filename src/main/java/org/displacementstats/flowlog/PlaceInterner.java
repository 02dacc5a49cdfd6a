package org.displacementstats.flowlog;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Gives each distinct place name (its UTF-8 bytes) a small int id, without making a String per row: the
 * bytes are hashed and compared in place, and a name is decoded once, when first seen.
 */
final class PlaceInterner {
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** Returned by {@link #intern} for bytes that are not valid UTF-8. */
    static final int MALFORMED = -1;

    private final CharsetDecoder decoder = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final List<String> names = new ArrayList<>();
    private byte[] arena = new byte[1 << 16];
    private int arenaSize;
    private int[] offsets = new int[256];
    private int[] lengths = new int[256];
    private int[] hashes = new int[256];
    private int[] table = new int[1024];
    private int mask = 1023;

    int size() {
        return names.size();
    }

    String name(int id) {
        return names.get(id);
    }

    /** @return the id of the name in {@code bytes[off, off+len)}, or {@link #MALFORMED} */
    int intern(byte[] bytes, int off, int len) {
        int h = hash(bytes, off, len);
        int s = h & mask;
        while (true) {
            int entry = table[s];
            if (entry == 0) {
                return insert(bytes, off, len, h, s);
            }
            int id = entry - 1;
            if (hashes[id] == h
                    && lengths[id] == len
                    && Arrays.equals(arena, offsets[id], offsets[id] + len, bytes, off, off + len)) {
                return id;
            }
            s = (s + 1) & mask;
        }
    }

    /** A hash of 8 bytes per step (a byte-at-a-time hash is a chain of multiplications as long as the name). */
    static int hash(byte[] b, int off, int len) {
        long h = len;
        int i = off;
        int end = off + len;
        for (; i + 8 <= end; i += 8) {
            h = (h ^ (long) LONG.get(b, i)) * 0x9E3779B97F4A7C15L;
        }
        long tail = 0;
        for (int shift = 0; i < end; i++, shift += 8) {
            tail |= (b[i] & 0xFFL) << shift;
        }
        h = (h ^ tail) * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    private int insert(byte[] bytes, int off, int len, int h, int s) {
        String name;
        try {
            name = decoder.decode(ByteBuffer.wrap(bytes, off, len)).toString();
        } catch (CharacterCodingException e) {
            return MALFORMED;
        }
        int id = names.size();
        names.add(name);
        if (id == offsets.length) {
            offsets = Arrays.copyOf(offsets, id * 2);
            lengths = Arrays.copyOf(lengths, id * 2);
            hashes = Arrays.copyOf(hashes, id * 2);
        }
        while (arenaSize + len > arena.length) {
            arena = Arrays.copyOf(arena, arena.length * 2);
        }
        System.arraycopy(bytes, off, arena, arenaSize, len);
        offsets[id] = arenaSize;
        lengths[id] = len;
        hashes[id] = h;
        arenaSize += len;
        table[s] = id + 1;
        if ((id + 1) * 2 > table.length) {
            rehash();
        }
        return id;
    }

    private void rehash() {
        table = new int[table.length * 2];
        mask = table.length - 1;
        for (int id = 0; id < names.size(); id++) {
            int s = hashes[id] & mask;
            while (table[s] != 0) {
                s = (s + 1) & mask;
            }
            table[s] = id + 1;
        }
    }
}
