/**
 * Displacement figures as typed, validated records that keep their source's wording and quote; summary tables
 * and reports.
 *
 * <p>A module-path client writes {@code requires org.displacementstats;} and reads Tablesaw's {@code Table}
 * through it. Exported: the packages of the API. Not exported: {@code internal} (what several packages share),
 * {@code cli} (the command line, a program rather than an API) and {@code spark} (Spark's jars have no valid module
 * name, so that package runs on the class path only, under spark-submit). The charts, the Excel workbook, the table
 * assertions and the command line need optional dependencies ({@code requires static}): a client that uses them
 * requires them too (src/site/markdown/api.md, "On the module path").
 */
module org.displacementstats {
    exports org.displacementstats;
    exports org.displacementstats.provenance;
    exports org.displacementstats.figure;
    exports org.displacementstats.stats;
    exports org.displacementstats.flowlog;
    exports org.displacementstats.dataset;
    exports org.displacementstats.extract;
    exports org.displacementstats.table;
    exports org.displacementstats.assertj;
    exports org.displacementstats.io;
    exports org.displacementstats.report;

    // SummaryTables returns Tablesaw tables: a client reads tablesaw.core through this module.
    requires transitive tablesaw.core;
    // Tablesaw is an automatic module: it reads every module but requires none, so the named modules it loads
    // classes from are required here, and a client needs no --add-modules (src/it/module-consumer runs it).
    requires io.github.classgraph;
    requires org.slf4j;
    requires roaringbitmap;
    requires commons.math3;
    requires de.siegmar.fastcsv;
    // The charts draw with java.awt, and Charts names its colours (JFreeChart, an automatic module, cannot say so).
    requires transitive java.desktop;

    // Optional, as in the pom: only the features that use them load their classes.
    requires static org.jfree.jfreechart;
    requires static org.jfree.svg;
    requires static org.dhatim.fastexcel;
    requires static org.assertj.core;
    requires static info.picocli;

    // picocli sets the commands' annotated fields by reflection.
    opens org.displacementstats.cli to
            info.picocli;
}
