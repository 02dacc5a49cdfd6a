package org.displacementstats.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.displacementstats.table.Columns;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * One column of a table as the report writes it: the table's column and, for a bound that may be unbounded, the
 * flag beside it ({@link Columns#unboundedFlag}), which the report folds into the bound's cell: {@value
 * CsvReport#UNBOUNDED} for an unbounded upper bound, {@code -inf} for an unbounded lower one, never an empty cell,
 * which is kept for a value that is absent. The flags are not written as columns of their own.
 *
 * @param column the table's column
 * @param unbounded the flag that says when its cell is unbounded, if it is a bound
 */
record ReportColumn(Column<?> column, Optional<BooleanColumn> unbounded) {
    /**
     * The columns of {@code table} as the report writes them, in order, without the flags.
     *
     * @param table a summary table
     * @return its columns, each bound with its flag
     */
    static List<ReportColumn> of(Table table) {
        List<ReportColumn> columns = new ArrayList<>();
        for (Column<?> c : table.columns()) {
            if (isFlag(table, c)) {
                continue;
            }
            String flag = Columns.unboundedFlag(c.name());
            columns.add(new ReportColumn(
                    c,
                    table.containsColumn(flag) && table.column(flag) instanceof BooleanColumn b
                            ? Optional.of(b)
                            : Optional.empty()));
        }
        return columns;
    }

    private static boolean isFlag(Table table, Column<?> c) {
        return isFlag(c.name(), c instanceof BooleanColumn, table::containsColumn);
    }

    /**
     * Whether a column is the unbounded flag of a bound, which the report folds into the bound's cell.
     *
     * @param name the column's name
     * @param bool whether it is a boolean column
     * @param hasColumn whether the table has a column of that name
     */
    static boolean isFlag(String name, boolean bool, Predicate<String> hasColumn) {
        return bool
                && name.endsWith(Columns.UNBOUNDED)
                && hasColumn.test(name.substring(0, name.length() - Columns.UNBOUNDED.length()));
    }

    /** @return the column's name, as the report heads it */
    String name() {
        return column.name();
    }

    /**
     * @param row a row of the table
     * @return whether the cell is an unbounded bound
     */
    boolean isUnbounded(int row) {
        return unbounded.isPresent()
                && !unbounded.get().isMissing(row)
                && unbounded.get().get(row);
    }

    /**
     * One cell as the report prints it: {@value CsvReport#UNBOUNDED} or {@code -inf} for an unbounded bound, else
     * as {@link ReportWriter#cell} prints it (empty for an absent value).
     *
     * @param row a row of the table
     * @return the cell's text
     */
    String cell(int row) {
        return isUnbounded(row) ? infinity() : ReportWriter.cell(column, row);
    }

    /** @return {@code -inf} for a lower bound (its name ends in {@code low}), {@code inf} for an upper one */
    String infinity() {
        return infinity(name());
    }

    /**
     * @param name the name of a bound's column
     * @return {@code -inf} for a lower bound (its name ends in {@code low}), {@code inf} for an upper one
     */
    static String infinity(String name) {
        if (name.endsWith("low")) {
            return "-" + CsvReport.UNBOUNDED;
        }
        if (name.endsWith("high")) {
            return CsvReport.UNBOUNDED;
        }
        throw new IllegalStateException("column " + name + " has an unbounded flag but is neither a low nor a high");
    }
}
