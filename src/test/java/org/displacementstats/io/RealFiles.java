package org.displacementstats.io;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The published files, which the repository does not hold: the Maven profile {@code real-data} (pom.xml), active
 * only where the folder of published fixtures exists beside the checkout, passes that folder as the system property
 * {@code displacementstats.realdata}.
 */
public final class RealFiles {
    private RealFiles() {}

    /**
     * @param name a file's path under the folder ({@code real/04_unhcr_endyear_population_totals.csv})
     * @return its path
     */
    public static Path path(String name) {
        String dir = System.getProperty("displacementstats.realdata");
        if (dir == null) {
            throw new IllegalStateException("run the *RealDataTest classes through the real-data Maven profile");
        }
        Path p = Path.of(dir).resolve(name);
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException(p + " is missing from the real-data folder");
        }
        return p;
    }
}
