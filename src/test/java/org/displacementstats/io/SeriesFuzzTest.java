package org.displacementstats.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.displacementstats.DisplacementDataException;

/**
 * The import of a date;count series on any bytes: only {@link DisplacementDataException} escapes (see {@link
 * ImportFuzzing}).
 * In {@code mvn verify} this runs over the inputs in
 * {@code src/test/resources/org/displacementstats/io/SeriesFuzzTestInputs/series/}; README, "Hostile input", says
 * how to fuzz.
 */
class SeriesFuzzTest {
    @FuzzTest
    void series(byte[] input) {
        ImportFuzzing.importBothWays(
                input, (path, options) -> Importers.series(path, SeriesLayout.defaults(), options));
    }
}
