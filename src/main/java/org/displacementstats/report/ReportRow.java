package org.displacementstats.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.displacementstats.internal.CsvCells;
import org.displacementstats.table.ColumnSpec;
import org.displacementstats.table.Columns;
import tech.tablesaw.api.ColumnType;

/**
 * The cells of typed rows as the report prints them, read through the table's column declaration ({@link
 * ColumnSpec#cell}) without building a Tablesaw table: the same text, cell for cell, as {@link ReportColumn#cell}
 * gives of {@link Columns#table}, the unbounded flags folded into their bounds. For the large files of a streamed
 * import, where a table per batch and a string per cell were much of what an import allocated.
 *
 * <p>Not thread-safe: it keeps the cells of the last row, and the text of the last number and day it printed (the
 * count, point and bounds of a figure are often one number, its first and last day one day).
 *
 * @param <R> the type of the rows
 */
final class ReportRow<R> implements ColumnSpec.CellSink {
    private final List<ColumnSpec<R>> columns = new ArrayList<>();
    /** The flag of each printed column, or null. */
    private final List<ColumnSpec<R>> flags = new ArrayList<>();

    private final String[] cells;
    private String cell;
    private boolean readingFlag;
    private boolean unbounded;
    private long lastWhole;
    private String lastWholeText;
    private LocalDate lastDate;
    private String lastDateText;

    /** @param declared the columns of the table whose rows to print */
    ReportRow(Columns<R> declared) {
        List<String> names = declared.names();
        for (ColumnSpec<R> c : declared.columns()) {
            if (ReportColumn.isFlag(c.name(), c.type() == ColumnType.BOOLEAN, names::contains)) {
                continue;
            }
            String flag = Columns.unboundedFlag(c.name());
            columns.add(c);
            flags.add(declared.columns().stream()
                    .filter(f -> f.name().equals(flag) && f.type() == ColumnType.BOOLEAN)
                    .findFirst()
                    .orElse(null));
        }
        this.cells = new String[columns.size()];
    }

    /** @return the names of the printed columns, as the report heads them */
    List<String> names() {
        return columns.stream().map(ColumnSpec::name).toList();
    }

    /**
     * @param row a row
     * @return its cells as the report prints them; the same array for every row, overwritten by the next call
     */
    String[] cells(R row) {
        for (int i = 0; i < cells.length; i++) {
            ColumnSpec<R> flag = flags.get(i);
            if (flag != null && isUnbounded(flag, row)) {
                cells[i] = ReportColumn.infinity(columns.get(i).name());
            } else {
                columns.get(i).cell(row, this);
                cells[i] = cell;
            }
        }
        return cells;
    }

    private boolean isUnbounded(ColumnSpec<R> flag, R row) {
        readingFlag = true;
        unbounded = false;
        flag.cell(row, this);
        readingFlag = false;
        return unbounded;
    }

    @Override
    public void missing() {
        cell = "";
    }

    @Override
    public void text(String value) {
        cell = CsvCells.guard(value);
    }

    @Override
    public void whole(long value) {
        if (lastWholeText == null || value != lastWhole) {
            lastWhole = value;
            lastWholeText = Long.toString(value);
        }
        cell = lastWholeText;
    }

    @Override
    public void decimal(double value) {
        cell = ReportWriter.decimal(value);
    }

    @Override
    public void date(LocalDate value) {
        if (!value.equals(lastDate)) {
            lastDate = value;
            lastDateText = value.toString();
        }
        cell = lastDateText;
    }

    @Override
    public void bool(boolean value) {
        if (readingFlag) {
            unbounded = value;
        } else {
            cell = ReportWriter.yesNo(value);
        }
    }
}
