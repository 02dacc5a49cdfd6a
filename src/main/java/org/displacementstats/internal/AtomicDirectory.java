package org.displacementstats.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.displacementstats.DisplacementDataException;

/**
 * Writes a directory of output files all at once: into a new hidden sibling, moved into place only when every
 * file is complete, so that a failed run leaves the previous output as it was. The library's writers (the
 * dataset, the report) share it.
 *
 * <p>Stateless and safe to call from any thread; two calls on the same directory at once are not coordinated.
 */
public final class AtomicDirectory {

    /** Writes files into a directory that is not yet visible. */
    @FunctionalInterface
    public interface Contents {
        /**
         * @param dir the temporary directory to fill
         * @throws IOException if a file cannot be written
         */
        void writeInto(Path dir) throws IOException;
    }

    private AtomicDirectory() {}

    /**
     * Replaces {@code dir} with a directory filled by {@code contents}.
     *
     * @param dir the output directory; created if missing
     * @param what what is written, for messages ("the report")
     * @param ownFiles the names that a previous output may hold; any other file in {@code dir} makes the write
     *     refuse, so that nothing of the user's is deleted
     * @param contents what to write
     * @throws DisplacementDataException if {@code dir} holds other files or the write fails; the previous output,
     *     if any, is then unchanged and no temporary directory is left (nor when the program is stopped while it
     *     writes)
     */
    public static void replace(Path dir, String what, Set<String> ownFiles, Contents contents) {
        Path target = dir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null) {
            throw new DisplacementDataException(
                    dir + ": cannot write " + what + " to the file system root; name a directory");
        }
        requireOwnOrEmpty(dir, target, what, ownFiles);
        Path temporary = parent.resolve(hiddenSibling(target, "tmp"));
        // A program stopped while it writes (Ctrl-C, kill) deletes what it had written, as a failure does.
        Thread stopped = new Thread(() -> deleteStopped(temporary, target), "delete " + temporary.getFileName());
        Runtime.getRuntime().addShutdownHook(stopped);
        try {
            Files.createDirectories(parent);
            Files.createDirectory(temporary);
            contents.writeInto(temporary);
            moveIntoPlace(temporary, target);
        } catch (IOException | UncheckedIOException e) {
            deleteQuietly(temporary);
            throw new DisplacementDataException(
                    dir + ": cannot write " + what + " (" + e + "); the previous output, if any, is unchanged", e);
        } catch (RuntimeException | Error e) {
            deleteQuietly(temporary); // even after an OutOfMemoryError: no temporary directory is left behind
            throw e;
        } finally {
            removeHook(stopped);
        }
    }

    /**
     * Moves the temporary directory aside, so that the writer, still running while the JVM stops, can create no
     * new file in it, then deletes it.
     */
    private static void deleteStopped(Path temporary, Path target) {
        Path aside = temporary.resolveSibling(hiddenSibling(target, "stopped"));
        try {
            Files.move(temporary, aside, StandardCopyOption.ATOMIC_MOVE);
            deleteQuietly(aside);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temporary); // already moved into place (nothing then), or cannot be moved
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The program is stopping: the hook runs, and deletes the temporary directory if still there.
        }
    }

    private static void requireOwnOrEmpty(Path dir, Path target, String what, Set<String> ownFiles) {
        if (!Files.exists(target)) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw new DisplacementDataException(dir + ": is a file; " + what + " needs a directory");
        }
        List<String> foreign = new ArrayList<>();
        try (Stream<Path> entries = Files.list(target)) {
            entries.map(p -> p.getFileName().toString())
                    .filter(n -> !ownFiles.contains(n))
                    .sorted()
                    .forEach(foreign::add);
        } catch (IOException e) {
            throw new DisplacementDataException(dir + ": cannot be listed (" + e + ")", e);
        }
        if (!foreign.isEmpty()) {
            throw new DisplacementDataException(dir + ": holds files that are not part of " + what + " ("
                    + String.join(", ", foreign.subList(0, Math.min(5, foreign.size())))
                    + (foreign.size() > 5 ? ", ..." : "") + "), which writing " + what
                    + " would delete; choose a new or empty directory");
        }
    }

    /**
     * A hidden name beside {@code target} that no other writer picks: a random 64-bit suffix. From
     * {@link ThreadLocalRandom}, not {@code UUID.randomUUID()}, whose {@code SecureRandom} takes 20 to 40 ms
     * to start up, a tenth of a short command's run.
     */
    private static String hiddenSibling(Path target, String kind) {
        return "." + target.getFileName() + "." + kind + "-"
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
    }

    /** Moves the complete new directory into place; the old one is moved aside first and deleted last. */
    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        if (!Files.exists(target)) {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Path old = target.resolveSibling(hiddenSibling(target, "old"));
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        deleteQuietly(old);
    }

    private static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // Best effort: a left-over temporary directory is hidden and harmless.
                }
            });
        } catch (IOException e) {
            // Same as above.
        }
    }
}
