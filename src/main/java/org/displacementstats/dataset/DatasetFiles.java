package org.displacementstats.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.displacementstats.DisplacementDataException;

/** Where a dataset's files are read from: a directory, or the resources bundled in the jar. */
abstract class DatasetFiles {
    /** Curated datasets are small; the bound keeps a wrong file from exhausting memory. */
    static final int MAX_FILE_BYTES = 16 * 1024 * 1024;
    /** The resource folder of the bundled Aleppo dataset. */
    static final String ALEPPO_2016 = "org/displacementstats/data/aleppo-2016-11/";

    /** @return how messages name the dataset's location */
    abstract String location();

    /**
     * @param relative a path relative to the dataset directory, with '/' separators
     * @return the file's name as messages give it
     */
    abstract String displayName(String relative);

    abstract Optional<byte[]> bytes(String relative) throws IOException;

    /**
     * The file's text, decoded as strict UTF-8, without a leading byte order mark.
     *
     * @param relative a path relative to the dataset directory
     * @return the text, or empty if there is no such file
     */
    Optional<String> text(String relative) {
        Optional<byte[]> bytes;
        try {
            bytes = bytes(relative);
        } catch (IOException e) {
            throw new DisplacementDataException(displayName(relative) + ": cannot be read (" + e + ")", e);
        }
        return bytes.map(b -> decode(displayName(relative), b));
    }

    static String decode(String name, byte[] bytes) {
        if (bytes.length > MAX_FILE_BYTES) {
            throw new DisplacementDataException(
                    name + ": must be at most " + MAX_FILE_BYTES + " bytes but has " + bytes.length);
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // UTF-8 never decodes to more chars than it has bytes.
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            // The decoder stops at the first bad byte: what it decoded so far says on which line that byte is.
            String before = out.flip().toString();
            long line = 1 + before.chars().filter(c -> c == '\n').count();
            throw new DisplacementDataException(String.format(
                    Locale.ROOT,
                    "%s line %d: must be UTF-8 text but byte 0x%02X at byte offset %d is not valid UTF-8"
                            + "; save the file as UTF-8",
                    name,
                    line,
                    bytes[in.position()] & 0xFF,
                    in.position()));
        }
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * Files whose text a program gives (read from readers or streams).
     *
     * @param name the dataset's name, which messages put before each file's name
     * @param text each file's text by its name, or empty when there is no such file
     */
    static DatasetFiles texts(String name, java.util.function.Function<String, Optional<String>> text) {
        return new DatasetFiles() {
            @Override
            String location() {
                return name;
            }

            @Override
            String displayName(String relative) {
                return name + "/" + relative;
            }

            @Override
            Optional<byte[]> bytes(String relative) {
                throw new UnsupportedOperationException("texts are read by text(relative)");
            }

            @Override
            Optional<String> text(String relative) {
                try {
                    return text.apply(relative);
                } catch (java.io.UncheckedIOException e) {
                    throw new DisplacementDataException(
                            displayName(relative) + ": cannot be read (" + e.getCause() + ")", e);
                }
            }
        };
    }

    static DatasetFiles directory(Path dir) {
        return new DatasetFiles() {
            @Override
            String location() {
                return dir.toString();
            }

            @Override
            String displayName(String relative) {
                return dir.resolve(relative).normalize().toString();
            }

            @Override
            Optional<byte[]> bytes(String relative) throws IOException {
                Path file = dir.resolve(relative).normalize();
                try {
                    if (Files.size(file) > MAX_FILE_BYTES) {
                        throw new DisplacementDataException(displayName(relative) + ": must be at most "
                                + MAX_FILE_BYTES + " bytes but has " + Files.size(file));
                    }
                    return Optional.of(Files.readAllBytes(file));
                } catch (NoSuchFileException e) {
                    return Optional.empty();
                }
            }
        };
    }

    /** @param base a resource folder such as {@code org/displacementstats/data/aleppo-2016-11/} */
    static DatasetFiles resources(String base) {
        return new DatasetFiles() {
            @Override
            String location() {
                return "classpath:" + base;
            }

            @Override
            String displayName(String relative) {
                return URI.create(base).resolve(relative).toString();
            }

            @Override
            Optional<byte[]> bytes(String relative) throws IOException {
                // Class, not ClassLoader: in the module, the seed text's folder (org/displacementstats/seeds)
                // is a package, and a class loader finds no resource in a package the module does not open.
                try (InputStream in = DatasetFiles.class.getResourceAsStream("/" + displayName(relative))) {
                    if (in == null) {
                        return Optional.empty();
                    }
                    return Optional.of(in.readNBytes(MAX_FILE_BYTES + 1));
                }
            }
        };
    }
}
