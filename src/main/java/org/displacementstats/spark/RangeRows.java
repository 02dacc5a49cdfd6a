package org.displacementstats.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.RejectedRow;
import org.displacementstats.flowlog.FlowLogSlice;

/**
 * What each task returns for its range, as rows of one schema told apart by {@code kind}: sums by pair and
 * by date (shuffled and added up), and, for the driver, the range's line count and its bad rows. The driver
 * then checks the bad rows in log order, as the local summary does.
 */
final class RangeRows {
    static final int PAIR = 0;
    static final int DATE = 1;
    static final int SLICE = 2;
    static final int BAD_ROW = 3;
    static final int NOT_CSV = 4;
    static final StructType SCHEMA = new StructType()
            .add("kind", DataTypes.IntegerType, false)
            .add("file", DataTypes.IntegerType, false)
            .add("slice", DataTypes.IntegerType, false)
            .add("origin", DataTypes.StringType)
            .add("destination", DataTypes.StringType)
            .add("day", DataTypes.IntegerType)
            .add("rows", DataTypes.LongType)
            .add("point", DataTypes.LongType)
            .add("low", DataTypes.LongType)
            .add("bounded_high", DataTypes.LongType)
            .add("unbounded_rows", DataTypes.LongType)
            .add("line", DataTypes.LongType)
            .add("column", DataTypes.IntegerType)
            .add("field", DataTypes.StringType)
            .add("value", DataTypes.StringType)
            .add("reason", DataTypes.StringType)
            .add("ends_inside_quotes", DataTypes.BooleanType)
            .add("record", DataTypes.StringType);

    // The position of each column of SCHEMA, by name.
    static final int KIND = SCHEMA.fieldIndex("kind");
    static final int FILE = SCHEMA.fieldIndex("file");
    static final int SLICE_NUMBER = SCHEMA.fieldIndex("slice");
    static final int ORIGIN = SCHEMA.fieldIndex("origin");
    static final int DESTINATION = SCHEMA.fieldIndex("destination");
    static final int DAY = SCHEMA.fieldIndex("day");
    static final int ROWS = SCHEMA.fieldIndex("rows");
    static final int POINT = SCHEMA.fieldIndex("point");
    static final int LOW = SCHEMA.fieldIndex("low");
    static final int BOUNDED_HIGH = SCHEMA.fieldIndex("bounded_high");
    static final int UNBOUNDED_ROWS = SCHEMA.fieldIndex("unbounded_rows");
    static final int LINE = SCHEMA.fieldIndex("line");
    static final int COLUMN = SCHEMA.fieldIndex("column");
    static final int FIELD = SCHEMA.fieldIndex("field");
    static final int VALUE = SCHEMA.fieldIndex("value");
    static final int REASON = SCHEMA.fieldIndex("reason");
    static final int ENDS_INSIDE_QUOTES = SCHEMA.fieldIndex("ends_inside_quotes");
    static final int RECORD = SCHEMA.fieldIndex("record");

    private RangeRows() {}

    /**
     * The rows served from one range.
     *
     * @param rows the rows summed
     * @param rejected the bad rows, with their lines in their log
     */
    record Checked(long rows, List<RejectedRow> rejected) {}

    /** @return the rows a task returns for its range: sums by pair and by date, then what the driver checks */
    static List<Row> of(LogSlices.Slice s, FlowLogSlice r) {
        List<Row> out = new ArrayList<>(
                r.pairs().size() + r.dates().size() + 1 + r.badRows().size());
        for (FlowLogSlice.PairSums p : r.pairs()) {
            out.add(sums(new Cells(PAIR, s).set(ORIGIN, p.origin()).set(DESTINATION, p.destination()), p.sums()));
        }
        for (FlowLogSlice.DateSums d : r.dates()) {
            out.add(sums(new Cells(DATE, s).set(DAY, (int) d.date().toEpochDay()), d.sums()));
        }
        out.add(new Cells(SLICE, s)
                .set(ROWS, r.rows())
                .set(LINE, r.lineBreaks())
                .set(ENDS_INSIDE_QUOTES, r.endsInsideQuotes())
                .row());
        for (RejectedRow b : r.badRows()) {
            out.add(new Cells(BAD_ROW, s)
                    .set(LINE, b.line())
                    .set(COLUMN, b.column())
                    .set(FIELD, b.field())
                    .set(VALUE, b.value())
                    .set(REASON, b.reason())
                    .set(RECORD, b.record())
                    .row());
        }
        r.notCsv()
                .ifPresent(message -> out.add(new Cells(NOT_CSV, s)
                        .set(LINE, r.notCsvLine())
                        .set(REASON, message)
                        .row()));
        return out;
    }

    private static Row sums(Cells cells, FlowLogSlice.Sums x) {
        return cells.set(ROWS, x.rows())
                .set(POINT, x.point())
                .set(LOW, x.low())
                .set(BOUNDED_HIGH, x.boundedHigh())
                .set(UNBOUNDED_ROWS, x.unboundedRows())
                .row();
    }

    /** One row of {@link #SCHEMA} being filled: its kind and range, then the cells its kind uses; the rest null. */
    private static final class Cells {
        private final Object[] values = new Object[SCHEMA.size()];

        Cells(int kind, LogSlices.Slice s) {
            values[KIND] = kind;
            values[FILE] = s.file();
            values[SLICE_NUMBER] = s.slice();
        }

        Cells set(int column, Object value) {
            values[column] = value;
            return this;
        }

        Row row() {
            return RowFactory.create(values);
        }
    }

    /** @return the logs that a range of theirs ends inside a quoted field of: to be read as one range */
    static Set<Integer> misaligned(List<Row> checks) {
        Set<Integer> files = new HashSet<>();
        for (Row r : checks) {
            if (r.getInt(KIND) == SLICE && r.getBoolean(ENDS_INSIDE_QUOTES)) {
                files.add(r.getInt(FILE));
            }
        }
        return files;
    }

    /**
     * Turns lines counted from each range's start into log lines (the line counts of the ranges before),
     * then goes through the bad rows in log order.
     *
     * @throws DisplacementDataException for the first bad row unless {@code skip}, and for CSV that is not valid
     */
    static Checked check(List<LogSlices.Slice> slices, List<Row> collected, boolean skip) {
        List<Row> checks = new ArrayList<>(collected);
        checks.sort(Comparator.<Row>comparingInt(r -> r.getInt(FILE))
                .thenComparingInt(r -> r.getInt(SLICE_NUMBER))
                .thenComparingLong(r -> r.isNullAt(LINE) ? -1 : r.getLong(LINE)));
        long[] firstLine = new long[slices.size()];
        long line = 2;
        int previousFile = -1;
        Map<List<Integer>, Integer> position = new HashMap<>();
        for (int i = 0; i < slices.size(); i++) {
            position.put(List.of(slices.get(i).file(), slices.get(i).slice()), i);
        }
        long rows = 0;
        for (Row r : checks) {
            if (r.getInt(KIND) == SLICE) {
                int i = position.get(List.of(r.getInt(FILE), r.getInt(SLICE_NUMBER)));
                firstLine[i] = r.getLong(LINE);
                rows += r.getLong(ROWS);
            }
        }
        for (int i = 0; i < slices.size(); i++) {
            if (slices.get(i).file() != previousFile) {
                line = 2;
                previousFile = slices.get(i).file();
            }
            long breaks = firstLine[i];
            firstLine[i] = line;
            line += breaks;
        }
        List<RejectedRow> rejected = new ArrayList<>();
        for (Row r : checks) {
            int kind = r.getInt(KIND);
            if (kind == SLICE) {
                continue;
            }
            int i = position.get(List.of(r.getInt(FILE), r.getInt(SLICE_NUMBER)));
            String name = slices.get(i).name();
            long at = firstLine[i] + r.getLong(LINE);
            if (kind == NOT_CSV) {
                throw FlowLogSlice.notCsvError(name, at, r.getString(REASON));
            }
            RejectedRow bad = new RejectedRow(
                    name,
                    at,
                    r.getInt(COLUMN),
                    r.getString(FIELD),
                    r.getString(VALUE),
                    r.getString(REASON),
                    r.getString(RECORD));
            if (!skip) {
                throw FlowLogSlice.badRowError(name, bad);
            }
            rejected.add(bad);
        }

        return new Checked(rows, rejected);
    }
}
