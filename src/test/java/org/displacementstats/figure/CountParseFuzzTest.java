package org.displacementstats.figure;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.displacementstats.DisplacementDataException;

/**
 * {@link Count#parse} on any text: it returns a count that reads back from its {@link Count#toString()}, or
 * throws {@link DisplacementDataException}; nothing else escapes. In {@code mvn verify} this runs over the
 * inputs in {@code src/test/resources/org/displacementstats/figure/CountParseFuzzTestInputs/parse/}; README,
 * "Hostile input", says how to fuzz.
 */
class CountParseFuzzTest {
    @FuzzTest
    void parse(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        Count count;
        try {
            count = Count.parse(text);
        } catch (DisplacementDataException e) {
            return;
        }
        assertThat(Count.parse(count.toString())).isEqualTo(count);
    }
}
