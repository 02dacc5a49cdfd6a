package org.displacementstats.flowlog;

/** The fields of one record as byte ranges (in the chunk, or in a scratch array once unescaped). */
final class Fields {
    /** date, origin, destination, count, quantifier, source. */
    static final int COLUMNS = 6;

    final byte[][] bytes = new byte[COLUMNS][];
    final int[] off = new int[COLUMNS];
    final int[] len = new int[COLUMNS];
    /** How many fields the record has; may be more than {@link #COLUMNS}. */
    int count;

    void set(int field, byte[] b, int offset, int length) {
        if (field < COLUMNS) {
            bytes[field] = b;
            off[field] = offset;
            len[field] = length;
        }
    }
}
