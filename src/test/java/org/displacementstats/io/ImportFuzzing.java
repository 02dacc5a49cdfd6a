package org.displacementstats.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiFunction;
import org.displacementstats.DisplacementDataException;

/**
 * What the importers' fuzz tests share: the input is written to one temporary file per test JVM and imported
 * twice, stopping at the first bad row and skipping bad rows; either the import ends in a
 * {@link DisplacementDataException}, or its dataset's figures and checks can be computed. Any other exception,
 * or an error, fails the fuzz test.
 */
final class ImportFuzzing {
    private static Path file;

    private ImportFuzzing() {}

    static void importBothWays(byte[] input, BiFunction<Path, ImportOptions, ImportResult> importer) {
        Path path = write(input);
        for (ImportOptions options : new ImportOptions[] {ImportOptions.strict(), ImportOptions.skippingBadRows()}) {
            ImportResult result;
            try {
                result = importer.apply(path, options);
            } catch (DisplacementDataException e) {
                continue;
            }
            result.dataset().figures().forEach(f -> f.estimate().interval());
            result.dataset().checks();
        }
    }

    private static synchronized Path write(byte[] input) {
        try {
            if (file == null) {
                file = Files.createTempFile("fuzz-import", ".csv");
                file.toFile().deleteOnExit();
            }
            return Files.write(file, input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
