package org.displacementstats.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.dataset.SourceTexts;

/**
 * The extractor on any bytes: they are refused as not UTF-8 (a {@link DisplacementDataException}) or give mentions
 * whose number lies inside its quote, whose quote is found at its offsets, in text order, and that make rows of
 * {@code mentions.csv}. In {@code mvn verify} this runs over the inputs in
 * {@code src/test/resources/org/displacementstats/extract/ExtractorFuzzTestInputs/extract/}.
 */
class ExtractorFuzzTest {
    @FuzzTest
    void extract(byte[] input) {
        String text;
        try {
            text = SourceTexts.decode("fuzz input", input);
        } catch (DisplacementDataException e) {
            return;
        }
        List<Mention> mentions = Extractor.detectingLanguage().extract(text);
        int codePoints = text.codePointCount(0, text.length());
        int previous = -1;
        for (Mention m : mentions) {
            assertThat(m.numberStart()).isGreaterThan(previous);
            assertThat(m.numberEnd()).isLessThanOrEqualTo(codePoints);
            assertThat(m.quote().isFoundIn(text)).as("quote of %s", m).isTrue();
            previous = m.numberStart();
        }
        ExtractedText extracted =
                ExtractedText.of("fuzz", "fuzz.txt", text, mentions).publishedOn(java.time.LocalDate.EPOCH);
        assertThat(Extraction.rows(List.of(extracted))).hasSize(mentions.size());
    }
}
