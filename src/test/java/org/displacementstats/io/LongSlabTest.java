package org.displacementstats.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LongSlabTest {
    @Test
    void runs_are_zeros_apart_from_each_other_in_blocks_that_jump_to_one_region_and_no_further() {
        int run = 384;
        LongSlab slab = new LongSlab(run);
        Map<long[], List<Integer>> startsByBlock = new IdentityHashMap<>();
        List<long[]> blocks = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            int start = slab.next();
            long[] block = slab.block();
            assertThat(block).hasSizeGreaterThanOrEqualTo(start + run);
            for (int j = start; j < start + run; j++) {
                assertThat(block[j]).isZero();
                block[j] = i + 1;
            }
            startsByBlock
                    .computeIfAbsent(block, b -> {
                        blocks.add(b);
                        return new ArrayList<>();
                    })
                    .add(start);
        }

        assertThat(blocks.get(0)).hasSize(4 * run);
        assertThat(blocks.get(1)).hasSize(32 * run);
        for (long[] block : blocks) {
            assertThat(16L + 8L * block.length).isLessThanOrEqualTo(LongSlab.BLOCK_BYTES);
        }
        assertThat(startsByBlock.get(blocks.get(1))).startsWith(0, run).hasSize(32);
        assertThat(blocks.get(2)).hasSize((LongSlab.BLOCK_BYTES - 16) / 8 / run * run);
    }

    @Test
    void a_run_is_at_least_one_long_and_fits_in_a_block() {
        assertThatThrownBy(() -> new LongSlab(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LongSlab(LongSlab.BLOCK_BYTES / 8)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new LongSlab(1).next()).isZero();
    }
}
