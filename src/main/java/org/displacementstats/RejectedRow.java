package org.displacementstats;

/**
 * A row of input that was set aside rather than read, with where it is and why: the one shape in which importers
 * and the flow-log reader list the rows they skip.
 *
 * <p>Immutable and safe to share.
 *
 * @param file the file
 * @param line the line the record starts on
 * @param column the field number, from 1
 * @param field the column's name (empty when the whole row is at fault)
 * @param value the offending value (empty when none)
 * @param reason the rule it breaks and what would be valid
 * @param record the record's text as in the file
 */
public record RejectedRow(
        String file, long line, int column, String field, String value, String reason, String record) {}
