package org.displacementstats.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.displacementstats.DisplacementDataException;

/** Where a dataset's files are read from: a directory, or the resources bundled in the jar. */
abstract class DatasetFiles {
    /** Curated datasets are small; the bound keeps a wrong file from exhausting memory. */
    static final int MAX_FILE_BYTES = 16 * 1024 * 1024;

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
            throw new DisplacementDataException(name + ": must be at most " + MAX_FILE_BYTES + " bytes but has "
                    + bytes.length);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new DisplacementDataException(name + ": must be UTF-8 text but " + e.getMessage()
                    + "; save the file as UTF-8", e);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
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
                try (InputStream in = DatasetFiles.class.getClassLoader().getResourceAsStream(displayName(relative))) {
                    if (in == null) {
                        return Optional.empty();
                    }
                    return Optional.of(in.readNBytes(MAX_FILE_BYTES + 1));
                }
            }
        };
    }
}
