package org.displacementstats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Executable;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The module's API as src/main/java/module-info.java declares it (src/site/markdown/module.md): which packages it
 * exports, and the shape of their public constructors and methods. The tests run on the class path, so the module
 * descriptor is read from the compiled classes.
 */
class ModuleApiTest {
    private static final Path CLASSES = Path.of("target", "classes");

    /**
     * The public constructors that still take an {@code Optional}, all canonical constructors of records (a record
     * cannot hide it): records a client builds through builders ({@code Source.builder}, {@code Stock.stated},
     * {@code Flow.stated}); records the library builds and a client reads (the table rows). Place, Evidence,
     * Expression, Hints, ImportOptions, MatrixLayout, SeriesLayout, Uncertainty, ExtractedText and Reconciliation
     * (with its Position), once records, are final classes built by factories or in their own package. Shrink this
     * list, never grow it.
     */
    private static final Set<String> OPTIONAL_PARAMETERS_LEFT = Set.of(
            "org.displacementstats.provenance.Source.<init>",
            "org.displacementstats.figure.Stock.<init>",
            "org.displacementstats.figure.Flow.<init>",
            "org.displacementstats.table.ControlChangeRow.<init>",
            "org.displacementstats.table.ControllerFlowRow.<init>",
            "org.displacementstats.table.DestinationFlowRow.<init>",
            "org.displacementstats.table.FigureRow.<init>",
            "org.displacementstats.table.PopulationBalanceRow.<init>",
            "org.displacementstats.table.SummaryRow.<init>");

    @Test
    void the_module_exports_the_api_packages_and_hides_the_internals() throws IOException {
        ModuleDescriptor module = descriptor();

        assertThat(module.name()).isEqualTo("org.displacementstats");
        assertThat(module.exports())
                .allSatisfy(e -> assertThat(e.isQualified()).isFalse())
                .extracting(ModuleDescriptor.Exports::source)
                .containsExactlyInAnyOrder(
                        "org.displacementstats",
                        "org.displacementstats.provenance",
                        "org.displacementstats.figure",
                        "org.displacementstats.stats",
                        "org.displacementstats.flowlog",
                        "org.displacementstats.dataset",
                        "org.displacementstats.extract",
                        "org.displacementstats.table",
                        "org.displacementstats.assertj",
                        "org.displacementstats.io",
                        "org.displacementstats.report");
    }

    @Test
    void no_public_constructor_or_method_of_an_exported_package_takes_an_optional() throws Exception {
        List<String> found = new ArrayList<>();
        for (Class<?> type : exportedTypes()) {
            List<Executable> members = new ArrayList<>(Arrays.asList(type.getDeclaredConstructors()));
            members.addAll(Arrays.asList(type.getDeclaredMethods()));
            for (Executable m : members) {
                if (Modifier.isPublic(m.getModifiers())
                        && !m.isSynthetic()
                        && Arrays.asList(m.getParameterTypes()).contains(Optional.class)) {
                    found.add(type.getName() + "."
                            + (m instanceof java.lang.reflect.Constructor ? "<init>" : m.getName()));
                }
            }
        }

        assertThat(new TreeSet<>(found)).containsExactlyInAnyOrderElementsOf(OPTIONAL_PARAMETERS_LEFT);
    }

    private static ModuleDescriptor descriptor() throws IOException {
        try (InputStream in = Files.newInputStream(CLASSES.resolve("module-info.class"))) {
            return ModuleDescriptor.read(in);
        }
    }

    /** The public types, nested ones included, of the exported packages. */
    private static List<Class<?>> exportedTypes() throws Exception {
        Set<String> exported = descriptor().exports().stream()
                .map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet());
        List<Class<?>> types = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                String name = CLASSES.relativize(f)
                        .toString()
                        .replace(f.getFileSystem().getSeparator(), ".");
                name = name.substring(0, name.length() - ".class".length());
                String pkg = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : "";
                if (!exported.contains(pkg)) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, ModuleApiTest.class.getClassLoader());
                if (isPublicAllTheWay(type)) {
                    types.add(type);
                }
            }
        }
        return types;
    }

    private static boolean isPublicAllTheWay(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
            if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isLocalClass()) {
                return false;
            }
        }
        return true;
    }
}
