package org.displacementstats.table;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

/**
 * Builds a Tablesaw table row by row from typed Java values, so that counts land in {@link LongColumn}s and
 * an absent value (empty optional) is a missing cell, never 0.
 */
final class TableBuilder {
    private final String name;
    private final List<Column<?>> columns = new ArrayList<>();

    TableBuilder(String name) {
        this.name = name;
    }

    TableBuilder text(String... names) {
        for (String n : names) {
            columns.add(StringColumn.create(n));
        }
        return this;
    }

    TableBuilder people(String... names) {
        for (String n : names) {
            LongColumn c = LongColumn.create(n);
            c.setPrintFormatter(wholeNumbers());
            columns.add(c);
        }
        return this;
    }

    TableBuilder decimal(String... names) {
        for (String n : names) {
            columns.add(DoubleColumn.create(n));
        }
        return this;
    }

    TableBuilder date(String... names) {
        for (String n : names) {
            columns.add(DateColumn.create(n));
        }
        return this;
    }

    TableBuilder integer(String... names) {
        for (String n : names) {
            IntColumn c = IntColumn.create(n);
            c.setPrintFormatter(wholeNumbers());
            columns.add(c);
        }
        return this;
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

    /**
     * Appends one row: one value per column, in column order. Values are {@code String}, {@code Optional<String>},
     * {@code long}, {@code OptionalLong}, {@code OptionalDouble}, {@code int}, {@code LocalDate} or
     * {@code Optional<LocalDate>}.
     */
    TableBuilder row(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(name + ": " + values.length + " values for " + columns.size() + " columns");
        }
        for (int i = 0; i < values.length; i++) {
            append(columns.get(i), values[i]);
        }
        return this;
    }

    Table build() {
        return Table.create(name, columns);
    }

    private static void append(Column<?> column, Object value) {
        if (column instanceof StringColumn c) {
            c.append(value instanceof Optional<?> o ? o.map(String::valueOf).orElse("") : (String) value);
        } else if (column instanceof LongColumn c) {
            if (value instanceof OptionalLong o) {
                if (o.isPresent()) {
                    c.append(o.getAsLong());
                } else {
                    c.appendMissing();
                }
            } else {
                c.append((long) (Long) value);
            }
        } else if (column instanceof DoubleColumn c) {
            OptionalDouble o = (OptionalDouble) value;
            if (o.isPresent()) {
                c.append(o.getAsDouble());
            } else {
                c.appendMissing();
            }
        } else if (column instanceof IntColumn c) {
            c.append((int) (Integer) value);
        } else if (column instanceof DateColumn c) {
            if (value instanceof Optional<?> o) {
                if (o.isPresent()) {
                    c.append((LocalDate) o.get());
                } else {
                    c.appendMissing();
                }
            } else {
                c.append((LocalDate) value);
            }
        } else {
            throw new IllegalStateException("no rule to append to " + column.type());
        }
    }
}
