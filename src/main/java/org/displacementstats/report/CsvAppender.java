package org.displacementstats.report;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * A report CSV file written a few rows at a time, with the cells {@link ReportWriter} writes: for a table too
 * large to hold whole. The header (and its HXL hashtag row, and a byte order mark) as {@link ReportWriter} writes
 * them; none for a part file, whose rows are later copied into a whole one ({@link #appendRows}).
 */
final class CsvAppender implements Closeable {
    private boolean closed;
    private final Writer out;
    private final CsvWriter csv;

    private CsvAppender(Path file) throws IOException {
        this.out = new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
        this.csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
    }

    /**
     * @param file the file to write
     * @param header the column names
     * @param hxlFile the file's name for its hashtag row, or {@code null} for none
     * @param bom whether to start with a byte order mark
     */
    static CsvAppender withHeader(Path file, List<String> header, String hxlFile, boolean bom) throws IOException {
        CsvAppender a = new CsvAppender(file);
        if (bom) {
            // Excel reads a CSV file as the system's code page unless it starts with a byte order mark.
            a.out.write('\uFEFF');
        }
        a.csv.writeRecord(header);
        if (hxlFile != null) {
            a.csv.writeRecord(header.stream().map(n -> Hxl.tag(hxlFile, n)).toList());
        }
        return a;
    }

    /** A file of rows only, to be copied into a whole file later. */
    static CsvAppender part(Path file) throws IOException {
        return new CsvAppender(file);
    }

    /** Writes the rows of {@code table}, cell by cell as {@link ReportWriter} prints them ({@link ReportColumn}). */
    void append(Table table) throws IOException {
        List<ReportColumn> columns = ReportColumn.of(table);
        String[] cells = new String[columns.size()];
        for (int row = 0; row < table.rowCount(); row++) {
            for (int c = 0; c < cells.length; c++) {
                cells[c] = columns.get(c).cell(row);
            }
            csv.writeRecord(cells);
        }
    }

    /**
     * Writes {@code rows} as {@link #append(Table)} writes the table of their columns, without building it.
     *
     * @param printer the cells of a row, from the table's column declaration
     * @param rows the rows to write
     */
    <R> void append(ReportRow<R> printer, Iterable<? extends R> rows) throws IOException {
        for (R row : rows) {
            csv.writeRecord(printer.cells(row));
        }
    }

    /** @return the names of the columns a report prints of {@code table} (not its unbounded flags) */
    static List<String> names(Table table) {
        return ReportColumn.of(table).stream().map(ReportColumn::name).toList();
    }

    /** Copies the rows of a part file, as they are. */
    void appendRows(Path part) throws IOException {
        csv.flush();
        try (Reader in = Files.newBufferedReader(part, StandardCharsets.UTF_8)) {
            in.transferTo(out);
        }
    }

    /** Closes the file; a second call does nothing, so that a failed import can close whatever is still open. */
    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            csv.close();
        }
    }

    /** Closes the file after a failure, keeping the failure's own exception as the one that is reported. */
    void closeAfterFailure(Throwable failure) {
        try {
            close();
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }
}
