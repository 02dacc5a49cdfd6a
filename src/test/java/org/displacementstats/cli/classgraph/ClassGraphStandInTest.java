package org.displacementstats.cli.classgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassGraphStandInTest {

    private static List<String> scanned(String interfaceName) {
        try (io.github.classgraph.ScanResult real = new io.github.classgraph.ClassGraph()
                .enableAllInfo()
                .acceptPackages("tech.tablesaw.io")
                .scan()) {
            return real.getClassesImplementing(interfaceName).getNames();
        }
    }

    private static List<String> standIn(String interfaceName) {
        try (ScanResult result = new ClassGraph()
                .enableAllInfo()
                .whitelistPackages("tech.tablesaw.io")
                .scan()) {
            return result.getClassesImplementing(interfaceName).getNames();
        }
    }

    @Test
    void stand_in_names_the_readers_a_real_scan_of_tablesaw_finds() {
        assertThat(standIn("tech.tablesaw.io.DataReader"))
                .containsExactlyInAnyOrderElementsOf(scanned("tech.tablesaw.io.DataReader"));
    }

    @Test
    void stand_in_names_the_writers_a_real_scan_of_tablesaw_finds() {
        assertThat(standIn("tech.tablesaw.io.DataWriter"))
                .containsExactlyInAnyOrderElementsOf(scanned("tech.tablesaw.io.DataWriter"));
    }

    @Test
    void stand_in_finds_nothing_for_another_interface() {
        assertThat(standIn("java.lang.Runnable")).isEmpty();
    }
}
