package org.displacementstats.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.ToLongFunction;

/**
 * Runs the import of a big file (over {@value #BIG_FILE} bytes, some 200,000 lines) in a second Java process on the
 * serial collector, as the distribution's launcher does, when the program was started by a plain {@code java -jar}
 * with the JVM's defaults. The import streams and keeps little, but on G1, the default collector, the heap it
 * touches depends on the JVM's guesses rather than on the import: a million-line import took 420 to 720 MiB from
 * run to run on a 23 GiB machine, and 250 to 330 MiB on the serial collector (with 46 MiB for this process, which
 * waits). The second process gets the same arguments, options, standard streams and environment; this one waits for
 * it and exits with its code.
 *
 * <p>Nothing changes when the command is not {@code import}, when no argument names a file that big (standard input
 * included), when the JVM was given a collector, a heap size, an agent or a debugger, when the program was not loaded
 * from the JVM's class path (Maven's {@code exec:java}), or when the environment sets {@value #SAME_JVM}.
 */
final class ImportJvm {
    /** Files over this many bytes are imported in a second process. */
    static final long BIG_FILE = 8L << 20;
    /** An environment variable: set to anything but nothing, every import runs in the JVM it was started in. */
    static final String SAME_JVM = "DISPLACEMENT_STATS_SAME_JVM";
    /** A system property for tests: the size over which a file is big, instead of {@link #BIG_FILE}. */
    static final String BIG_FILE_PROPERTY = "displacementstats.import.bigFile";

    /** Options that say how much memory the JVM takes or how it collects, or that attach something to it. */
    private static final List<String> CHOSEN = List.of(
            "-xmx",
            "-xms",
            "-xmn",
            "-xx:maxheapsize",
            "-xx:initialheapsize",
            "-xx:maxram",
            "-xx:initialram",
            "-xx:minram",
            "-xx:+use",
            "-xx:softmaxheapsize",
            "-xx:maxnewsize",
            "-xx:newsize",
            "-agentlib",
            "-agentpath",
            "-javaagent",
            "-xdebug",
            "-xrunjdwp");

    private ImportJvm() {}

    /**
     * Runs the import in a second process when it should.
     *
     * @param args the program's arguments
     * @param err where to say so
     * @return the second process's exit code, or empty when the import is to run in this JVM
     */
    static OptionalInt runIfBig(String[] args, PrintWriter err) {
        String same = System.getenv(SAME_JVM);
        if (args.length == 0 || !args[0].equals("import") || (same != null && !same.isEmpty())) {
            return OptionalInt.empty();
        }
        long big = Long.getLong(BIG_FILE_PROPERTY, BIG_FILE);
        if (!onClassPath(Main.class) || !namesBigFile(args, big, ImportJvm::sizeOf)) {
            return OptionalInt.empty();
        }
        List<String> jvm = ManagementFactory.getRuntimeMXBean().getInputArguments();
        Optional<List<String>> command = command(javaCommand(), jvm, System.getProperty("java.class.path"), args);
        if (command.isEmpty()) {
            return OptionalInt.empty();
        }
        err.println("importing in a second Java process on the serial collector, whose memory stays bounded (set "
                + SAME_JVM + "=1 to import in this one)");
        try {
            Process child = new ProcessBuilder(command.get()).inheritIO().start();
            Thread stop = new Thread(child::destroy, "stop-import");
            Runtime.getRuntime().addShutdownHook(stop);
            int code = waitFor(child);
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException stopping) {
                // This process is being stopped, and the hook has stopped the import.
            }
            return OptionalInt.of(code);
        } catch (IOException e) {
            err.println("could not start a second Java process (" + e.getMessage() + "); importing in this one");
            return OptionalInt.empty();
        }
    }

    /**
     * The command of the second process, or empty when this JVM was started with options of the user's own about
     * memory, collectors or agents.
     *
     * @param java the java executable
     * @param jvm this JVM's options
     * @param classPath this JVM's class path
     * @param args the program's arguments
     * @return {@code java}, this JVM's options, {@code -XX:+UseSerialGC}, the class path, the main class and the
     *     arguments
     */
    static Optional<List<String>> command(String java, List<String> jvm, String classPath, String[] args) {
        for (String option : jvm) {
            String lower = option.toLowerCase(Locale.ROOT);
            if (CHOSEN.stream().anyMatch(lower::startsWith)) {
                return Optional.empty();
            }
        }
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvm);
        command.add("-XX:+UseSerialGC");
        command.add("-cp");
        command.add(classPath);
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return Optional.of(command);
    }

    /**
     * @return whether the class was loaded from the JVM's class path, so that {@code java -cp <class path>} finds it;
     *     not when a program of its own loaded it (Maven's {@code exec:java}, an application server), whose class
     *     path is its own
     */
    static boolean onClassPath(Class<?> c) {
        return c.getClassLoader() == ClassLoader.getSystemClassLoader();
    }

    /** @return whether an argument after the command names a regular file of more than {@code big} bytes */
    static boolean namesBigFile(String[] args, long big, ToLongFunction<String> size) {
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("-") && size.applyAsLong(args[i]) > big) {
                return true;
            }
        }
        return false;
    }

    /** @return the size of a regular file, or -1 for anything else (a directory, a missing file, a bad name) */
    private static long sizeOf(String name) {
        try {
            Path p = Path.of(name);
            return Files.isRegularFile(p) ? Files.size(p) : -1;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static String javaCommand() {
        return ProcessHandle.current()
                .info()
                .command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** @return the child's exit code; if this thread is interrupted, stops the child and returns 130 */
    private static int waitFor(Process child) {
        try {
            return child.waitFor();
        } catch (InterruptedException e) {
            child.destroy();
            Thread.currentThread().interrupt();
            return 130;
        }
    }
}
