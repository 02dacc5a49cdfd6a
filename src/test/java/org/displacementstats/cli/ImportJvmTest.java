package org.displacementstats.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportJvmTest extends InProcessCommandLine {
    private static final String[] IMPORT = {"import", "--format", "series", "big.csv", "--out", "report"};

    @Test
    void an_import_names_a_big_file_when_an_argument_after_the_command_is_one() {
        Map<String, Long> sizes = Map.of("big.csv", 9_000_000L, "small.csv", 1_000L, "report", -1L);

        assertThat(ImportJvm.namesBigFile(IMPORT, ImportJvm.BIG_FILE, n -> sizes.getOrDefault(n, -1L)))
                .isTrue();
        assertThat(ImportJvm.namesBigFile(
                        new String[] {"import", "small.csv", "--out", "report"},
                        ImportJvm.BIG_FILE,
                        n -> sizes.getOrDefault(n, -1L)))
                .isFalse();
        // The command itself is not a file argument, nor is an option.
        assertThat(ImportJvm.namesBigFile(
                        new String[] {"big.csv", "--big.csv"}, ImportJvm.BIG_FILE, n -> sizes.getOrDefault(n, -1L)))
                .isFalse();
    }

    @Test
    void the_second_process_gets_this_jvms_options_the_serial_collector_and_the_same_arguments() {
        assertThat(ImportJvm.command("/jdk/bin/java", List.of("-Dfile.encoding=UTF-8", "-Xlog:gc"), "cli.jar", IMPORT))
                .contains(List.of(
                        "/jdk/bin/java",
                        "-Dfile.encoding=UTF-8",
                        "-Xlog:gc",
                        "-XX:+UseSerialGC",
                        "-cp",
                        "cli.jar",
                        "org.displacementstats.cli.Main",
                        "import",
                        "--format",
                        "series",
                        "big.csv",
                        "--out",
                        "report"));
    }

    @Test
    void only_a_program_loaded_from_the_jvms_class_path_can_be_started_again_from_it() throws Exception {
        Path classes = Path.of(
                Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (URLClassLoader own = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            // As Maven's exec:java loads it: a class loader of its own, whose class path java -cp would not have.
            Class<?> loadedApart = own.loadClass(Main.class.getName());

            assertThat(ImportJvm.onClassPath(Main.class)).isTrue();
            assertThat(ImportJvm.onClassPath(loadedApart)).isFalse();
        }
    }

    @Test
    void a_jvm_given_a_heap_a_collector_an_agent_or_a_debugger_keeps_the_import() {
        for (String option : List.of(
                "-Xmx2g",
                "-XX:MaxRAMPercentage=50",
                "-XX:+UseG1GC",
                "-XX:+UseSerialGC",
                "-javaagent:jacoco.jar",
                "-agentlib:jdwp=transport=dt_socket,server=y")) {
            assertThat(ImportJvm.command("java", List.of(option), "cli.jar", IMPORT))
                    .as(option)
                    .isEmpty();
        }
    }

    @Test
    void a_big_import_run_by_plain_java_runs_in_a_second_jvm_on_the_serial_collector_and_writes_the_same_files(
            @TempDir Path dir) throws Exception {
        Path series = SeriesFiles.write(dir, 28);
        Path here = dir.resolve("here");
        assertThat(run("import", "--format", "series", series.toString(), "--out", here.toString()))
                .as(err.toString())
                .isZero();

        Path there = dir.resolve("there");
        List<String> run =
                java(dir, Map.of(), "import", "--format", "series", series.toString(), "--out", there.toString());

        assertThat(run.get(0)).as(run.get(2)).isEqualTo("0");
        assertThat(run.get(2))
                .contains("importing in a second Java process on the serial collector")
                .contains("Using Serial");
        assertThat(run.get(1)).isEqualTo(out.toString().replace(here.toString(), there.toString()));
        try (Stream<Path> files = Files.list(here)) {
            for (Path f : files.toList()) {
                assertThat(there.resolve(f.getFileName())).hasSameBinaryContentAs(f);
            }
        }
    }

    @Test
    void the_environment_can_keep_a_big_import_in_the_jvm_it_was_started_in(@TempDir Path dir) throws Exception {
        Path series = SeriesFiles.write(dir, 28);

        List<String> run = java(
                dir,
                Map.of(ImportJvm.SAME_JVM, "1"),
                "import",
                "--format",
                "series",
                series.toString(),
                "--out",
                dir.resolve("out").toString());

        assertThat(run.get(0)).as(run.get(2)).isEqualTo("0");
        // One JVM, which names its collector once.
        assertThat(run.get(2).split("\\[info\\]\\[gc\\] Using ", -1)).hasSize(2);
        assertThat(run.get(2)).doesNotContain("second Java process");
    }

    /**
     * Runs the program as a plain {@code java} would, its collector named on standard error and a file of 100 bytes
     * big; waits for it.
     *
     * @return the exit code, then standard output and standard error
     */
    private static List<String> java(Path dir, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> command =
                ProgramProcess.command(List.of("-Xlog:gc:stderr", "-D" + ImportJvm.BIG_FILE_PROPERTY + "=100"), args);
        Path stdout = Files.createTempFile(dir, "stdout", ".txt");
        Path stderr = Files.createTempFile(dir, "stderr", ".txt");
        ProcessBuilder b = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile());
        b.environment().remove(ImportJvm.SAME_JVM);
        b.environment().putAll(env);
        int code = b.start().waitFor();
        return List.of(String.valueOf(code), Files.readString(stdout, UTF_8), Files.readString(stderr, UTF_8));
    }
}
