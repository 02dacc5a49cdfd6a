package org.displacementstats.flowlog;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.RejectedRow;
import org.displacementstats.figure.Count;
import org.displacementstats.figure.Quantifier;
import org.displacementstats.figure.QuantifierPolicy;
import org.displacementstats.internal.IsoDates;

/**
 * One worker's state: checks each row's fields and adds it to the sums by origin × destination and by
 * date. Place names become worker-local ids; the merge translates them.
 */
final class Accumulator {
    static final String[] COLUMN_NAMES = {"date", "origin", "destination", "count", "quantifier", "source"};
    /** The quantifiers a flow log may name: every one with a single stated value. */
    static final Quantifier[] ALLOWED = {
        Quantifier.EXACT,
        Quantifier.ABOUT,
        Quantifier.NEARLY,
        Quantifier.AT_LEAST,
        Quantifier.MORE_THAN,
        Quantifier.UP_TO,
        Quantifier.LESS_THAN
    };

    private static final long[] PACKED = new long[ALLOWED.length];
    private static final int[] PACKED_LENGTH = new int[ALLOWED.length];
    private static final int[] NINTH = new int[ALLOWED.length];
    private static final int MAX_VALUE_SHOWN = 200;

    static {
        for (int i = 0; i < ALLOWED.length; i++) {
            byte[] name = ALLOWED[i].csvName().getBytes(StandardCharsets.US_ASCII);
            PACKED[i] = pack(name, 0, name.length);
            PACKED_LENGTH[i] = name.length;
            NINTH[i] = name.length > 8 ? name[8] : 0;
        }
    }

    final PlaceInterner places = new PlaceInterner();
    final PairTable pairs = new PairTable();
    final DateTable dates = new DateTable();
    private final QuantifierPolicy policy;
    long rows;

    /*
     * Rows wait in a batch before they are added to the sums: looking up a slot of the origin x destination table
     * misses the cache, and a loop of independent lookups lets the processor overlap those misses, where
     * one lookup per parsed row would wait for each in turn.
     */
    private static final int BATCH = 256;
    private final int[] batchPairCell = new int[BATCH];
    private final long[] batchPair = new long[BATCH];
    private final int[] batchDateCell = new int[BATCH];
    private final long[] batchDate = new long[BATCH];
    private final long[] batchPoint = new long[BATCH];
    private final long[] batchLow = new long[BATCH];
    private final long[] batchHigh = new long[BATCH];
    private int batched;

    Accumulator(QuantifierPolicy policy) {
        this.policy = policy;
    }

    /**
     * Checks a record and adds it to the sums.
     *
     * @param line the line where the record starts, counted from its chunk's start
     * @return empty when the row was added, else what is wrong with it (file and record left empty for the caller)
     */
    Optional<RejectedRow> add(Fields f, long line) {
        if (f.count != Fields.COLUMNS) {
            int column = Math.min(f.count + 1, Fields.COLUMNS + 1);
            return Optional.of(rejected(
                    line,
                    column,
                    column <= Fields.COLUMNS ? COLUMN_NAMES[column - 1] : "(extra)",
                    "",
                    "expected " + Fields.COLUMNS + " fields (" + String.join(",", COLUMN_NAMES) + ") but found "
                            + f.count));
        }
        int date = date(f.bytes[0], f.off[0], f.len[0]);
        if (date < 0) {
            return Optional.of(badDate(bad(f, 0, line, "must be an ISO date YYYY-MM-DD")));
        }
        int origin = place(f, 1);
        if (origin < 0) {
            return Optional.of(
                    bad(f, 1, line, origin == PlaceInterner.MALFORMED ? "must be valid UTF-8" : "must not be empty"));
        }
        int destination = place(f, 2);
        if (destination < 0) {
            return Optional.of(bad(
                    f, 2, line, destination == PlaceInterner.MALFORMED ? "must be valid UTF-8" : "must not be empty"));
        }
        long value = count(f.bytes[3], f.off[3], f.len[3]);
        if (value < 0) {
            return Optional.of(bad(f, 3, line, "must be a whole number >= 0 written with digits only"));
        }
        Quantifier q = quantifier(f.bytes[4], f.off[4], f.len[4]);
        if (q == null) {
            return Optional.of(bad(
                    f,
                    4,
                    line,
                    "must be one of exact, about, nearly, at_least, more_than, up_to,"
                            + " less_than (any case; empty means exact)"));
        }
        if (!isCount(value, q)) {
            return Optional.of(bad(f, 3, line, countRule(q, value)));
        }
        addValid(date, origin, destination, value, q);
        return Optional.empty();
    }

    /** Adds a row whose values are checked already (a count that {@link Count#of} accepts). */
    void addValid(int date, int origin, int destination, long value, Quantifier q) {
        long low = FlowBounds.low(q, value, policy);
        long high = FlowBounds.high(q, value, policy);
        int pairCell = pairs.cell(origin, destination);
        if (pairCell == CellSums.GROW) {
            flush();
            pairCell = pairs.grow(origin, destination);
        }
        int dateCell = dates.cell(date);
        if (dateCell == CellSums.GROW) {
            flush();
            dateCell = dates.grow(date);
        }
        int i = batched;
        batchPairCell[i] = pairCell;
        batchPair[i] = PairTable.key(origin, destination);
        batchDateCell[i] = dateCell;
        batchDate[i] = date;
        batchPoint[i] = FlowBounds.point(q, value);
        batchLow[i] = low;
        batchHigh[i] = high;
        batched = i + 1;
        if (batched == BATCH) {
            flush();
        }
        rows++;
    }

    /** Adds the batched rows to the sums; parsers call it at the end of each chunk. */
    void flush() {
        int n = batched;
        pairs.sums.add(batchPairCell, batchPair, batchPoint, batchLow, batchHigh, n);
        dates.sums.add(batchDateCell, batchDate, batchPoint, batchLow, batchHigh, n);
        batched = 0;
    }

    /** The rule that {@link Count} states for a value it refuses, in the words of the log's columns. */
    /**
     * @param value a count read as digits, {@code >= 0}
     * @param q its quantifier
     * @return whether {@link Count#of} takes them: at most {@link Count#MAX_VALUE}, and no "less than 0"
     */
    static boolean isCount(long value, Quantifier q) {
        return value <= Count.MAX_VALUE && !(value == 0 && q == Quantifier.LESS_THAN);
    }

    private static String countRule(Quantifier q, long value) {
        try {
            Count.of(q, value);
        } catch (DisplacementDataException e) {
            return e.getMessage().replace("Count.value", "the count");
        }
        throw new IllegalStateException("Count accepts " + q + " " + value);
    }

    private int place(Fields f, int i) {
        if (f.len[i] == 0) {
            return -2;
        }
        return places.intern(f.bytes[i], f.off[i], f.len[i]);
    }

    /** A well-formed date that is not on the calendar says so: {@code 2016-11-31 is not a day: November …}. */
    private static RejectedRow badDate(RejectedRow b) {
        try {
            IsoDates.day(b.value());
            return b;
        } catch (DateTimeParseException e) {
            return IsoDates.isNotADay(e)
                    ? rejected(
                            b.line(),
                            b.column(),
                            b.field(),
                            b.value(),
                            "must be a day of the calendar (" + e.getMessage() + ")")
                    : b;
        }
    }

    private static RejectedRow bad(Fields f, int i, long line, String reason) {
        String value = new String(f.bytes[i], f.off[i], Math.min(f.len[i], MAX_VALUE_SHOWN), StandardCharsets.UTF_8);
        return rejected(line, i + 1, COLUMN_NAMES[i], value, reason);
    }

    private static RejectedRow rejected(long line, int column, String field, String value, String reason) {
        return new RejectedRow("", line, column, field, value, reason, "");
    }

    /** @return yyyymmdd of a valid ISO date, else -1 */
    static int date(byte[] b, int off, int len) {
        if (len != 10 || b[off + 4] != '-' || b[off + 7] != '-') {
            return -1;
        }
        int year = digits(b, off, 4);
        int month = digits(b, off + 5, 2);
        int day = digits(b, off + 8, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 28 && day > monthLength(year, month)) {
            return -1;
        }
        return year * 10_000 + month * 100 + day;
    }

    private static int monthLength(int year, int month) {
        return switch (month) {
            case 2 -> year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    private static int digits(byte[] b, int off, int n) {
        int v = 0;
        for (int i = off; i < off + n; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    /** @return the value (possibly above {@link Count#MAX_VALUE}, capped), or -1 if not digits only */
    static long count(byte[] b, int off, int len) {
        if (len == 0) {
            return -1;
        }
        long v = 0;
        for (int i = off, end = off + len; i < end; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            if (v <= Count.MAX_VALUE) {
                v = v * 10 + d;
            }
        }
        return v;
    }

    /** @return the quantifier named, ignoring ASCII case (empty is EXACT), or null */
    static Quantifier quantifier(byte[] b, int off, int len) {
        if (len == 0) {
            return Quantifier.EXACT;
        }
        if (len > 9) {
            return null;
        }
        return quantifier(pack(b, off, len), len, len > 8 ? lower(b[off + 8]) : 0);
    }

    /**
     * @param packed the first 8 bytes of the name, lower-cased, as {@link #pack} gives them
     * @param len the name's length, 1 to 9
     * @param ninth its ninth byte, lower-cased, or 0
     * @return the quantifier named, or null
     */
    static Quantifier quantifier(long packed, int len, int ninth) {
        for (int i = 0; i < ALLOWED.length; i++) {
            if (PACKED[i] == packed && PACKED_LENGTH[i] == len && NINTH[i] == ninth) {
                return ALLOWED[i];
            }
        }
        return null;
    }

    /** The first 8 bytes, ASCII letters lower-cased, as one long. */
    private static long pack(byte[] b, int off, int len) {
        long p = 0;
        for (int i = 0; i < Math.min(len, 8); i++) {
            p |= (long) lower(b[off + i]) << (8 * i);
        }
        return p;
    }

    static int lower(byte b) {
        int c = b & 0xFF;
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }
}
