package org.displacementstats.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.displacementstats.DisplacementDataException;

/**
 * {@code -} as a file argument: standard input, copied to a temporary file named {@code stdin.csv} (which messages
 * then name) because the readers may read a file twice. The copy is deleted when the JVM exits.
 */
final class StandardInput {
    /** The file argument that means standard input. */
    static final String DASH = "-";

    private StandardInput() {}

    /**
     * @param argument a file argument
     * @param in standard input
     * @return the file to read: the argument, or a copy of standard input when it is {@code -}
     */
    static Path orFile(String argument, InputStream in) {
        if (!argument.equals(DASH)) {
            return Path.of(argument);
        }
        try {
            Path dir = Files.createTempDirectory("displacement-stats-stdin");
            Path copy = dir.resolve("stdin.csv");
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            copy.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return copy;
        } catch (IOException e) {
            throw new DisplacementDataException("standard input: cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
