package org.displacementstats.io;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The public fixture files copied into the test resources. */
final class Fixtures {
    static final String GIDD = "idmc-gidd-conflict-idps-by-country-year.csv";
    static final String UNHCR = "unhcr-syria-refugees-in-turkey-2011-2015.csv";

    private Fixtures() {
    }

    static Path path(String name) {
        try {
            return Path.of(Fixtures.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
