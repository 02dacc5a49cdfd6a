package org.displacementstats.io;

import org.displacementstats.DisplacementDataException;

/**
 * A record that cannot be read, with where it is: {@code file:line:column: column 'year': expected ... but
 * was '20l6'; write e.g. 2016}. Stops an import as a {@link DisplacementDataException} with the same message,
 * or is written to {@code rejected.csv} when bad rows are skipped.
 */
final class BadRow extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** Values longer than this are cut in messages, so a hostile cell cannot flood the terminal. */
    private static final int SHOWN = 60;

    private final long line;
    private final int column;
    private final String field;
    private final String value;
    private final String reason;

    BadRow(String file, long line, int column, String field, String rule, String value, String fix) {
        super(file + ":" + line + ":" + column + ": " + (field.isEmpty() ? "" : "column '" + shown(field) + "': ")
                + rule + (value == null ? "" : " but was '" + shown(value) + "'") + (fix.isEmpty() ? "" : "; " + fix));
        this.line = line;
        this.column = column;
        this.field = field;
        this.value = value == null ? "" : value;
        this.reason = rule + (fix.isEmpty() ? "" : "; " + fix);
    }

    /** @return the exception an import throws for this row */
    DisplacementDataException toException() {
        return new DisplacementDataException(getMessage(), this);
    }

    static String shown(String value) {
        return value.length() <= SHOWN ? value : value.substring(0, SHOWN) + "…";
    }

    long line() {
        return line;
    }

    int column() {
        return column;
    }

    String field() {
        return field;
    }

    String value() {
        return value;
    }

    String reason() {
        return reason;
    }
}
