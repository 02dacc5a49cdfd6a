package org.displacementstats.figure;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.displacementstats.DisplacementDataException;

/**
 * {@link Interval#parse} on any text: it returns an interval that reads back from its
 * {@link Interval#toString()}, or throws {@link DisplacementDataException}; nothing else escapes. In
 * {@code mvn verify} this runs over the inputs in
 * {@code src/test/resources/org/displacementstats/figure/IntervalParseFuzzTestInputs/parse/}; README,
 * "Hostile input", says how to fuzz.
 */
class IntervalParseFuzzTest {
    @FuzzTest
    void parse(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        Interval interval;
        try {
            interval = Interval.parse(text);
        } catch (DisplacementDataException e) {
            return;
        }
        assertThat(Interval.parse(interval.toString())).isEqualTo(interval);
    }
}
