package org.displacementstats.table;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A writable copy of the seed dataset for tests that need a dataset directory with one cell changed.
 *
 * <p>The copy keeps the repository's layout ({@code data/aleppo-2016-11/} next to {@code seeds/}), because
 * {@code sources.csv} names the article as {@code ../../seeds/000_59a92f6e1361203d.txt}.
 */
public final class SeedDatasetCopy {
    /** The dataset directory in the repository; Surefire runs tests from the project directory. */
    public static final Path DATA = Path.of("data", "aleppo-2016-11");

    /** The seed article folder in the repository. */
    public static final Path SEEDS = Path.of("seeds");

    private SeedDatasetCopy() {}

    /**
     * Copies {@code data/aleppo-2016-11/} and {@code seeds/} under {@code root}.
     *
     * @param root an empty directory, usually a {@code @TempDir}
     * @return the copied dataset directory, {@code root/data/aleppo-2016-11}
     */
    public static Path copyTo(Path root) {
        Path dataset = root.resolve("data").resolve("aleppo-2016-11");
        copyTree(DATA, dataset);
        copyTree(SEEDS, root.resolve("seeds"));
        return dataset;
    }

    /**
     * Replaces text in one file of a copied dataset, failing if the text is not there exactly once, so that a
     * change to the seed data cannot make a test silently edit nothing.
     *
     * @param file the file to edit
     * @param from the text to replace, present exactly once
     * @param to the replacement
     */
    public static void replaceOnce(Path file, String from, String to) {
        try {
            String text = Files.readString(file, UTF_8);
            int at = text.indexOf(from);
            if (at < 0 || text.indexOf(from, at + 1) >= 0) {
                throw new IllegalStateException(file + ": expected '" + from + "' exactly once");
            }
            Files.writeString(file, text.substring(0, at) + to + text.substring(at + from.length()), UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Replaces every occurrence of a text in one file of a copied dataset, failing if there is none.
     *
     * @param file the file to edit
     * @param from the text to replace
     * @param to the replacement
     */
    public static void replaceAll(Path file, String from, String to) {
        try {
            String text = Files.readString(file, UTF_8);
            if (!text.contains(from)) {
                throw new IllegalStateException(file + ": expected '" + from + "'");
            }
            Files.writeString(file, text.replace(from, to), UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
