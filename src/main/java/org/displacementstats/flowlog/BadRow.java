package org.displacementstats.flowlog;

/**
 * A row that breaks a rule, found in a chunk: its line is counted from the chunk's start until the chunks
 * before it are counted and the absolute line is known.
 *
 * @param chunk the chunk's index
 * @param relativeLine line breaks before the row in its chunk
 * @param column the 1-based field number (7 for an extra field)
 * @param field the column name
 * @param value the field's text
 * @param reason the rule it breaks
 */
record BadRow(int chunk, long relativeLine, int column, String field, String value, String reason) {

    /** @return the row as listed in the summary, its chunk starting at line {@code chunkLine} */
    FlowLogSummary.RejectedRow at(long chunkLine) {
        return new FlowLogSummary.RejectedRow(chunkLine + relativeLine, column, field, value, reason);
    }
}
