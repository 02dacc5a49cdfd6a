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
        // Sized for the largest worker's table at least, so that it grows seldom while the others are added.
        LongAggregates pairs = new LongAggregates(
                accumulators.stream().mapToInt(a -> a.pairs.size()).max().orElse(0) + (1 << 12));
        LongAggregates dates = new LongAggregates(1 << 10);
        long rows = 0;
        try {
            for (Accumulator a : accumulators) {
                int[] global = new int[a.places.size()];
                for (int id = 0; id < global.length; id++) {
                    global[id] = rank.get(a.places.name(id));
                }
                a.pairs.forEach((key, sums) ->
                        pairs.addAll(((long) global[(int) (key >>> 32)] << 32) | global[(int) key], sums));
                a.dates.forEach(dates::addAll);
                rows += a.rows;
            }
        } catch (ArithmeticException e) {
            throw Summarizer.overflow(e);
        }

        List<long[]> pairRows = sortedEntries(pairs);
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
