package org.displacementstats.dataset;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.internal.CsvCells;

/** One CSV file of a dataset, parsed (RFC 4180, header row first) and checked against its expected columns. */
final class CsvFile {
    /** No dataset file of ours has that many columns; the bound stops a malformed file early. */
    static final int MAX_COLUMNS = 64;
    /** The longest value a message shows whole. */
    static final int SHOWN = 200;
    /** FastCSV formats the number in the default locale: Arabic-Indic digits under ar-EG, so any decimal digit. */
    private static final Pattern STARTED_IN_LINE = Pattern.compile("(?:started in|starting at) line (\\p{Nd}{1,18})");

    private static final Pattern TOO_MANY_FIELDS = Pattern.compile("maximum limit of \\p{Nd}+ fields");

    private final String name;
    private final Map<String, Integer> columns;
    private final List<CsvRow> rows;

    private CsvFile(String name, Map<String, Integer> columns, List<CsvRow> rows) {
        this.name = name;
        this.columns = columns;
        this.rows = rows;
    }

    String name() {
        return name;
    }

    List<CsvRow> rows() {
        return rows;
    }

    /**
     * Parses {@code text}, requiring every column of {@code required}, allowing those of {@code optional}, and
     * nothing else.
     */
    static CsvFile parse(String name, String text, List<String> required, List<String> optional) {
        List<CsvRecord> records = new ArrayList<>();
        char separator = separator(text);
        try (CsvReader<CsvRecord> reader = CsvReader.builder()
                .fieldSeparator(separator)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                // FastCSV's default lets a quote that is never closed run to the end of the file, so the rows
                // below silently become the text of one cell.
                .allowUnclosedQuote(false)
                .skipEmptyLines(true)
                .maxBufferSize(DatasetFiles.MAX_FILE_BYTES)
                // FastCSV's own bound, 16,384 fields, would let a 100,000-column line be reported as a quoting error.
                .build(CsvRecordHandler.builder().maxFields(MAX_COLUMNS).build(), text)) {
            for (CsvRecord r : reader) {
                records.add(r);
            }
        } catch (CsvParseException | UncheckedIOException e) {
            if (TOO_MANY_FIELDS.matcher(rootMessage(e)).find()) {
                throw new DisplacementDataException(
                        name + lineOf(e) + ": must have at most " + MAX_COLUMNS
                                + " fields (columns) but has more; is this a dataset file with ',' separators?",
                        e);
            }
            throw new DisplacementDataException(
                    name + lineOf(e) + ": is not valid CSV (RFC 4180): " + rootMessage(e)
                            + "; check for an unclosed double quote",
                    e);
        } catch (java.io.IOException e) {
            throw new DisplacementDataException(name + ": cannot be read (" + e + ")", e);
        }
        if (records.isEmpty()) {
            throw new DisplacementDataException(
                    name + ": is empty; it must start with the header row " + String.join(",", required));
        }
        CsvRecord header = records.get(0);
        if (header.getFieldCount() > MAX_COLUMNS) {
            throw new DisplacementDataException(
                    name + " line 1: must have at most " + MAX_COLUMNS + " columns but has " + header.getFieldCount());
        }
        Map<String, Integer> columns = new HashMap<>();
        Set<String> allowed = new LinkedHashSet<>(required);
        allowed.addAll(optional);
        for (int i = 0; i < header.getFieldCount(); i++) {
            String column = header.getField(i);
            if (!allowed.contains(column)) {
                throw DisplacementDataException.problem(name + " line 1, column " + (i + 1) + ": unknown column '"
                                + shown(column) + "'; valid columns are " + String.join(", ", allowed))
                        .file(name)
                        .line(1)
                        .column(i + 1L)
                        .value(column)
                        .build();
            }
            if (columns.put(column, i) != null) {
                throw DisplacementDataException.problem(
                                name + " line 1, column " + (i + 1) + ": column '" + column + "' appears twice")
                        .file(name)
                        .line(1)
                        .column(i + 1L)
                        .field(column)
                        .build();
            }
        }
        for (String column : required) {
            if (!columns.containsKey(column)) {
                throw DisplacementDataException.problem(name + " line 1: missing column '" + column
                                + "'; the header must name " + String.join(", ", required))
                        .file(name)
                        .line(1)
                        .field(column)
                        .build();
            }
        }
        List<CsvRow> rows = new ArrayList<>(records.size() - 1);
        for (CsvRecord record : records.subList(1, records.size())) {
            if (record.getFieldCount() != header.getFieldCount()) {
                int expected = header.getFieldCount();
                int found = record.getFieldCount();
                throw DisplacementDataException.problem(name + " line " + record.getStartingLineNumber()
                                + ": expected " + expected + " fields, as in the header, but found " + found
                                + (found < expected
                                        ? ", so column '" + header.getField(found) + "' has no cell"
                                        : ", the first extra one being '" + shown(record.getField(expected)) + "'")
                                + (separator == ','
                                        ? "; quote a cell that holds a comma, or add the missing commas"
                                        : "; quote a cell that holds a semicolon, or add the missing semicolons"))
                        .file(name)
                        .line(record.getStartingLineNumber())
                        .build();
            }
            requireNoControlCharacters(name, record, header);
            rows.add(new CsvRow(name, record.getStartingLineNumber(), columns, record.getFields()));
        }
        return new CsvFile(name, Map.copyOf(columns), List.copyOf(rows));
    }

    /**
     * The field separator, read from the header row, whose column names hold neither separator: {@code ;} when the
     * header has semicolons and no comma (French Excel saves CSV so), else {@code ,}.
     */
    static char separator(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        return header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
    }

    /**
     * A NUL or another control character (other than tab and line breaks) is never part of a name, a number or a
     * quote; left in, it would travel into every report.
     */
    private static void requireNoControlCharacters(String name, CsvRecord record, CsvRecord header) {
        for (int i = 0; i < record.getFieldCount(); i++) {
            String field = record.getField(i);
            for (int j = 0; j < field.length(); j++) {
                char c = field.charAt(j);
                if (CsvCells.isRefusedControl(c)) {
                    throw DisplacementDataException.problem(String.format(
                                    Locale.ROOT,
                                    "%s line %d, column %d '%s': must not hold the control character U+%04X"
                                            + " but was '%s'; remove it (was the file saved as text?)",
                                    name,
                                    record.getStartingLineNumber(),
                                    i + 1,
                                    shown(header.getField(i)),
                                    (int) c,
                                    shown(escaped(field))))
                            .file(name)
                            .line(record.getStartingLineNumber())
                            .column(i + 1L)
                            .field(header.getField(i))
                            .value(field)
                            .build();
                }
            }
        }
    }

    /**
     * A value as messages show it: cut after {@value #SHOWN} characters, so that a hostile cell (a whole file on
     * one line) cannot flood the terminal or the log.
     */
    static String shown(String value) {
        return value.length() <= SHOWN ? value : value.substring(0, SHOWN) + "… (" + value.length() + " characters)";
    }

    /** The field with its control characters written as \\uXXXX, so that a message stays printable. */
    static String escaped(String field) {
        StringBuilder b = new StringBuilder();
        for (char c : field.toCharArray()) {
            b.append(c < 0x20 || c == 0x7f ? String.format(Locale.ROOT, "\\u%04X", (int) c) : String.valueOf(c));
        }
        return b.toString();
    }

    /** FastCSV names the line only in its outer message: "... record that started in line 4". */
    private static String lineOf(Exception e) {
        Matcher m = STARTED_IN_LINE.matcher(e.getMessage() + " " + rootMessage(e));
        // Long.parseLong reads any Unicode decimal digits; the message then names the line in ASCII digits.
        return m.find() ? " line " + Long.parseLong(m.group(1)) : "";
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
