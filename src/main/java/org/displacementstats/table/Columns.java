package org.displacementstats.table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import org.displacementstats.figure.Estimate;
import org.displacementstats.figure.Interval;
import org.displacementstats.stats.Ratio;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The columns of one table, declared once, in order: each column's name, its type and how to read it from a
 * typed row {@code R}. The table of a list of rows is built from this declaration, so a column added or renamed
 * is one edit. Immutable and safe to share.
 *
 * <pre>{@code
 * Columns<PopulationBalanceRow> columns = PopulationBalanceRow.COLUMNS;
 * List<String> names = columns.names();   // place, controlled_by, population_point, ...
 * }</pre>
 *
 * <p>A bound that may be unbounded (an interval's {@code low} or {@code high}, of people or of a share) has a
 * {@code BooleanColumn} right after it, named {@link #unboundedFlag(String) bound + "_unbounded"}
 * ({@code high_unbounded}): true when the bound is unbounded (its cell is then missing), false when it is a
 * number, missing when the whole value is absent or undefined. So a missing {@code high} whose flag is true is
 * « au moins », and one whose flag is missing is no value at all; no number stands for infinity. A lower
 * bound's name ends in {@code low}, an upper bound's in {@code high}.
 *
 * @param <R> the type of the table's rows
 */
public final class Columns<R> {
    /** What the name of a bound's flag adds to the bound's name: {@code high} has {@code high_unbounded}. */
    public static final String UNBOUNDED = "_unbounded";

    private final String name;
    private final List<ColumnSpec<R>> columns;

    private Columns(String name, List<ColumnSpec<R>> columns) {
        this.name = name;
        this.columns = List.copyOf(columns);
    }

    /**
     * Starts the declaration of a table's columns.
     *
     * @param table the table's name ({@code population-balance})
     * @param <R> the type of the table's rows
     * @return a builder; add the columns in their order
     */
    static <R> Builder<R> named(String table) {
        return new Builder<>(Objects.requireNonNull(table, "table"));
    }

    /**
     * The name of the flag beside a bound that may be unbounded.
     *
     * @param bound the bound's column ({@code remaining_high})
     * @return {@code bound + "_unbounded"} ({@code remaining_high_unbounded})
     */
    public static String unboundedFlag(String bound) {
        return Objects.requireNonNull(bound, "bound") + UNBOUNDED;
    }

    /** @return the table's name, as in {@code Table.name()} ({@code population-balance}) */
    public String name() {
        return name;
    }

    /** @return the columns, in order */
    public List<ColumnSpec<R>> columns() {
        return columns;
    }

    /** @return the columns' names, in order */
    public List<String> names() {
        return columns.stream().map(ColumnSpec::name).toList();
    }

    /**
     * The Tablesaw table of {@code rows}: one row per element, in order, a fresh table on each call.
     *
     * @param rows the typed rows
     * @return the table, named {@link #name()}, with the declared columns
     */
    public Table table(List<? extends R> rows) {
        Objects.requireNonNull(rows, "rows");
        List<Column<?>> built = new ArrayList<>(columns.size());
        for (ColumnSpec<R> c : columns) {
            built.add(c.column(rows));
        }
        return Table.create(name, built);
    }

    /**
     * Declares the columns of a table, in order.
     *
     * @param <R> the type of the table's rows
     */
    static final class Builder<R> {
        private final String name;
        private final List<ColumnSpec<R>> columns = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        Builder<R> text(String column, Function<? super R, String> value) {
            return add(ColumnSpec.text(column, r -> Objects.requireNonNull(value.apply(r), column)));
        }

        Builder<R> optionalText(String column, Function<? super R, Optional<String>> value) {
            return add(ColumnSpec.text(column, r -> value.apply(r).orElse(null)));
        }

        Builder<R> people(String column, ToLongFunction<? super R> value) {
            return add(ColumnSpec.people(column, value));
        }

        Builder<R> optionalPeople(String column, Function<? super R, OptionalLong> value) {
            return add(ColumnSpec.people(column, r -> value.apply(r).orElse(Long.MIN_VALUE)));
        }

        Builder<R> integer(String column, ToIntFunction<? super R> value) {
            return add(ColumnSpec.integer(column, value));
        }

        Builder<R> decimal(String column, Function<? super R, OptionalDouble> value) {
            return add(ColumnSpec.decimal(column, r -> value.apply(r).orElse(Double.NaN)));
        }

        Builder<R> date(String column, Function<? super R, LocalDate> value) {
            return add(ColumnSpec.date(column, r -> Objects.requireNonNull(value.apply(r), column)));
        }

        Builder<R> optionalDate(String column, Function<? super R, Optional<LocalDate>> value) {
            return add(ColumnSpec.date(column, r -> value.apply(r).orElse(null)));
        }

        Builder<R> bool(String column, Predicate<? super R> value) {
            return add(ColumnSpec.bool(column, value));
        }

        /** An estimate's point, low and high (people), each bound with its flag. */
        Builder<R> estimate(String point, String low, String high, Function<? super R, Estimate> value) {
            return estimateOrNull(point, low, high, r -> Objects.requireNonNull(value.apply(r), point));
        }

        /** As {@link #estimate}; an absent estimate leaves every cell missing, the flags too. */
        Builder<R> optionalEstimate(
                String point, String low, String high, Function<? super R, Optional<Estimate>> value) {
            return estimateOrNull(point, low, high, r -> value.apply(r).orElse(null));
        }

        /** As {@link #estimate}, read without an optional per cell; a null estimate is absent. */
        private Builder<R> estimateOrNull(String point, String low, String high, Function<? super R, Estimate> value) {
            people(point, r -> {
                Estimate e = value.apply(r);
                return e == null ? Long.MIN_VALUE : e.point().orElse(Long.MIN_VALUE);
            });
            people(low, r -> bound(value.apply(r), true));
            add(ColumnSpec.flag(unboundedFlag(low), r -> unbounded(value.apply(r), true)));
            people(high, r -> bound(value.apply(r), false));
            return add(ColumnSpec.flag(unboundedFlag(high), r -> unbounded(value.apply(r), false)));
        }

        /** An estimate's low or high; {@link Long#MIN_VALUE} (a missing cell) when absent or unbounded. */
        private static long bound(Estimate e, boolean low) {
            if (e == null) {
                return Long.MIN_VALUE;
            }
            if (isItsPoint(e)) {
                return e.point().getAsLong();
            }
            return (low ? e.interval().low() : e.interval().high()).orElse(Long.MIN_VALUE);
        }

        /** Whether an estimate's low or high is unbounded; null when the estimate is absent. */
        private static Boolean unbounded(Estimate e, boolean low) {
            if (e == null) {
                return null;
            }
            return !isItsPoint(e) && (low ? e.interval().low() : e.interval().high()).isEmpty();
        }

        /**
         * Whether an estimate's interval is its point alone (an exact count, most figures of an import), told
         * without the {@code OptionalLong} that each {@link Interval#low()} and {@link Interval#high()} makes:
         * an interval that holds the point but neither of its neighbours is [point, point].
         */
        private static boolean isItsPoint(Estimate e) {
            if (e.point().isEmpty()) {
                return false;
            }
            long p = e.point().getAsLong();
            return p != Long.MIN_VALUE
                    && p != Long.MAX_VALUE
                    && !e.interval().contains(p - 1)
                    && !e.interval().contains(p + 1);
        }

        /**
         * A bound of people and its flag: an empty bound is unbounded (cell missing, flag true); an absent one
         * (empty outer optional) leaves both cells missing.
         */
        Builder<R> peopleBound(String column, Function<? super R, Optional<OptionalLong>> bound) {
            return peopleBoundOrNull(column, r -> bound.apply(r).orElse(null));
        }

        /** As {@link #peopleBound}, a null bound being absent. */
        private Builder<R> peopleBoundOrNull(String column, Function<? super R, OptionalLong> bound) {
            people(column, r -> {
                OptionalLong b = bound.apply(r);
                return b == null ? Long.MIN_VALUE : b.orElse(Long.MIN_VALUE);
            });
            return add(ColumnSpec.flag(unboundedFlag(column), r -> {
                OptionalLong b = bound.apply(r);
                return b == null ? null : b.isEmpty();
            }));
        }

        /** A share's or rate's point, low and high (decimals), each bound with its flag. */
        Builder<R> ratio(String point, String low, String high, Function<? super R, Ratio> value) {
            return optionalRatio(point, low, high, r -> Optional.of(value.apply(r)));
        }

        /** As {@link #ratio}; an absent ratio leaves every cell missing, the flags too. */
        Builder<R> optionalRatio(String point, String low, String high, Function<? super R, Optional<Ratio>> value) {
            decimal(point, r -> value.apply(r).map(Ratio::point).orElse(OptionalDouble.empty()));
            decimalBound(low, r -> value.apply(r).map(Ratio::low).orElse(OptionalDouble.empty()));
            return decimalBound(high, r -> value.apply(r).map(Ratio::high).orElse(OptionalDouble.empty()));
        }

        /**
         * A bound of a share or rate and its flag: an infinite bound is unbounded (cell missing, flag true); an
         * empty one (absent or undefined) leaves both cells missing.
         */
        private Builder<R> decimalBound(String column, Function<? super R, OptionalDouble> bound) {
            decimal(column, r -> {
                OptionalDouble b = bound.apply(r);
                return b.isPresent() && Double.isInfinite(b.getAsDouble()) ? OptionalDouble.empty() : b;
            });
            return add(ColumnSpec.flag(unboundedFlag(column), r -> {
                OptionalDouble b = bound.apply(r);
                return b.isPresent() ? Double.isInfinite(b.getAsDouble()) : null;
            }));
        }

        private Builder<R> add(ColumnSpec<R> column) {
            if (columns.stream().anyMatch(c -> c.name().equals(column.name()))) {
                throw new IllegalArgumentException(name + " declares column " + column.name() + " twice");
            }
            columns.add(column);
            return this;
        }

        Columns<R> build() {
            return new Columns<>(name, columns);
        }
    }
}
