package org.displacementstats.flowlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PlaceInternerTest {
    @Test
    void names_that_differ_in_any_one_byte_get_different_ids() {
        PlaceInterner places = new PlaceInterner();
        byte[] log = "..Alep-Est, secteur 12 sud..".getBytes(StandardCharsets.UTF_8);
        for (int len = 1; len <= 24; len++) {
            int id = places.intern(log, 2, len);
            assertThat(places.intern(log.clone(), 2, len)).isEqualTo(id);
            for (int at = 0; at < len; at++) {
                byte[] other = log.clone();
                other[2 + at] ^= 0x20;
                assertThat(places.intern(other, 2, len))
                        .as("length %d, byte %d", len, at)
                        .isNotEqualTo(id)
                        .isEqualTo(places.intern(other, 2, len));
            }
        }
        assertThat(places.name(places.intern(log, 2, 8))).isEqualTo("Alep-Est");
    }
}
