package org.displacementstats.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.displacementstats.DisplacementDataException;

/**
 * Where {@link DisplacementDataset#read(DatasetSource)} finds a dataset's files ({@code sources.csv},
 * {@code places.csv}, {@code figures.csv}, and optionally {@code control-changes.csv}, {@code claims.csv} and the
 * sources' texts): a directory, or readers or streams named by file, as a program holds them (a zip entry, an HTTP
 * body, a test's strings).
 *
 * <pre>{@code
 * DisplacementDataset ds = DisplacementDataset.read(DatasetSource.of("my-notes", Map.of(
 *         "sources.csv", new StringReader(sources),
 *         "places.csv", new StringReader(places),
 *         "figures.csv", new StringReader(figures))));
 * }</pre>
 *
 * <p>Messages name a file as {@code <name>/<file>}, with its line and column. A directory source is immutable and
 * safe to share between threads; a source of readers or streams is read once, in one thread, when the dataset is
 * read, and closes them then.
 */
public final class DatasetSource {
    private final String name;
    private final DatasetFiles files;

    private DatasetSource(String name, DatasetFiles files) {
        this.name = name;
        this.files = files;
    }

    /**
     * A dataset directory.
     *
     * @param dir the directory
     * @return the source
     * @throws DisplacementDataException if {@code dir} is not a directory
     */
    public static DatasetSource directory(Path dir) {
        Objects.requireNonNull(dir, "dir");
        if (!Files.isDirectory(dir)) {
            throw DisplacementDataException.problem(dir + ": must be a dataset directory (with "
                            + DatasetReader.SOURCES + ", " + DatasetReader.PLACES + " and " + DatasetReader.FIGURES
                            + ") but is " + (Files.exists(dir) ? "a file" : "missing"))
                    .file(dir.toString())
                    .build();
        }
        Path name = dir.toAbsolutePath().normalize().getFileName();
        return new DatasetSource(name == null ? dir.toString() : name.toString(), DatasetFiles.directory(dir));
    }

    /**
     * Character streams, by file name; each is read to its end and closed.
     *
     * @param name the dataset's name, which messages put before each file's name
     * @param files each file's text by its name in the dataset ({@code figures.csv}, {@code texts/afp.txt})
     * @return the source
     */
    public static DatasetSource of(String name, Map<String, ? extends Reader> files) {
        return named(name, files, (file, reader) -> {
            try (Reader r = reader) {
                StringBuilder text = new StringBuilder();
                char[] buffer = new char[8192];
                for (int n; (n = r.read(buffer)) > 0; ) {
                    text.append(buffer, 0, n);
                    if (text.length() > DatasetFiles.MAX_FILE_BYTES) {
                        throw DisplacementDataException.problem(file + ": must be at most "
                                        + DatasetFiles.MAX_FILE_BYTES + " characters but has more")
                                .file(file)
                                .build();
                    }
                }
                return text.length() > 0 && text.charAt(0) == '\uFEFF' ? text.substring(1) : text.toString();
            }
        });
    }

    /**
     * Byte streams of UTF-8 text, by file name; each is read to its end and closed.
     *
     * @param name the dataset's name, which messages put before each file's name
     * @param files each file's bytes by its name in the dataset ({@code figures.csv})
     * @return the source
     */
    public static DatasetSource ofStreams(String name, Map<String, ? extends InputStream> files) {
        return named(name, files, (file, stream) -> {
            try (InputStream in = stream) {
                return DatasetFiles.decode(file, in.readNBytes(DatasetFiles.MAX_FILE_BYTES + 1));
            }
        });
    }

    /** Reads one named file into its text; may fail with an I/O error. */
    private interface Read<T> {
        String text(String file, T input) throws IOException;
    }

    private static <T> DatasetSource named(String name, Map<String, ? extends T> files, Read<T> read) {
        Objects.requireNonNull(name, "name");
        Map<String, T> inputs = new LinkedHashMap<>();
        files.forEach((file, input) -> inputs.put(
                Objects.requireNonNull(file, "file name"), Objects.requireNonNull(input, "input of " + file)));
        Map<String, String> texts = new LinkedHashMap<>();
        Function<String, Optional<String>> text = file -> {
            T input = inputs.get(file);
            if (input == null) {
                return Optional.empty();
            }
            String shown = name + "/" + file;
            return Optional.of(texts.computeIfAbsent(file, f -> {
                try {
                    return read.text(shown, input);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        };
        return new DatasetSource(name, DatasetFiles.texts(name, text));
    }

    /** @return the dataset's name, as {@link DisplacementDataset#name()} gives it */
    public String name() {
        return name;
    }

    DatasetFiles files() {
        return files;
    }

    @Override
    public String toString() {
        return "DatasetSource[" + files.location() + "]";
    }
}
