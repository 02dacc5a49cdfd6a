package org.displacementstats.io;

import java.util.ArrayList;
import java.util.List;

/**
 * One record of a file as it is written there: its first line, the code-point offset of its first character
 * in the file (after a byte order mark), and its raw text without the line ending.
 *
 * @param file the file's name, for messages
 * @param line the line the record starts on, from 1
 * @param offset code points before the record in the file
 * @param text the record's text, as in the file (several lines if a quoted field holds line breaks)
 */
record Record(String file, long line, int offset, String text) {
    /** More fields than any real table has; the bound stops a hostile file early. */
    static final int MAX_FIELDS = 4096;

    /** @return the offset just after the record, in code points */
    int end() {
        return offset + text.codePointCount(0, text.length());
    }

    /**
     * Splits the record into fields (RFC 4180: a field may be quoted, with {@code ""} for a quote).
     *
     * @param separator the field separator
     * @return the fields, unquoted; rejected if a quote is not closed or is followed by text, or if there are more
     *     than {@link #MAX_FIELDS}
     */
    Parsed<List<String>> fields(char separator) {
        List<String> fields = new ArrayList<>();
        int n = text.length();
        int i = 0;
        StringBuilder field = new StringBuilder();
        while (true) {
            if (fields.size() >= MAX_FIELDS) {
                return Parsed.rejected(Problem.ofRecord(
                        fields.size(),
                        "",
                        "a record must have at most " + MAX_FIELDS + " fields",
                        "is this the right separator and file?"));
            }
            field.setLength(0);
            if (i < n && text.charAt(i) == '"') {
                i++;
                boolean closed = false;
                while (i < n) {
                    char c = text.charAt(i);
                    if (c == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        closed = true;
                        break;
                    }
                    field.append(c);
                    i++;
                }
                if (!closed) {
                    return Parsed.rejected(Problem.ofCell(
                            fields.size(),
                            "",
                            "a quoted field must end with a double quote",
                            "\"" + field,
                            "close the quote"));
                }
                if (i < n && text.charAt(i) != separator) {
                    return Parsed.rejected(Problem.ofCell(
                            fields.size(),
                            "",
                            "a closing double quote must be followed by '" + separator + "' or the end of the line",
                            "\"" + field + "\"" + text.charAt(i),
                            "double the quotes inside a quoted field"));
                }
            } else {
                while (i < n && text.charAt(i) != separator) {
                    field.append(text.charAt(i));
                    i++;
                }
            }
            fields.add(field.toString());
            if (i >= n) {
                return Parsed.of(fields);
            }
            i++;
        }
    }

    /**
     * The separator the record uses: the most frequent of comma, semicolon and tab outside quotes, semicolon on a
     * tie (comma when
     * none occurs).
     *
     * @return the separator
     */
    char separator() {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                comma += c == ',' ? 1 : 0;
                semicolon += c == ';' ? 1 : 0;
                tab += c == '\t' ? 1 : 0;
            }
        }
        return semicolon > 0 && semicolon >= comma && semicolon >= tab ? ';' : tab > comma ? '\t' : ',';
    }
}
