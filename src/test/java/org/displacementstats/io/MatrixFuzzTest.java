package org.displacementstats.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.displacementstats.DisplacementDataException;

/**
 * The import of an origin × destination matrix (places Governorate and District, origins
 * {@code Individuals_(.+)}, families {@code Families_(.+)} of 6 people, on 2024-03-31) on any bytes: only
 * {@link DisplacementDataException} escapes (see {@link ImportFuzzing}). In {@code mvn verify} this runs over the
 * inputs in {@code src/test/resources/org/displacementstats/io/MatrixFuzzTestInputs/matrix/}; README, "Hostile
 * input", says how to fuzz.
 */
class MatrixFuzzTest {
    private static final MatrixLayout LAYOUT = MatrixLayout.of(List.of("Governorate", "District"), "Individuals_(.+)")
            .withFamilies("Families_(.+)", new BigDecimal("6"))
            .on(LocalDate.of(2024, 3, 31));

    @FuzzTest
    void matrix(byte[] input) {
        ImportFuzzing.importBothWays(input, (path, options) -> Importers.matrix(path, LAYOUT, options));
    }
}
