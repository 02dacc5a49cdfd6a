package org.displacementstats.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.displacementstats.DisplacementDataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** All or nothing: the new output appears whole, or the previous one stays as it was; no hidden sibling stays. */
class AtomicDirectoryTest {
    private static final Set<String> OWN = Set.of("a.csv", "b.csv");

    @TempDir
    Path root;

    @Test
    void writes_a_new_directory_and_its_missing_parents_leaving_nothing_beside_it() throws IOException {
        Path out = root.resolve("deep/out");

        AtomicDirectory.replace(out, "the test output", OWN, dir -> Files.writeString(dir.resolve("a.csv"), "new"));

        assertThat(Files.readString(out.resolve("a.csv"))).isEqualTo("new");
        assertThat(names(root.resolve("deep"))).containsExactly("out");
    }

    @Test
    void replaces_a_previous_output_whole_and_deletes_the_old_one() throws IOException {
        // GIVEN a previous output with a file the new one does not write
        Path out = root.resolve("out");
        AtomicDirectory.replace(out, "the test output", OWN, dir -> {
            Files.writeString(dir.resolve("a.csv"), "old");
            Files.writeString(dir.resolve("b.csv"), "old");
        });

        AtomicDirectory.replace(out, "the test output", OWN, dir -> Files.writeString(dir.resolve("a.csv"), "new"));

        assertThat(names(out)).containsExactly("a.csv");
        assertThat(Files.readString(out.resolve("a.csv"))).isEqualTo("new");
        assertThat(names(root)).containsExactly("out");
    }

    @Test
    void a_write_that_fails_leaves_the_previous_output_and_no_temporary_directory() throws IOException {
        Path out = root.resolve("out");
        AtomicDirectory.replace(out, "the test output", OWN, dir -> Files.writeString(dir.resolve("a.csv"), "old"));

        // WHEN a file is written, then the disk fills
        assertThatThrownBy(() -> AtomicDirectory.replace(out, "the test output", OWN, dir -> {
                    Files.writeString(dir.resolve("a.csv"), "half");
                    throw new IOException("disk full");
                }))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll(
                        out.toString(),
                        "cannot write the test output",
                        "disk full",
                        "the previous output, if any, is unchanged");

        assertThat(Files.readString(out.resolve("a.csv"))).isEqualTo("old");
        assertThat(names(root)).containsExactly("out");
    }

    @Test
    void a_write_that_throws_another_error_passes_it_on_and_leaves_no_temporary_directory() throws IOException {
        IllegalStateException bug = new IllegalStateException("bug");

        assertThatThrownBy(() -> AtomicDirectory.replace(root.resolve("out"), "the test output", OWN, dir -> {
                    Files.writeString(dir.resolve("a.csv"), "half");
                    throw bug;
                }))
                .isSameAs(bug);

        assertThat(names(root)).isEmpty();
    }

    @Test
    void an_out_of_memory_error_while_writing_leaves_no_temporary_directory() throws IOException {
        OutOfMemoryError full = new OutOfMemoryError("Java heap space");

        assertThatThrownBy(() -> AtomicDirectory.replace(root.resolve("out"), "the test output", OWN, dir -> {
                    Files.writeString(dir.resolve("a.csv"), "half");
                    throw full;
                }))
                .isSameAs(full);

        assertThat(names(root)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {"1; notes.txt)", "5; f1, f2, f3, f4, f5)", "6; f1, f2, f3, f4, f5, ...)"})
    void a_directory_with_files_of_its_own_is_refused_and_left_as_it_was(int foreign, String listed)
            throws IOException {
        // GIVEN a directory with our file and others
        Path out = Files.createDirectory(root.resolve("out"));
        Files.writeString(out.resolve("a.csv"), "old");
        for (int i = 1; i <= foreign; i++) {
            Files.writeString(out.resolve(foreign == 1 ? "notes.txt" : "f" + i), "mine");
        }

        // WHEN / THEN the first five are named, sorted
        assertThatThrownBy(() -> AtomicDirectory.replace(out, "the test output", OWN, dir -> {}))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll(
                        "holds files that are not part of the test output (" + listed,
                        "choose a new or empty directory");
        assertThat(names(out)).hasSize(foreign + 1);
        assertThat(Files.readString(out.resolve("a.csv"))).isEqualTo("old");
    }

    @Test
    void a_file_in_place_of_the_directory_is_refused() throws IOException {
        Path file = Files.writeString(root.resolve("out"), "a file");

        assertThatThrownBy(() -> AtomicDirectory.replace(file, "the test output", OWN, dir -> {}))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("is a file", "the test output needs a directory");
        assertThat(Files.readString(file)).isEqualTo("a file");
    }

    @Test
    void the_file_system_root_is_refused() {
        Path fsRoot = root.getRoot();

        assertThatThrownBy(() -> AtomicDirectory.replace(fsRoot, "the test output", OWN, dir -> {}))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("to the file system root", "name a directory");
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
