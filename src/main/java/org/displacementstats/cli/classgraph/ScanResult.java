package org.displacementstats.cli.classgraph;

import java.util.List;

/**
 * The readers and writers that tablesaw-core has in {@code tech.tablesaw.io}, as ClassGraph's scan finds them
 * (ClassGraphStandInTest compares the two).
 */
public final class ScanResult implements AutoCloseable {
    /** The implementations of {@code tech.tablesaw.io.DataReader} in tablesaw-core. */
    static final List<String> READERS =
            List.of("tech.tablesaw.io.csv.CsvReader", "tech.tablesaw.io.fixed.FixedWidthReader");
    /** The implementations of {@code tech.tablesaw.io.DataWriter} in tablesaw-core. */
    static final List<String> WRITERS =
            List.of("tech.tablesaw.io.csv.CsvWriter", "tech.tablesaw.io.fixed.FixedWidthWriter");

    ScanResult() {}

    /**
     * @param interfaceName {@code tech.tablesaw.io.DataReader} or {@code tech.tablesaw.io.DataWriter}
     * @return its implementations in tablesaw-core; none for another interface
     */
    public ClassInfoList getClassesImplementing(String interfaceName) {
        return new ClassInfoList(
                switch (interfaceName) {
                    case "tech.tablesaw.io.DataReader" -> READERS;
                    case "tech.tablesaw.io.DataWriter" -> WRITERS;
                    default -> List.of();
                });
    }

    /** Nothing to release. */
    @Override
    public void close() {
        // Nothing was opened.
    }
}
