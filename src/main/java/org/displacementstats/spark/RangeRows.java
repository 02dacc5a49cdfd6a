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
            out.add(sums(PAIR, s, p.origin(), p.destination(), null, p.sums()));
        }
        for (FlowLogSlice.DateSums d : r.dates()) {
            out.add(sums(DATE, s, null, null, (int) d.date().toEpochDay(), d.sums()));
        }
        out.add(RowFactory.create(
                SLICE,
                s.file(),
                s.slice(),
                null,
                null,
                null,
                r.rows(),
                null,
                null,
                null,
                null,
                r.lineBreaks(),
                null,
                null,
                null,
                null,
                r.endsInsideQuotes(),
                null));
        for (RejectedRow b : r.badRows()) {
            out.add(RowFactory.create(
                    BAD_ROW,
                    s.file(),
                    s.slice(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    b.line(),
                    b.column(),
                    b.field(),
                    b.value(),
                    b.reason(),
                    null,
                    b.record()));
        }
        r.notCsv()
                .ifPresent(message -> out.add(RowFactory.create(
                        NOT_CSV,
                        s.file(),
                        s.slice(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        r.notCsvLine(),
                        null,
                        null,
                        null,
                        message,
                        null,
                        null)));
        return out;
    }

    private static Row sums(
            int kind, LogSlices.Slice s, String origin, String destination, Integer day, FlowLogSlice.Sums x) {
        return RowFactory.create(
                kind,
                s.file(),
                s.slice(),
                origin,
                destination,
                day,
                x.rows(),
                x.point(),
                x.low(),
                x.boundedHigh(),
                x.unboundedRows(),
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** @return the logs that a range of theirs ends inside a quoted field of: to be read as one range */
    static Set<Integer> misaligned(List<Row> checks) {
        Set<Integer> files = new HashSet<>();
        for (Row r : checks) {
            if (r.getInt(0) == SLICE && r.getBoolean(16)) {
                files.add(r.getInt(1));
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
        checks.sort(Comparator.<Row>comparingInt(r -> r.getInt(1))
                .thenComparingInt(r -> r.getInt(2))
                .thenComparingLong(r -> r.isNullAt(11) ? -1 : r.getLong(11)));
        long[] firstLine = new long[slices.size()];
        long line = 2;
        int previousFile = -1;
        Map<List<Integer>, Integer> position = new HashMap<>();
        for (int i = 0; i < slices.size(); i++) {
            position.put(List.of(slices.get(i).file(), slices.get(i).slice()), i);
        }
        long rows = 0;
        for (Row r : checks) {
            if (r.getInt(0) == SLICE) {
                int i = position.get(List.of(r.getInt(1), r.getInt(2)));
                firstLine[i] = r.getLong(11);
                rows += r.getLong(6);
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
            int kind = r.getInt(0);
            if (kind == SLICE) {
                continue;
            }
            int i = position.get(List.of(r.getInt(1), r.getInt(2)));
            String name = slices.get(i).name();
            long at = firstLine[i] + r.getLong(11);
            if (kind == NOT_CSV) {
                throw FlowLogSlice.notCsvError(name, at, r.getString(15));
            }
            RejectedRow bad = new RejectedRow(
                    name, at, r.getInt(12), r.getString(13), r.getString(14), r.getString(15), r.getString(17));
            if (!skip) {
                throw FlowLogSlice.badRowError(name, bad);
            }
            rejected.add(bad);
        }

        return new Checked(rows, rejected);
    }
}
