package org.displacementstats.flowlog;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.displacementstats.RejectedRow;

/** What parsing one chunk found besides the sums: its line breaks, its bad rows, a fatal CSV error. */
final class ChunkOutcome {
    final int index;
    /** Line breaks in the chunk; the next chunk starts that many lines later. */
    long lines;

    /** The chunk's bad rows, their lines counted from the chunk's start, their file left empty ({@link #inLog}). */
    final List<RejectedRow> bad = new ArrayList<>();
    /**
     * Set when the chunk, not the last, ends inside a quoted field: its optimistic cut was wrong, and so is the
     * start of every later chunk.
     */
    boolean misaligned;
    /** Set when the chunk is not valid CSV and reading cannot go on. */
    String fatal;

    long fatalLine;

    ChunkOutcome(int index) {
        this.index = index;
    }

    /**
     * @param skipBadRows whether bad rows are left out rather than stopping the summary
     * @return whether the chunks after this one are not to be used: it ends inside quotes, is not valid CSV, or
     *     has a bad row that stops the summary
     */
    boolean stops(boolean skipBadRows) {
        return misaligned || fatal != null || !skipBadRows && !bad.isEmpty();
    }

    /**
     * Lists a bad row with its record's text.
     *
     * @param row the row as {@link Accumulator#add} describes it
     * @param b the chunk's bytes
     * @param start where the record starts
     * @param end where it ends, after its line break if any
     */
    void bad(RejectedRow row, byte[] b, int start, int end) {
        int e = end;
        while (e > start && (b[e - 1] == '\n' || b[e - 1] == '\r')) {
            e--;
        }
        String record = new String(b, start, e - start, StandardCharsets.UTF_8);
        bad.add(new RejectedRow(row.file(), row.line(), row.column(), row.field(), row.value(), row.reason(), record));
    }

    /**
     * @param row a bad row of a chunk
     * @param file the log's name
     * @param chunkLine the log line where the chunk starts
     * @return the row as the summary lists it: with its file and its line in the log
     */
    static RejectedRow inLog(RejectedRow row, String file, long chunkLine) {
        return new RejectedRow(
                file, chunkLine + row.line(), row.column(), row.field(), row.value(), row.reason(), row.record());
    }

    void fatal(long relativeLine, String message) {
        if (fatal == null) {
            fatal = message;
            fatalLine = relativeLine;
        }
    }
}
