package org.displacementstats.table;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
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

    private ColumnSpec(String name, ColumnType type, Function<List<? extends R>, Column<?>> build) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = type;
        this.build = build;
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

    @Override
    public String toString() {
        return name + " (" + type.name().toLowerCase(Locale.ROOT) + ")";
    }

    /** The column of {@code rows}, built from one array: a cell-by-cell append costs more on a large log. */
    Column<?> column(List<? extends R> rows) {
        return build.apply(rows);
    }

    static <R> ColumnSpec<R> text(String name, Function<? super R, Optional<String>> value) {
        return new ColumnSpec<>(name, ColumnType.STRING, rows -> {
            String[] cells = new String[rows.size()];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = value.apply(rows.get(i)).orElse("");
            }
            return StringColumn.create(name, cells);
        });
    }

    static <R> ColumnSpec<R> people(String name, Function<? super R, OptionalLong> value) {
        return new ColumnSpec<>(name, ColumnType.LONG, rows -> {
            long[] cells = new long[rows.size()];
            boolean[] missing = new boolean[cells.length];
            for (int i = 0; i < cells.length; i++) {
                OptionalLong v = value.apply(rows.get(i));
                missing[i] = v.isEmpty();
                cells[i] = v.orElse(0);
            }
            LongColumn c = LongColumn.create(name, cells);
            for (int i = 0; i < cells.length; i++) {
                if (missing[i]) {
                    c.setMissing(i);
                }
            }
            c.setPrintFormatter(wholeNumbers());
            return c;
        });
    }

    static <R> ColumnSpec<R> integer(String name, ToIntFunction<? super R> value) {
        return new ColumnSpec<>(name, ColumnType.INTEGER, rows -> {
            int[] cells = new int[rows.size()];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = value.applyAsInt(rows.get(i));
            }
            IntColumn c = IntColumn.create(name, cells);
            c.setPrintFormatter(wholeNumbers());
            return c;
        });
    }

    static <R> ColumnSpec<R> decimal(String name, Function<? super R, OptionalDouble> value) {
        return new ColumnSpec<>(name, ColumnType.DOUBLE, rows -> {
            double[] cells = new double[rows.size()];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = value.apply(rows.get(i)).orElse(Double.NaN);
            }
            return DoubleColumn.create(name, cells);
        });
    }

    static <R> ColumnSpec<R> date(String name, Function<? super R, Optional<LocalDate>> value) {
        return new ColumnSpec<>(name, ColumnType.LOCAL_DATE, rows -> {
            DateColumn c = DateColumn.create(name);
            for (R row : rows) {
                value.apply(row).ifPresentOrElse(c::append, c::appendMissing);
            }
            return c;
        });
    }

    static <R> ColumnSpec<R> bool(String name, Predicate<? super R> value) {
        return new ColumnSpec<>(name, ColumnType.BOOLEAN, rows -> {
            boolean[] cells = new boolean[rows.size()];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = value.test(rows.get(i));
            }
            return BooleanColumn.create(name, cells);
        });
    }

    static <R> ColumnSpec<R> flag(String name, Function<? super R, Optional<Boolean>> value) {
        return new ColumnSpec<>(name, ColumnType.BOOLEAN, rows -> {
            BooleanColumn c = BooleanColumn.create(name);
            for (R row : rows) {
                value.apply(row).ifPresentOrElse(c::append, c::appendMissing);
            }
            return c;
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
