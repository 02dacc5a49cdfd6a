package org.displacementstats.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class CompactIdsTest {
    @Test
    void an_id_never_added_has_no_line() {
        CompactIds ids = new CompactIds();
        ids.add("aleppo-2016-11-28-idps", 3);

        assertThat(ids.firstLine("aleppo-2016-11-28-idp")).isZero();
        assertThat(ids.firstLine("aleppo-2016-11-28-idpsx")).isZero();
        assertThat(ids.firstLine("")).isZero();
    }

    @Test
    void an_id_added_twice_keeps_its_first_line() {
        CompactIds ids = new CompactIds();
        ids.add("fled-east-aleppo", 7);
        ids.add("fled-east-aleppo", 9);

        assertThat(ids.firstLine("fled-east-aleppo")).isEqualTo(7);
        assertThat(ids.size()).isEqualTo(1);
    }

    @Test
    void ids_with_the_same_hash_are_told_apart_by_their_bytes() {
        // "Aa" and "BB" have the same String.hashCode, and so do the ids made of them.
        CompactIds ids = new CompactIds();
        ids.add("x-Aa-Aa", 1);
        ids.add("x-BB-BB", 2);

        assertThat(ids.firstLine("x-Aa-Aa")).isEqualTo(1);
        assertThat(ids.firstLine("x-BB-BB")).isEqualTo(2);
        assertThat(ids.firstLine("x-Aa-BB")).isZero();
    }

    @Test
    void many_ids_across_blocks_keep_their_lines() {
        CompactIds ids = new CompactIds();
        int n = 300_000;
        for (int i = 1; i <= n; i++) {
            ids.add(id(i), 10_000_000_000L + i);
        }

        assertThat(ids.size()).isEqualTo(n);
        for (int i = 1; i <= n; i += 997) {
            assertThat(ids.firstLine(id(i))).isEqualTo(10_000_000_000L + i);
        }
        assertThat(ids.firstLine(id(n + 1))).isZero();
    }

    @Test
    void an_id_longer_than_a_block_is_kept_whole() {
        CompactIds ids = new CompactIds();
        String longId = "a".repeat(CompactIds.BLOCK + 5);
        ids.add("before", 1);
        ids.add(longId, 2);
        ids.add("after", 3);

        assertThat(ids.firstLine(longId)).isEqualTo(2);
        assertThat(ids.firstLine(longId.substring(1))).isZero();
        assertThat(ids.firstLine("before")).isEqualTo(1);
        assertThat(ids.firstLine("after")).isEqualTo(3);
    }

    @Test
    void ids_in_any_script_are_compared_exactly() {
        CompactIds ids = new CompactIds();
        ids.add("alep-é", 4);

        assertThat(ids.firstLine("alep-é")).isEqualTo(4);
        assertThat(ids.firstLine("alep-e")).isZero();
    }

    @Test
    void ids_of_two_three_and_four_byte_characters_are_told_apart() {
        CompactIds ids = new CompactIds();
        String[] all = {"حلب-1", "حلب-2", "阿勒颇-1", "阿勒颇-2", "x-\uD83D\uDE00", "x-\uD83D\uDE01", "x-??"};
        for (int i = 0; i < all.length; i++) {
            ids.add(all[i], i + 1);
        }

        for (int i = 0; i < all.length; i++) {
            assertThat(ids.firstLine(all[i])).as(all[i]).isEqualTo(i + 1);
        }
        assertThat(ids.firstLine("حلب-")).isZero();
        assertThat(ids.firstLine("x-\uD83D")).isZero();
        assertThat(ids.size()).isEqualTo(all.length);
    }

    @Test
    void a_line_that_is_not_positive_is_refused() {
        CompactIds ids = new CompactIds();

        assertThatThrownBy(() -> ids.add("a", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ids.add(null, 1)).isInstanceOf(NullPointerException.class);
    }

    private static String id(int i) {
        return String.format(Locale.ROOT, "country-%03d-1000-01-%02d-refugees-%d", i % 200, i % 28 + 1, i);
    }
}
