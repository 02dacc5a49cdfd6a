package org.displacementstats.flowlog;

import java.util.ArrayList;
import java.util.List;

/** What parsing one chunk found besides the sums: its line breaks, its bad rows, a fatal CSV error. */
final class ChunkOutcome {
    final int index;
    /** Line breaks in the chunk; the next chunk starts that many lines later. */
    long lines;

    final List<BadRow> bad = new ArrayList<>();
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

    void fatal(long relativeLine, String message) {
        if (fatal == null) {
            fatal = message;
            fatalLine = relativeLine;
        }
    }
}
