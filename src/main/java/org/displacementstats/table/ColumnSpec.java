package org.displacementstats.table;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

/**
 * One column of a summary table: its name, its Tablesaw type, and how its cells are read from the table's typed
 * rows. Declared in a {@link Columns}; immutable and safe to share.
 *
 * <p>An absent value (an empty optional) is a missing cell, never 0 or an empty date. A bound that may be
 * unbounded has a boolean column beside it, named {@link Columns#unboundedFlag}: an unbounded bound is a missing
 * cell with its flag true, a finite one has its flag false, and an absent one (a group with no stock, claims
 * that conflict, a share that is undefined) has both cells missing.
 *
 * @param <R> the type of the table's rows
 */
public final class ColumnSpec<R> {
    private final String name;
    private final ColumnType type;
    private final Function<List<? extends R>, Column<?>> build;
    private final BiConsumer<R, CellSink> cell;

    private ColumnSpec(
            String name, ColumnType type, Function<List<? extends R>, Column<?>> build, BiConsumer<R, CellSink> cell) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = type;
        this.build = build;
        this.cell = cell;
    }

    /**
     * Receives the cell of one row ({@link #cell}), typed, as the column of {@link Columns#table} holds it: one
     * call per cell. Lets a writer print the rows of a table without building it.
     */
    public interface CellSink {
        /** The cell is missing: an absent value, or an unbounded bound (its flag then says so). */
        void missing();

        /**
         * A text cell ({@link ColumnType#STRING}).
         *
         * @param value the text, never empty
         */
        void text(String value);

        /**
         * A whole number ({@link ColumnType#LONG} or {@link ColumnType#INTEGER}).
         *
         * @param value the number
         */
        void whole(long value);

        /**
         * A decimal ({@link ColumnType#DOUBLE}).
         *
         * @param value the number, never NaN
         */
        void decimal(double value);

        /**
         * A date ({@link ColumnType#LOCAL_DATE}).
         *
         * @param value the day
         */
        void date(LocalDate value);

        /**
         * A boolean ({@link ColumnType#BOOLEAN}).
         *
         * @param value the value
         */
        void bool(boolean value);
    }

    /** @return the column's name, as the table and the CSV report head it */
    public String name() {
        return name;
    }

    /**
     * @return {@link ColumnType#STRING}, {@link ColumnType#LONG} (people, offsets, seeds), {@link ColumnType#INTEGER},
     *     {@link ColumnType#DOUBLE} (shares and rates), {@link ColumnType#LOCAL_DATE} or {@link ColumnType#BOOLEAN}
     */
    public ColumnType type() {
        return type;
    }

    /**
     * Gives the cell of one row to {@code sink}, as the column of {@link Columns#table} would hold it: a missing
     * cell whenever the table's cell would be missing (an absent value, an empty text, an unbounded bound), else
     * the value of the column's type. Builds no table and, for most columns, allocates nothing.
     *
     * @param row a row of the table
     * @param sink receives the cell, in one call
     */
    public void cell(R row, CellSink sink) {
        cell.accept(Objects.requireNonNull(row, "row"), Objects.requireNonNull(sink, "sink"));
    }

    @Override
    public String toString() {
        return name + " (" + type.name().toLowerCase(Locale.ROOT) + ")";
    }

    /** The column of {@code rows}, built from one array: a cell-by-cell append costs more on a large log. */
    Column<?> column(List<? extends R> rows) {
        return build.apply(rows);
    }

    /** A text column; a null or empty text is a missing cell. */
    static <R> ColumnSpec<R> text(String name, Function<? super R, String> value) {
        return new ColumnSpec<R>(
                name,
                ColumnType.STRING,
                rows -> {
                    String[] cells = new String[rows.size()];
                    for (int i = 0; i < cells.length; i++) {
                        String v = value.apply(rows.get(i));
                        cells[i] = v == null ? "" : v;
                    }
                    return StringColumn.create(name, cells);
                },
                (row, sink) -> {
                    String v = value.apply(row);
                    if (v == null || v.isEmpty()) {
                        sink.missing();
                    } else {
                        sink.text(v);
                    }
                });
    }

    /** A column of people; {@link Long#MIN_VALUE}, Tablesaw's missing long, is a missing cell. */
    static <R> ColumnSpec<R> people(String name, ToLongFunction<? super R> value) {
        return new ColumnSpec<R>(
                name,
                ColumnType.LONG,
                rows -> {
                    long[] cells = new long[rows.size()];
                    for (int i = 0; i < cells.length; i++) {
                        cells[i] = value.applyAsLong(rows.get(i));
                    }
                    LongColumn c = LongColumn.create(name, cells);
                    c.setPrintFormatter(wholeNumbers());
                    return c;
                },
                (row, sink) -> {
                    long v = value.applyAsLong(row);
                    if (v == Long.MIN_VALUE) {
                        sink.missing();
                    } else {
                        sink.whole(v);
                    }
                });
    }

    /** A column of ints; {@link Integer#MIN_VALUE}, Tablesaw's missing int, is a missing cell. */
    static <R> ColumnSpec<R> integer(String name, ToIntFunction<? super R> value) {
        return new ColumnSpec<R>(
                name,
                ColumnType.INTEGER,
                rows -> {
                    int[] cells = new int[rows.size()];
                    for (int i = 0; i < cells.length; i++) {
                        cells[i] = value.applyAsInt(rows.get(i));
                    }
                    IntColumn c = IntColumn.create(name, cells);
                    c.setPrintFormatter(wholeNumbers());
                    return c;
                },
                (row, sink) -> {
                    int v = value.applyAsInt(row);
                    if (v == Integer.MIN_VALUE) {
                        sink.missing();
                    } else {
                        sink.whole(v);
                    }
                });
    }

    /** A column of decimals; NaN, Tablesaw's missing double, is a missing cell. */
    static <R> ColumnSpec<R> decimal(String name, ToDoubleFunction<? super R> value) {
        return new ColumnSpec<R>(
                name,
                ColumnType.DOUBLE,
                rows -> {
                    double[] cells = new double[rows.size()];
                    for (int i = 0; i < cells.length; i++) {
                        cells[i] = value.applyAsDouble(rows.get(i));
                    }
                    return DoubleColumn.create(name, cells);
                },
                (row, sink) -> {
                    double v = value.applyAsDouble(row);
                    if (Double.isNaN(v)) {
                        sink.missing();
                    } else {
                        sink.decimal(v);
                    }
                });
    }

    /** A column of days; a null day is a missing cell. */
    static <R> ColumnSpec<R> date(String name, Function<? super R, LocalDate> value) {
        return new ColumnSpec<R>(
                name,
                ColumnType.LOCAL_DATE,
                rows -> {
                    DateColumn c = DateColumn.create(name);
                    for (R row : rows) {
                        LocalDate v = value.apply(row);
                        if (v == null) {
                            c.appendMissing();
                        } else {
                            c.append(v);
                        }
                    }
                    return c;
                },
                (row, sink) -> {
                    LocalDate v = value.apply(row);
                    if (v == null) {
                        sink.missing();
                    } else {
                        sink.date(v);
                    }
                });
    }

    static <R> ColumnSpec<R> bool(String name, Predicate<? super R> value) {
        return new ColumnSpec<R>(
                name,
                ColumnType.BOOLEAN,
                rows -> {
                    boolean[] cells = new boolean[rows.size()];
                    for (int i = 0; i < cells.length; i++) {
                        cells[i] = value.test(rows.get(i));
                    }
                    return BooleanColumn.create(name, cells);
                },
                (row, sink) -> sink.bool(value.test(row)));
    }

    /** A flag that may be missing: a null is a missing cell. */
    static <R> ColumnSpec<R> flag(String name, Function<? super R, Boolean> value) {
        return new ColumnSpec<R>(
                name,
                ColumnType.BOOLEAN,
                rows -> {
                    BooleanColumn c = BooleanColumn.create(name);
                    for (R row : rows) {
                        Boolean v = value.apply(row);
                        if (v == null) {
                            c.appendMissing();
                        } else {
                            c.append(v);
                        }
                    }
                    return c;
                },
                (row, sink) -> {
                    Boolean v = value.apply(row);
                    if (v == null) {
                        sink.missing();
                    } else {
                        sink.bool(v);
                    }
                });
    }

    /**
     * Tablesaw prints whole numbers in the default locale (Arabic-Indic digits under ar-EG); ours print in ASCII
     * digits without grouping under any locale, as the report does.
     */
    private static NumberColumnFormatter wholeNumbers() {
        NumberFormat format = NumberFormat.getIntegerInstance(Locale.ROOT);
        format.setGroupingUsed(false);
        return new NumberColumnFormatter(format);
    }
}
