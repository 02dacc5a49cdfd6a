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
    /** Returned by {@link #intern} for bytes that are not valid UTF-8. */
    static final int MALFORMED = -1;

    /** Eight bytes of a byte array as one long, for {@link #same}. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

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
        return intern(bytes, off, len, hash(bytes, off, len));
    }

    /**
     * @param h {@link #hash} of the bytes, which a parser may compute as it scans them ({@link #step})
     * @return the id of the name in {@code bytes[off, off+len)}, or {@link #MALFORMED}
     */
    int intern(byte[] bytes, int off, int len, int h) {
        int s = spread(h) & mask;
        while (true) {
            int entry = table[s];
            if (entry == 0) {
                return insert(bytes, off, len, h, s);
            }
            int id = entry - 1;
            if (hashes[id] == h && lengths[id] == len && same(arena, offsets[id], bytes, off, len)) {
                return id;
            }
            s = (s + 1) & mask;
        }
    }

    /**
     * The hash of a name: {@code step} over its bytes from 0, as {@link String#hashCode} does over chars,
     * so that a parser can compute it in the same loop that looks for the field's end.
     */
    static int hash(byte[] b, int off, int len) {
        int h = 0;
        for (int i = off, end = off + len; i < end; i++) {
            h = step(h, b[i]);
        }
        return h;
    }

    /** One step of {@link #hash}: {@code 31 h + byte}. */
    static int step(int h, byte x) {
        return 31 * h + x;
    }

    /**
     * Mixes the high bits of a hash into the low ones that pick a slot (the first steps of MurmurHash3's finalizer
     * fmix32, https://github.com/aappleby/smhasher/blob/master/src/MurmurHash3.cpp): the low bits of {@code 31 h +
     * byte} alone would cluster names that share their last bytes, such as {@code ", secteur 3"}.
     */
    private static int spread(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        return h;
    }

    /**
     * Whether {@code a[ao, ao+len)} and {@code b[bo, bo+len)} hold the same bytes, compared eight at a time (the last
     * eight overlapping the ones before). On the client compiler, which the launcher runs and on which {@code
     * Arrays.equals} is no intrinsic, the parse of a 5 M-row log takes about 10 % less CPU time than with it.
     */
    static boolean same(byte[] a, int ao, byte[] b, int bo, int len) {
        if (len < Long.BYTES) {
            for (int i = 0; i < len; i++) {
                if (a[ao + i] != b[bo + i]) {
                    return false;
                }
            }
            return true;
        }
        int last = len - Long.BYTES;
        for (int i = 0; i < last; i += Long.BYTES) {
            if ((long) LONGS.get(a, ao + i) != (long) LONGS.get(b, bo + i)) {
                return false;
            }
        }
        return (long) LONGS.get(a, ao + last) == (long) LONGS.get(b, bo + last);
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
            int s = spread(hashes[id]) & mask;
            while (table[s] != 0) {
                s = (s + 1) & mask;
            }
            table[s] = id + 1;
        }
    }
}
