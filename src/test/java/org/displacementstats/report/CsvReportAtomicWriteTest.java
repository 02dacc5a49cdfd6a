package org.displacementstats.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.dataset.DisplacementDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A report is written to a temporary sibling and moved into place: a failed run leaves the old one intact. */
class CsvReportAtomicWriteTest {
    private static final DisplacementDataset ALEPPO = DisplacementDataset.aleppo2016();

    @TempDir
    Path tmp;

    static Stream<String> files() {
        return CsvReport.FILES.stream();
    }

    @ParameterizedTest(name = "fails after {0}")
    @MethodSource("files")
    void a_write_failing_after_any_file_leaves_the_previous_report_byte_identical(String failAfter) {
        // GIVEN a good report, and a write of a different report (HXL) that fails after one file
        Path dir = tmp.resolve("report");
        CsvReport.write(ALEPPO, dir);
        Map<String, byte[]> before = Golden.snapshot(dir);

        assertThatThrownBy(() ->
                        CsvReport.write(ALEPPO, dir, EnumSet.of(CsvReport.Option.HXL_HASHTAGS), failAfter(failAfter)))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll(dir.toString(), "cannot write the report", "simulated", "unchanged")
                .hasCauseInstanceOf(IOException.class);
        assertSameFiles(Golden.snapshot(dir), before);
        assertThat(siblings()).containsExactly("report");
    }

    @Test
    void a_failing_first_write_into_a_new_directory_creates_nothing() {
        // GIVEN no report yet
        Path dir = tmp.resolve("report");

        assertThatThrownBy(() -> CsvReport.write(ALEPPO, dir, Set.of(), failAfter("population-balance.csv")))
                .isInstanceOf(DisplacementDataException.class);
        assertThat(dir).doesNotExist();
        assertThat(siblings()).isEmpty();
    }

    @Test
    void files_are_written_into_a_hidden_temporary_sibling_while_the_previous_report_stays_in_place() {
        // GIVEN a previous report
        Path dir = tmp.resolve("report");
        CsvReport.write(ALEPPO, dir);
        Map<String, byte[]> before = Golden.snapshot(dir);
        List<Path> seen = new ArrayList<>();
        // WHEN a new report is written, looking at the directories after each file
        CsvReport.write(ALEPPO, dir, EnumSet.of(CsvReport.Option.HXL_HASHTAGS), file -> {
            seen.add(file);
            assertSameFiles(Golden.snapshot(dir), before);
        });

        assertThat(seen).hasSize(CsvReport.FILES.size());
        assertThat(seen.stream().map(p -> p.getFileName().toString()).toList()).isEqualTo(CsvReport.FILES);
        assertThat(seen).allSatisfy(p -> {
            assertThat(p.getParent().getParent()).isEqualTo(tmp.toAbsolutePath().normalize());
            assertThat(p.getParent().getFileName().toString()).startsWith(".report.tmp-");
        });
        assertSameFiles(Golden.snapshot(dir), goldenHxl());
        assertThat(siblings()).containsExactly("report");
    }

    @Test
    void a_new_report_replaces_a_previous_one_completely() {
        // GIVEN an HXL report
        Path dir = tmp.resolve("report");
        CsvReport.write(ALEPPO, dir, CsvReport.Option.HXL_HASHTAGS);
        // WHEN a plain report is written over it
        CsvReport.write(ALEPPO, dir);

        assertSameFiles(Golden.snapshot(dir), goldenPlain());
        assertThat(siblings()).containsExactly("report");
    }

    @Test
    void writing_into_a_directory_with_a_foreign_file_is_refused_and_the_file_is_kept() throws IOException {
        // GIVEN a directory holding someone's notes
        Path dir = Files.createDirectory(tmp.resolve("report"));
        Path notes = Files.writeString(dir.resolve("notes.txt"), "do not delete\n", UTF_8);

        assertThatThrownBy(() -> CsvReport.write(ALEPPO, dir))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll(dir.toString(), "notes.txt", "not part of the report");
        assertThat(Files.readString(notes, UTF_8)).isEqualTo("do not delete\n");
        assertThat(Golden.snapshot(dir)).containsOnlyKeys("notes.txt");
        assertThat(siblings()).containsExactly("report");
    }

    @Test
    void a_previous_report_with_a_foreign_file_added_is_refused_and_left_as_it_was() throws IOException {
        // GIVEN a report someone added a file to
        Path dir = tmp.resolve("report");
        CsvReport.write(ALEPPO, dir, CsvReport.Option.HXL_HASHTAGS);
        Files.writeString(dir.resolve("analysis.xlsx"), "x", UTF_8);
        Map<String, byte[]> before = Golden.snapshot(dir);

        assertThatThrownBy(() -> CsvReport.write(ALEPPO, dir))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContaining("analysis.xlsx");
        assertSameFiles(Golden.snapshot(dir), before);
    }

    @Test
    void writing_onto_a_regular_file_is_refused_and_the_file_is_kept() throws IOException {
        // GIVEN a file where the report directory would go
        Path file = Files.writeString(tmp.resolve("report"), "a,b\n1,2\n", UTF_8);

        assertThatThrownBy(() -> CsvReport.write(ALEPPO, file))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll(file.toString(), "is a file");
        assertThat(Files.readString(file, UTF_8)).isEqualTo("a,b\n1,2\n");
        assertThat(siblings()).containsExactly("report");
    }

    @Test
    void writing_into_a_new_nested_directory_creates_its_parents() {
        // GIVEN a path whose parents do not exist yet
        Path dir = tmp.resolve("a").resolve("b").resolve("c").resolve("report");

        CsvReport.write(ALEPPO, dir);

        assertSameFiles(Golden.snapshot(dir), goldenPlain());
        assertThat(names(dir.getParent())).containsExactly("report");
    }

    @Test
    void writing_into_an_existing_empty_directory_works() throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("report"));

        CsvReport.write(ALEPPO, dir);

        assertSameFiles(Golden.snapshot(dir), goldenPlain());
        assertThat(siblings()).containsExactly("report");
    }

    @Test
    void a_relative_directory_name_is_written_relative_to_the_working_directory_and_cleaned_up() throws IOException {
        // GIVEN a relative path with a "." and ".." in it, under the build directory
        Path base = Files.createDirectories(Path.of("target", "atomic-write-test"));
        Path dir = base.resolve("x").resolve("..").resolve("report");
        try {
            CsvReport.write(ALEPPO, dir);

            assertSameFiles(Golden.snapshot(base.resolve("report")), goldenPlain());
            assertThat(names(base)).containsExactly("report");
        } finally {
            deleteTree(base);
        }
    }

    private static CsvReport.AfterFile failAfter(String name) {
        return file -> {
            if (file.getFileName().toString().equals(name)) {
                throw new IOException("disk full (simulated after " + name + ")");
            }
        };
    }

    private List<String> siblings() {
        return names(tmp);
    }

    private static List<String> names(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, byte[]> goldenPlain() {
        Map<String, byte[]> m = new TreeMap<>();
        CsvReport.FILES.forEach(f -> m.put(f, Golden.bytes(Golden.PLAIN, f)));
        return m;
    }

    private static Map<String, byte[]> goldenHxl() {
        Map<String, byte[]> m = new TreeMap<>();
        CsvReport.FILES.forEach(f -> m.put(f, Golden.bytes(Golden.HXL, f)));
        return m;
    }

    private static void assertSameFiles(Map<String, byte[]> actual, Map<String, byte[]> expected) {
        assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((name, bytes) -> assertThat(actual.get(name)).as(name).isEqualTo(bytes));
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
