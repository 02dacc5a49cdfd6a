package org.displacementstats.io;

import java.util.List;
import java.util.Optional;

/** Reads the cells of one record into its row ({@link ImportContext#read}). */
@FunctionalInterface
interface RowReader {
    /**
     * @param row the row, which keeps what is read
     * @param fields the record's cells
     * @return the first problem met (the reader stops there), or empty when the whole record reads
     */
    Optional<Problem> read(ImportRow row, List<String> fields);
}
