package org.displacementstats.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.displacementstats.dataset.DisplacementDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library never sets a JVM-wide property: drawing the charts leaves java.awt.headless as it was. */
class NoJvmWidePropertyTest {
    @TempDir
    Path tmp;

    @Test
    void drawing_the_charts_does_not_set_java_awt_headless() {
        String before = System.getProperty("java.awt.headless");
        System.clearProperty("java.awt.headless");
        try {
            Charts.writeTo(DisplacementDataset.aleppo2016(), tmp.resolve("charts"));

            assertThat(System.getProperty("java.awt.headless")).isNull();
            assertThat(tmp.resolve("charts").resolve("flows.svg")).isNotEmptyFile();
        } finally {
            if (before != null) {
                System.setProperty("java.awt.headless", before);
            }
        }
    }
}
