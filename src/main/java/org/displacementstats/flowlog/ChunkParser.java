package org.displacementstats.flowlog;

/** Splits a chunk into records and fields and hands each record to an {@link Accumulator}. */
interface ChunkParser {
    /**
     * Parses every record of {@code chunk}.
     *
     * @param skipBadRows whether to go on after a bad row (else stop at the first)
     */
    void parse(Chunk chunk, Accumulator accumulator, ChunkOutcome outcome, boolean skipBadRows);
}
