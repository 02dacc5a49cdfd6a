package org.displacementstats.io;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The import test files written for this project (see the README beside them). */
final class Fixtures {
    static final String GIDD = "gidd-conflict-sample.csv";
    static final String UNHCR = "series-sample.csv";

    private Fixtures() {}

    static Path path(String name) {
        try {
            return Path.of(Fixtures.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
