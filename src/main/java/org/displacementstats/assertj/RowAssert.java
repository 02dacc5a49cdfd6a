package org.displacementstats.assertj;

import java.time.LocalDate;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.data.Offset;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Assertions on the cells of one row of a table, reached through {@link TableAssert#row(String)}. Each {@code has}
 * checks the column's type as well as its value: a count is compared with a {@code long} only in a whole-number
 * column, so that {@code 6000} never passes for {@code 6000.0}; a missing cell (an unbounded or absent value)
 * equals no value, and is checked with {@link #hasMissing(String)}.
 */
// AssertJ is optional (requires static): a module-path client of these assertions requires org.assertj.core itself.
@SuppressWarnings("exports")
public final class RowAssert extends AbstractAssert<RowAssert, Table> {
    private final int row;
    private final String rowName;

    RowAssert(Table table, int row, String rowName) {
        super(table, RowAssert.class);
        this.row = row;
        this.rowName = rowName;
    }

    /**
     * Checks a whole number: people ({@code LongColumn}) or a count of days or flows ({@code IntColumn}).
     *
     * @param column the column's name
     * @param expected the value
     * @return this
     */
    public RowAssert has(String column, long expected) {
        Column<?> c = present(column);
        long value = 0;
        if (c instanceof LongColumn l) {
            value = l.getLong(row);
        } else if (c instanceof IntColumn i) {
            value = i.getInt(row);
        } else {
            wrongType(c, "a whole number");
        }
        if (value != expected) {
            differs(column, expected, value);
        }
        return this;
    }

    /**
     * Checks a share or a rate ({@code DoubleColumn}), exactly.
     *
     * @param column the column's name
     * @param expected the value
     * @return this
     */
    public RowAssert has(String column, double expected) {
        return has(column, expected, Offset.offset(0.0));
    }

    /**
     * Checks a share or a rate ({@code DoubleColumn}) within an offset.
     *
     * @param column the column's name
     * @param expected the value
     * @param offset how far from {@code expected} the value may be
     * @return this
     */
    public RowAssert has(String column, double expected, Offset<Double> offset) {
        Column<?> c = present(column);
        if (!(c instanceof DoubleColumn d)) {
            return wrongType(c, "a decimal");
        }
        if (Math.abs(d.getDouble(row) - expected) > offset.value) {
            differs(column, expected, d.getDouble(row));
        }
        return this;
    }

    /**
     * Checks a text ({@code StringColumn}).
     *
     * @param column the column's name
     * @param expected the text
     * @return this
     */
    public RowAssert has(String column, String expected) {
        Column<?> c = present(column);
        if (!(c instanceof StringColumn s)) {
            return wrongType(c, "a text");
        }
        if (!s.get(row).equals(expected)) {
            differs(column, expected, s.get(row));
        }
        return this;
    }

    /**
     * Checks a date ({@code DateColumn}).
     *
     * @param column the column's name
     * @param expected the date
     * @return this
     */
    public RowAssert has(String column, LocalDate expected) {
        Column<?> c = present(column);
        if (!(c instanceof DateColumn d)) {
            return wrongType(c, "a date");
        }
        if (!d.get(row).equals(expected)) {
            differs(column, expected, d.get(row));
        }
        return this;
    }

    /**
     * Checks a yes/no ({@code BooleanColumn}).
     *
     * @param column the column's name
     * @param expected the value
     * @return this
     */
    public RowAssert has(String column, boolean expected) {
        Column<?> c = present(column);
        if (!(c instanceof BooleanColumn b)) {
            return wrongType(c, "a yes/no");
        }
        if (b.get(row) != expected) {
            differs(column, expected, b.get(row));
        }
        return this;
    }

    /**
     * Checks that the cell is missing: an unbounded bound, or a value the row does not have. For a text, the
     * empty text.
     *
     * @param column the column's name
     * @return this
     */
    public RowAssert hasMissing(String column) {
        Column<?> c = column(column);
        if (!c.isMissing(row)) {
            failWithMessage(
                    "Expected %s of table <%s> to have no %s but it has <%s>",
                    rowName, actual.name(), column, text(c, row));
        }
        return this;
    }

    /** The cell as text, as {@link TableAssert#row(String, String)} compares it: empty when missing. */
    static String text(Column<?> column, int row) {
        return column.isMissing(row) ? "" : Objects.toString(column.get(row));
    }

    private Column<?> column(String name) {
        isNotNull();
        if (!actual.containsColumn(name)) {
            failWithMessage(
                    "Expected table <%s> to have a column <%s> but it has %s",
                    actual.name(), name, actual.columnNames());
        }
        return actual.column(name);
    }

    private Column<?> present(String name) {
        Column<?> c = column(name);
        if (c.isMissing(row)) {
            failWithMessage(
                    "Expected %s of table <%s> to have a %s but the cell is missing (unbounded or absent)",
                    rowName, actual.name(), name);
        }
        return c;
    }

    private RowAssert wrongType(Column<?> c, String what) {
        failWithMessage(
                "Expected column <%s> of table <%s> to hold %s but it is a %s column",
                c.name(), actual.name(), what, c.type().name());
        return this;
    }

    private void differs(String column, Object expected, Object value) {
        failWithMessage(
                "Expected %s of table <%s> to have %s <%s> but it has <%s>",
                rowName, actual.name(), column, expected, value);
    }
}
