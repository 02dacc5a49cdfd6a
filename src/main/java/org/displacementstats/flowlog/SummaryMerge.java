package org.displacementstats.flowlog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.displacementstats.RejectedRow;
import org.displacementstats.flowlog.FlowLogSummary.DateTotals;
import org.displacementstats.flowlog.FlowLogSummary.DestinationTotals;
import org.displacementstats.flowlog.FlowLogSummary.OriginDestinationTotals;
import org.displacementstats.flowlog.FlowLogSummary.Totals;

/**
 * The last step of {@link Summarizer}: the sums of every worker's {@link Accumulator} added into one table, with
 * worker-local place ids turned into names in code point order, as the summary's three lists.
 */
final class SummaryMerge {
    /**
     * The most origin × destination cells that are summed in a plain array (40 bytes each) rather than in a hash
     * table: 1,024 places.
     */
    static final int DENSE_CELLS = 1 << 20;

    private SummaryMerge() {}

    /**
     * @param name the log's file name
     * @param accumulators every worker's sums, each over whole chunks
     * @param rejected the rows left out, by line
     * @return the summary
     */
    static FlowLogSummary summary(String name, List<Accumulator> accumulators, List<RejectedRow> rejected) {
        TreeSet<String> names = new TreeSet<>(Summarizer.CODE_POINT_ORDER);
        for (Accumulator a : accumulators) {
            for (int id = 0; id < a.places.size(); id++) {
                names.add(a.places.name(id));
            }
        }
        String[] sorted = names.toArray(new String[0]);
        Map<String, Integer> rank = new HashMap<>();
        for (int r = 0; r < sorted.length; r++) {
            rank.put(sorted[r], r);
        }
        LongAggregates dates = new LongAggregates(1 << 10);
        int[][] global = new int[accumulators.size()][];
        long rows = 0;
        List<long[]> pairRows;
        try {
            for (int w = 0; w < global.length; w++) {
                Accumulator a = accumulators.get(w);
                global[w] = new int[a.places.size()];
                for (int id = 0; id < global[w].length; id++) {
                    global[w][id] = rank.get(a.places.name(id));
                }
                a.dates.forEach(dates::addAll);
                rows += a.rows;
            }
            pairRows = pairRows(accumulators, global, sorted.length, DENSE_CELLS);
        } catch (ArithmeticException e) {
            throw Summarizer.overflow(e);
        }

        List<OriginDestinationTotals> byPair = new ArrayList<>(pairRows.size());
        long[][] byDestinationSums = new long[sorted.length][];
        long totalPoint = 0;
        for (long[] e : pairRows) {
            int destination = (int) e[0];
            byPair.add(new OriginDestinationTotals(sorted[(int) (e[0] >>> 32)], sorted[destination], totals(e)));
            if (byDestinationSums[destination] == null) {
                byDestinationSums[destination] = new long[6];
            }
            try {
                for (int k = 1; k < 6; k++) {
                    byDestinationSums[destination][k] = Math.addExact(byDestinationSums[destination][k], e[k]);
                }
                totalPoint = Math.addExact(totalPoint, e[1 + LongAggregates.POINT]);
            } catch (ArithmeticException overflow) {
                throw Summarizer.overflow(overflow);
            }
        }
        List<DestinationTotals> byDestination = new ArrayList<>();
        for (int d = 0; d < sorted.length; d++) {
            long[] e = byDestinationSums[d];
            if (e != null) {
                byDestination.add(new DestinationTotals(
                        sorted[d], totals(e), DestinationTotals.shareOf(e[1 + LongAggregates.POINT], totalPoint)));
            }
        }
        List<DateTotals> byDate = new ArrayList<>();
        for (long[] e : sortedEntries(dates)) {
            int yyyymmdd = (int) e[0];
            byDate.add(
                    new DateTotals(LocalDate.of(yyyymmdd / 10_000, yyyymmdd / 100 % 100, yyyymmdd % 100), totals(e)));
        }
        return new FlowLogSummary(name, rows, byPair, byDate, byDestination, rejected);
    }

    /**
     * The workers' pairs added up, under their global keys ({@code origin rank << 32 | destination rank}), as
     * {@link #sortedEntries} lists them. With few places (at most {@code denseCells} origin × destination cells,
     * and not many more than there are pairs) the sums go into an array indexed by origin and destination, which is
     * in key order already: no hash table to probe, no sort, no second lookup, about a third of the merge's time.
     */
    static List<long[]> pairRows(List<Accumulator> accumulators, int[][] global, int places, int denseCells) {
        int largest = accumulators.stream().mapToInt(a -> a.pairs.size()).max().orElse(0);
        long cells = (long) places * places;
        if (cells > denseCells || cells > 16L * largest + 1024) {
            // Sized for the largest worker's table at least, so that it grows seldom while the others are added.
            LongAggregates pairs = new LongAggregates(largest + (1 << 12));
            for (int w = 0; w < global.length; w++) {
                int[] g = global[w];
                accumulators
                        .get(w)
                        .pairs
                        .forEach((key, sums) ->
                                pairs.addAll(((long) g[(int) (key >>> 32)] << 32) | g[(int) key], sums));
            }
            return sortedEntries(pairs);
        }
        int stride = LongAggregates.SUMS;
        long[] dense = new long[(int) cells * stride];
        for (int w = 0; w < global.length; w++) {
            int[] g = global[w];
            accumulators.get(w).pairs.forEach((key, sums) -> {
                int at = (g[(int) (key >>> 32)] * places + g[(int) key]) * stride;
                for (int k = 0; k < stride; k++) {
                    dense[at + k] = Math.addExact(dense[at + k], sums[k]);
                }
            });
        }
        List<long[]> entries = new ArrayList<>(largest);
        for (int cell = 0; cell < cells; cell++) {
            int at = cell * stride;
            // Every pair that was seen has at least one row.
            if (dense[at + LongAggregates.ROWS] != 0) {
                long[] e = new long[1 + stride];
                e[0] = ((long) (cell / places) << 32) | (cell % places);
                System.arraycopy(dense, at, e, 1, stride);
                entries.add(e);
            }
        }
        return entries;
    }

    /** Entries as {key, rows, point, low, high, unbounded}, sorted by key. */
    private static List<long[]> sortedEntries(LongAggregates table) {
        // The bare keys sorted, rather than the entries with a comparator (a third less time once compiled).
        long[] keys = table.sortedKeys();
        List<long[]> entries = new ArrayList<>(keys.length);
        for (long key : keys) {
            long[] e = new long[6];
            e[0] = key;
            table.copySums(key, e, 1);
            entries.add(e);
        }
        return entries;
    }

    private static Totals totals(long[] e) {
        return Totals.of(
                e[1 + LongAggregates.ROWS],
                e[1 + LongAggregates.POINT],
                e[1 + LongAggregates.LOW],
                e[1 + LongAggregates.HIGH],
                e[1 + LongAggregates.UNBOUNDED]);
    }
}
