package org.displacementstats.io;

/**
 * Hands out runs of {@code long}s of one fixed size from a few large arrays, for data that an import keeps to its
 * end and adds to all along (the sums of a million days): as small arrays, each run would be copied by every young
 * collection until old enough to be promoted, and a daily series copied some 13 MB a pause, long enough pauses for
 * G1 to grow the heap. The first block holds {@value #FIRST_RUNS} runs, the second {@value #SECOND_RUNS}, and every
 * next one as many as fit in {@link #BLOCK_BYTES}, an array that G1 allocates straight into the old generation
 * ("humongous", more than half a region) on heaps whose regions are at most 4 MiB, and never copies. Blocks that
 * doubled in size up to there were copied too: 3 MB of them at each pause of a daily series.
 *
 * <p>Not safe for use by several threads at once.
 */
final class LongSlab {
    /** The largest block, in bytes, with its array header: one G1 region of 4 MiB. */
    static final int BLOCK_BYTES = 1 << 22;

    private static final int FIRST_RUNS = 4;
    private static final int SECOND_RUNS = 32;

    private final int run;
    private final int mostRuns;
    private long[] block;
    private int used;

    /** @param run how many {@code long}s each run has, at least 1 */
    LongSlab(int run) {
        if (run < 1 || run > (BLOCK_BYTES - 16) / Long.BYTES) {
            throw new IllegalArgumentException("run must be 1 to " + (BLOCK_BYTES - 16) / Long.BYTES + ": " + run);
        }
        this.run = run;
        this.mostRuns = (BLOCK_BYTES - 16) / Long.BYTES / run;
    }

    /**
     * Takes a new run of zeros.
     *
     * @return where it starts in {@link #block()}, which is the array to read it from until the next call
     */
    int next() {
        if (block == null || used + run > block.length) {
            int runs = block == null
                    ? FIRST_RUNS
                    : block.length == FIRST_RUNS * run ? Math.min(mostRuns, SECOND_RUNS) : mostRuns;
            block = new long[runs * run];
            used = 0;
        }
        int start = used;
        used += run;
        return start;
    }

    /** @return the array of the last run {@link #next()} gave */
    long[] block() {
        return block;
    }
}
