package org.displacementstats.io;

import java.util.Objects;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.RejectedRow;

/**
 * What is wrong with a record, and where in it: the column at fault, the rule its value breaks, the value, and what
 * would be valid. The readers return it ({@link Parsed}) rather than throw it; the import then stops on it
 * ({@link #exception}) or sets the record aside ({@link #rejectedRow}), with the same words either way:
 * {@code file:line:column: column 'year': expected a year from 1900 to 2099 but was '20l6'; write e.g. 2016}.
 *
 * @param index the column at fault, from 0
 * @param field the column's name (empty when the whole record is at fault)
 * @param rule the rule the record breaks
 * @param value the offending value (empty when none is shown)
 * @param showsValue whether the message shows the value ({@code but was '…'}), even an empty one
 * @param fix what would be valid (empty when there is no advice)
 */
record Problem(int index, String field, String rule, String value, boolean showsValue, String fix) {
    /** Values longer than this are cut in messages, so a hostile cell cannot flood the terminal. */
    private static final int SHOWN = 60;

    Problem {
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0 but was " + index);
        }
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(fix, "fix");
    }

    /** A cell whose value breaks a rule; the message shows the value. */
    static Problem ofCell(int index, String field, String rule, String value, String fix) {
        return new Problem(index, field, rule, value, true, fix);
    }

    /** A record at fault as a whole (too few fields, a repeated id, a missing place); no value is shown. */
    static Problem ofRecord(int index, String field, String rule, String fix) {
        return new Problem(index, field, rule, "", false, fix);
    }

    /** @return the rule and the fix, as {@code rejected.csv} gives the reason */
    String reason() {
        return rule + (fix.isEmpty() ? "" : "; " + fix);
    }

    /**
     * @param file the file
     * @param line the line the record starts on
     * @return the message, naming file, line, column, field and value
     */
    String message(String file, long line) {
        return file + ":" + line + ":" + (index + 1) + ": " + (field.isEmpty() ? "" : "column '" + shown(field) + "': ")
                + rule + (showsValue ? " but was '" + shown(value) + "'" : "") + (fix.isEmpty() ? "" : "; " + fix);
    }

    /** @return the exception that stops an import on this problem in {@code record} */
    DisplacementDataException exception(Record record) {
        return new DisplacementDataException(message(record.file(), record.line()));
    }

    /** @return {@code record}, set aside for this problem */
    RejectedRow rejectedRow(Record record) {
        return new RejectedRow(record.file(), record.line(), index + 1, field, value, reason(), record.text());
    }

    /** @return {@code value}, cut after 60 characters */
    static String shown(String value) {
        return value.length() <= SHOWN ? value : value.substring(0, SHOWN) + "…";
    }
}
