package org.displacementstats.flowlog;

import java.util.Arrays;
import org.displacementstats.figure.Count;
import org.displacementstats.figure.Quantifier;

/**
 * The fast path of {@link ByteChunkParser}: one pass over a record of the common shape, which reads each value as it
 * finds the field's end (the place names' hashes too), instead of cutting the record into {@link Fields} and reading
 * them again. It takes only a record that the general path would add to the sums: six fields ended by a line feed, no
 * carriage return, no line break inside quotes, places plain or quoted, date, count and quantifier plain, every value
 * valid. For anything else (a bad row, CRLF, the last record without a line feed) it adds nothing and returns -1, and
 * the general path reads the record from its start, with its own rules and error messages; so both paths give the
 * same sums, place ids and errors ({@code ByteChunkParserTest} compares them with FastCSV's reader on tricky logs).
 */
final class PlainRecord {
    private static final int DATE_LENGTH = "yyyy-mm-dd".length();
    /** Enough digits for {@link Count#MAX_VALUE}, few enough that a long cannot overflow. */
    private static final int MAX_DIGITS = 18;
    /** The longest quantifier a flow log may name: {@code more_than}, {@code less_than}. */
    private static final int MAX_QUANTIFIER_LENGTH = 9;

    /** The origin's and the destination's bytes: in the chunk, or in {@link #scratch} once unescaped. */
    private final byte[][] placeBytes = new byte[2][];

    private final int[] placeOff = new int[2];
    private final int[] placeLen = new int[2];
    private final int[] placeHash = new int[2];
    private byte[] scratch = new byte[256];
    private int scratchUsed;

    /**
     * Reads the record at {@code b[pos]} (not an empty line) and adds it to {@code acc}.
     *
     * @return the index after the record's line feed, or -1 when the general path must read the record
     */
    int add(byte[] b, int pos, int end, Accumulator acc) {
        int p = pos + DATE_LENGTH;
        if (p >= end || b[p] != ',') {
            return -1;
        }
        int date = Accumulator.date(b, pos, DATE_LENGTH);
        if (date < 0) {
            return -1;
        }
        scratchUsed = 0;
        p = place(0, b, p + 1, end);
        if (p < 0) {
            return -1;
        }
        p = place(1, b, p + 1, end);
        if (p < 0) {
            return -1;
        }
        int s = p + 1;
        long value = 0;
        for (p = s; p < end; p++) {
            int d = b[p] - '0';
            if (d < 0 || d > 9) {
                break;
            }
            value = value * 10 + d;
        }
        if (p == s || p - s > MAX_DIGITS || p >= end || b[p] != ',') {
            return -1;
        }
        s = p + 1;
        long packed = 0;
        int ninth = 0;
        for (p = s; p < end && b[p] != ','; p++) {
            byte x = b[p];
            if (x == '"' || x == '\n' || x == '\r' || p - s >= MAX_QUANTIFIER_LENGTH) {
                return -1;
            }
            if (p - s < Long.BYTES) {
                packed |= (long) Accumulator.lower(x) << (8 * (p - s));
            } else {
                ninth = Accumulator.lower(x);
            }
        }
        Quantifier q = p >= end ? null : p == s ? Quantifier.EXACT : Accumulator.quantifier(packed, p - s, ninth);
        if (q == null || !Accumulator.isCount(value, q)) {
            return -1;
        }
        int next =
                p + 1 < end && b[p + 1] == '"' ? quotedLastFieldEnd(b, p + 2, end) : plainLastFieldEnd(b, p + 1, end);
        if (next < 0) {
            return -1;
        }
        // Places are interned only now, for a row that the general path would add too: both paths then give
        // every place the same id.
        int origin = acc.places.intern(placeBytes[0], placeOff[0], placeLen[0], placeHash[0]);
        int destination = origin < 0 ? -1 : acc.places.intern(placeBytes[1], placeOff[1], placeLen[1], placeHash[1]);
        if (destination < 0) {
            return -1;
        }
        acc.addValid(date, origin, destination, value, q);
        return next;
    }

    /**
     * Reads a place, not empty, plain (no quote or line break) or quoted on one line, and its hash.
     *
     * @return the index of the comma after it, or -1
     */
    private int place(int i, byte[] b, int p, int end) {
        if (p < end && b[p] == '"') {
            return quotedPlace(i, b, p + 1, end);
        }
        int start = p;
        int h = 0;
        for (; p < end; p++) {
            byte x = b[p];
            if (x <= '"') {
                // One test for most bytes: letters, digits and the comma are above the quote; line breaks, spaces
                // and the bytes of multi-byte characters (negative) are not, and the second test sorts them out.
                if (x == '"' || x == '\n' || x == '\r') {
                    return -1;
                }
            } else if (x == ',') {
                if (p == start) {
                    return -1;
                }
                placeBytes[i] = b;
                placeOff[i] = start;
                placeLen[i] = p - start;
                placeHash[i] = h;
                return p;
            }
            h = PlaceInterner.step(h, x);
        }
        return -1;
    }

    /** A quoted place: {@code ""} is one quote, copied to {@link #scratch} when there is one. */
    private int quotedPlace(int i, byte[] b, int start, int end) {
        boolean escaped = false;
        int h = 0;
        int p = start;
        for (; p < end; p++) {
            byte x = b[p];
            if (x <= '"') {
                if (x == '"') {
                    if (p + 1 < end && b[p + 1] == '"') {
                        escaped = true;
                        p++;
                    } else {
                        break;
                    }
                } else if (x == '\n' || x == '\r') {
                    return -1;
                }
            }
            // The hash of the name as it reads: one quote for a doubled one.
            h = PlaceInterner.step(h, x);
        }
        if (p + 1 >= end || b[p + 1] != ',' || p == start) {
            return -1;
        }
        if (escaped) {
            if (scratchUsed + (p - start) > scratch.length) {
                scratch = Arrays.copyOf(scratch, Math.max(scratchUsed + (p - start), scratch.length * 2));
            }
            int from = scratchUsed;
            for (int k = start; k < p; k++) {
                scratch[scratchUsed++] = b[k];
                if (b[k] == '"') {
                    k++;
                }
            }
            placeBytes[i] = scratch;
            placeOff[i] = from;
            placeLen[i] = scratchUsed - from;
        } else {
            placeBytes[i] = b;
            placeOff[i] = start;
            placeLen[i] = p - start;
        }
        placeHash[i] = h;
        return p + 1;
    }

    /** @return the index after the line feed that ends an unquoted last field, or -1 (comma, CR, no LF) */
    private static int plainLastFieldEnd(byte[] b, int p, int end) {
        for (; p < end; p++) {
            byte x = b[p];
            if (x <= ',') {
                if (x == '\n') {
                    return p + 1;
                }
                if (x == ',' || x == '\r') {
                    return -1;
                }
            }
        }
        return -1;
    }

    /**
     * @param p the index after the opening quote
     * @return the index after the line feed that follows the closing quote, or -1 (a line break inside the quotes,
     *     anything but LF after them, or the chunk's end)
     */
    private static int quotedLastFieldEnd(byte[] b, int p, int end) {
        for (; p < end; p++) {
            byte x = b[p];
            if (x > '"') {
                continue;
            }
            if (x == '"') {
                if (p + 1 < end && b[p + 1] == '"') {
                    p++;
                    continue;
                }
                return p + 1 < end && b[p + 1] == '\n' ? p + 2 : -1;
            }
            if (x == '\n' || x == '\r') {
                return -1;
            }
        }
        return -1;
    }
}
