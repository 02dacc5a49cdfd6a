package org.displacementstats.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.displacementstats.DisplacementDataException;

/**
 * The import of an HXL-tagged CSV on any bytes: only {@link DisplacementDataException} escapes (see {@link
 * ImportFuzzing}).
 * In {@code mvn verify} this runs over the inputs in
 * {@code src/test/resources/org/displacementstats/io/HxlFuzzTestInputs/hxl/}; README, "Hostile input", says how to
 * fuzz.
 */
class HxlFuzzTest {
    @FuzzTest
    void hxl(byte[] input) {
        ImportFuzzing.importBothWays(input, Importers::hxl);
    }
}
