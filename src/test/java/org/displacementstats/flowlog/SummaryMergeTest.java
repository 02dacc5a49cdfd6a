package org.displacementstats.flowlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.displacementstats.figure.QuantifierPolicy;
import org.junit.jupiter.api.Test;

class SummaryMergeTest {
    @Test
    void pairs_added_in_an_array_equal_pairs_added_in_a_hash_table() {
        // Two workers that met the places in different orders, and share some pairs
        List<Accumulator> workers = List.of(
                worker("2016-11-28,Zones,Alep,5,about,S\n2016-11-28,Alep,Zones,7,,S\n"
                        + "2016-11-29,Bab,Alep,3,at_least,S\n"),
                worker("2016-11-28,Alep,Zones,1,exact,S\n2016-11-30,Cheikh,Bab,9,up_to,S\n"
                        + "2016-11-30,Zones,Alep,2,nearly,S\n"));
        // Ranks in code point order: Alep 0, Bab 1, Cheikh 2, Zones 3
        int[][] global = {{3, 0, 1}, {0, 3, 2, 1}};

        List<long[]> dense = SummaryMerge.pairRows(workers, global, 4, SummaryMerge.DENSE_CELLS);
        List<long[]> hashed = SummaryMerge.pairRows(workers, global, 4, 0);

        assertThat(dense).usingElementComparator(Arrays::compare).containsExactlyElementsOf(hashed);
        assertThat(dense)
                .extracting(e -> e[0], e -> e[1 + LongAggregates.ROWS], e -> e[1 + LongAggregates.POINT])
                .containsExactly(
                        tuple(3L, 2L, 8L),
                        tuple(1L << 32, 1L, 3L),
                        tuple((2L << 32) | 1, 1L, 9L),
                        tuple(3L << 32, 2L, 7L));
    }

    private static Accumulator worker(String rows) {
        Accumulator a = new Accumulator(QuantifierPolicy.DEFAULT);
        byte[] bytes = rows.getBytes(StandardCharsets.UTF_8);
        ChunkOutcome outcome = new ChunkOutcome(0);
        new ByteChunkParser().parse(new Chunk(0, bytes, bytes.length, true), a, outcome, false);
        assertThat(outcome.bad).isEmpty();
        return a;
    }
}
