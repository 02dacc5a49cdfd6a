package org.displacementstats.assertj;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.AbstractAssert;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Assertions on a Tablesaw table, such as the library's summary tables: its columns, its rows, and the cells of
 * a row found by its key. Failures name the table, the row and the column.
 *
 * <pre>{@code
 * Table balance = SummaryTables.of(DisplacementDataset.aleppo2016()).populationBalance();
 * TableAssert.assertThat(balance).hasRowCount(1)
 *         .row("Alep-Est").has("remaining_point", 240_000).has("remaining_low", 215_000)
 *         .has("controlled_by", "rebels");
 * }</pre>
 */
// AssertJ is optional (requires static): a module-path client of these assertions requires org.assertj.core itself.
@SuppressWarnings("exports")
public final class TableAssert extends AbstractAssert<TableAssert, Table> {

    private TableAssert(Table actual) {
        super(actual, TableAssert.class);
    }

    /**
     * Starts the assertions on a table.
     *
     * @param actual the table
     * @return its assertions
     */
    public static TableAssert assertThat(Table actual) {
        return new TableAssert(actual);
    }

    /**
     * Checks the number of rows.
     *
     * @param expected the number of rows
     * @return this
     */
    public TableAssert hasRowCount(int expected) {
        isNotNull();
        if (actual.rowCount() != expected) {
            failWithMessage(
                    "Expected table <%s> to have %s rows but it has %s", actual.name(), expected, actual.rowCount());
        }
        return this;
    }

    /**
     * Checks the column names, all of them, in order.
     *
     * @param expected the names
     * @return this
     */
    public TableAssert hasColumns(String... expected) {
        isNotNull();
        if (!actual.columnNames().equals(Arrays.asList(expected))) {
            failWithMessage(
                    "Expected table <%s> to have the columns %s but it has %s",
                    actual.name(), Arrays.asList(expected), actual.columnNames());
        }
        return this;
    }

    /**
     * The row whose first column holds {@code key} ({@code Alep-Est} in the population balance).
     *
     * @param key the text of the first column
     * @return the assertions on that row
     * @throws AssertionError unless exactly one row has that key
     */
    public RowAssert row(String key) {
        isNotNull();
        if (actual.columnCount() == 0) {
            failWithMessage("Expected table <%s> to have a row <%s> but it has no column", actual.name(), key);
        }
        return row(actual.column(0).name(), key);
    }

    /**
     * The row whose column {@code column} holds {@code value}, as text: {@code row("destination", "Cheikh Maqsoud")}.
     *
     * @param column the column's name
     * @param value the cell's text; empty for a missing cell
     * @return the assertions on that row
     * @throws AssertionError unless exactly one row matches
     */
    public RowAssert row(String column, String value) {
        isNotNull();
        Column<?> c = column(column);
        List<Integer> matches = new ArrayList<>();
        for (int i = 0; i < actual.rowCount(); i++) {
            if (RowAssert.text(c, i).equals(value)) {
                matches.add(i);
            }
        }
        if (matches.size() != 1) {
            failWithMessage(
                    "Expected table <%s> to have one row with %s <%s> but it has %s; the column holds %s",
                    actual.name(),
                    column,
                    value,
                    matches.size(),
                    c.asStringColumn().asList());
        }
        return new RowAssert(actual, matches.get(0), column + " " + value);
    }

    /**
     * The row at {@code index}.
     *
     * @param index from 0
     * @return the assertions on that row
     */
    public RowAssert row(int index) {
        isNotNull();
        if (index < 0 || index >= actual.rowCount()) {
            failWithMessage(
                    "Expected table <%s> to have a row %s but it has %s rows", actual.name(), index, actual.rowCount());
        }
        return new RowAssert(actual, index, "row " + index);
    }

    private Column<?> column(String name) {
        if (!actual.containsColumn(name)) {
            failWithMessage(
                    "Expected table <%s> to have a column <%s> but it has %s",
                    actual.name(), name, actual.columnNames());
        }
        return actual.column(name);
    }
}
