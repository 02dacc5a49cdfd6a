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
        assertThat(takingAnOptional(exportedTypes()))
                .as("public constructors and methods taking an Optional: build the value with a factory or a"
                        + " builder whose optional parts are left out (Place.of/controlled, Flow.stated(id).to(...))")
                .isEmpty();
    }

    @Test
    void the_search_for_optional_parameters_finds_public_ones_and_only_those() {
        assertThat(takingAnOptional(List.of(RecordWithAnOptional.class)))
                .containsExactly(
                        RecordWithAnOptional.class.getName() + ".<init>",
                        RecordWithAnOptional.class.getName() + ".with");
    }

    /** A record, whose canonical constructor is public, and a public and a private method taking an Optional. */
    public record RecordWithAnOptional(Optional<String> note) {
        /**
         * @param other another note
         * @return a record with it
         */
        public RecordWithAnOptional with(Optional<String> other) {
            return new RecordWithAnOptional(hidden(other));
        }

        private Optional<String> hidden(Optional<String> other) {
            return other.or(this::note);
        }
    }

    /** The public constructors and methods of {@code types} that take an Optional, as Type.name or Type.<init>. */
    private static Set<String> takingAnOptional(List<Class<?>> types) {
        Set<String> found = new TreeSet<>();
        for (Class<?> type : types) {
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
        return found;
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
