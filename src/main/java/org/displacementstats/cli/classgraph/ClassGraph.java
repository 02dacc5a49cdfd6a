package org.displacementstats.cli.classgraph;

/**
 * Stand-in for ClassGraph in the CLI jar only. Tablesaw's {@code Table} scans the whole class path with ClassGraph
 * when it is first used, to find its own file readers and writers; in the 25,000-entry CLI jar that scan was most
 * of a report's start-up (0.65 s of CPU out of 1.3 s). The CLI jar relocates Tablesaw's references to ClassGraph
 * to this package (maven-shade-plugin, pom.xml), and the scan becomes a list of the readers and writers that
 * tablesaw-core has ({@link ScanResult}). The library jar and its users keep the real ClassGraph.
 */
public final class ClassGraph {
    /** A scanner that scans nothing. */
    public ClassGraph() {
        // Nothing to configure: the result is fixed.
    }

    /** @return this */
    public ClassGraph enableAllInfo() {
        return this;
    }

    /**
     * @param packageNames ignored: Tablesaw asks for its own io package only
     * @return this
     */
    public ClassGraph whitelistPackages(String... packageNames) {
        return this;
    }

    /** @return the readers and writers of tablesaw-core */
    public ScanResult scan() {
        return new ScanResult();
    }
}
