package org.displacementstats.internal;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.displacementstats.DisplacementDataException;

/**
 * The spreadsheet-safety rule for text cells that this library writes (OWASP "CSV injection"), and its
 * inverse for reading them back.
 *
 * <p>Stateless and safe to call from any thread.
 */
public final class CsvCells {
    private static final String RISKY = "=+-@\t\r'";

    private CsvCells() {}

    /**
     * Neutralises a text cell that a spreadsheet would run as a formula: a leading {@code '} is added if the text
     * begins with {@code = + - @}, tab or carriage return — or with {@code '}, so that the rule can be undone. A
     * plain signed number ({@code -4}, {@code +2.5}) is left as it is: spreadsheets read it as a number.
     *
     * @param text the text
     * @return the cell to write
     */
    public static String guard(String text) {
        return !text.isEmpty() && RISKY.indexOf(text.charAt(0)) >= 0 && !isSignedNumber(text) ? "'" + text : text;
    }

    /**
     * Whether a text is a plain signed decimal number ({@code -4}, {@code +0.25}): a spreadsheet reads it as that
     * number, never as a formula, so guarding it would only change a value that a reader parses.
     */
    private static boolean isSignedNumber(String text) {
        int i = 1;
        int digits = 0;
        boolean point = false;
        if (text.charAt(0) != '-' && text.charAt(0) != '+') {
            return false;
        }
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !point && digits > 0) {
                point = true;
                digits = 0;
            } else {
                return false;
            }
        }
        return digits > 0;
    }

    /**
     * Undoes {@link #guard}: removes a leading {@code '} that stands before one of the characters it guards.
     * Other cells, such as {@code 's-Hertogenbosch}, are returned as they are.
     *
     * @param cell a cell as read
     * @return the text
     */
    public static String unguard(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && RISKY.indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1)
                : cell;
    }

    /**
     * Whether a character may not stand in a cell of a dataset or an imported record: a C0 control character
     * other than tab and line breaks (NUL among them), or DEL. Such a character is never part of a name, a
     * number or a quote, and left in it would travel into every report.
     *
     * @param c a character or code point
     * @return whether it is refused
     */
    public static boolean isRefusedControl(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f;
    }

    /**
     * Writes a CSV file as the library writes its dataset files: UTF-8, RFC 4180 quoting, LF line ends, the header
     * first, text cells {@link #guard guarded}.
     *
     * @param file the file to write
     * @param header the column names
     * @param rows the rows, each with one cell per column
     * @throws IOException if the file cannot be written
     * @throws DisplacementDataException if a cell holds a control character that the data format refuses
     */
    public static void writeFile(Path file, List<String> header, List<List<String>> rows) throws IOException {
        try (Writer out = new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8);
                CsvWriter csv =
                        CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out)) {
            csv.writeRecord(header);
            for (List<String> row : rows) {
                for (int i = 0; i < row.size(); i++) {
                    requireNoControlCharacter(file, header.get(i), row.get(i));
                }
                csv.writeRecord(row.stream().map(CsvCells::guard).toList());
            }
        }
    }

    /** The reader rejects control characters other than tab and line breaks; so does the writer, up front. */
    private static void requireNoControlCharacter(Path file, String column, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isRefusedControl(c)) {
                throw new DisplacementDataException(file.getFileName() + ", column '" + column
                        + "': cannot write the control character U+" + String.format(Locale.ROOT, "%04X", (int) c)
                        + ", which the data format does not allow, in '" + value.replace(c, '?')
                        + "'; remove it from the record");
            }
        }
    }
}
