package org.displacementstats.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.displacementstats.DisplacementDataException;

/**
 * Reads a source's text the way a dataset reads its {@code text_file}: strict UTF-8, at most
 * {@value DatasetFiles#MAX_FILE_BYTES} bytes, a leading byte order mark removed. Quote offsets computed on the
 * returned text are therefore the offsets that the dataset's quote checks use.
 */
public final class SourceTexts {
    private SourceTexts() {}

    /**
     * @param file a text file
     * @return its text
     * @throws DisplacementDataException naming the file if it is missing, too large, or not UTF-8 (with the bad
     *     byte's line and offset)
     */
    public static String read(Path file) {
        try {
            if (Files.size(file) > DatasetFiles.MAX_FILE_BYTES) {
                throw new DisplacementDataException(file + ": must be at most " + DatasetFiles.MAX_FILE_BYTES
                        + " bytes but has " + Files.size(file) + "; split the text");
            }
            return decode(file.toString(), Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new DisplacementDataException(file + ": no such file", e);
        } catch (IOException e) {
            throw new DisplacementDataException(file + ": cannot be read (" + e + ")", e);
        }
    }

    /**
     * @param name how messages name the stream ("standard input")
     * @param in the stream, read to its end or to one byte past the bound
     * @return its text
     * @throws DisplacementDataException if it is too large or not UTF-8
     */
    public static String read(String name, InputStream in) {
        try {
            return decode(name, in.readNBytes(DatasetFiles.MAX_FILE_BYTES + 1));
        } catch (IOException e) {
            throw new DisplacementDataException(name + ": cannot be read (" + e + ")", e);
        }
    }

    /**
     * @param name how messages name the bytes
     * @param bytes the bytes
     * @return the text
     * @throws DisplacementDataException if there are too many bytes or they are not UTF-8
     */
    public static String decode(String name, byte[] bytes) {
        return DatasetFiles.decode(name, bytes);
    }
}
