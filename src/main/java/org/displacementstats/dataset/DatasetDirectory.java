package org.displacementstats.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.displacementstats.internal.AtomicDirectory;

/**
 * The files of a dataset directory, for a writer that fills a directory of its own and puts a dataset in it (the
 * draft dataset of {@code extract}, beside its {@code mentions.csv}). Stateless; safe to share.
 */
public final class DatasetDirectory {
    private DatasetDirectory() {}

    /**
     * Writes the same files as {@link DisplacementDataset#write(Path)} into an existing directory, without
     * replacing it.
     *
     * @param dataset the dataset
     * @param dir an existing directory, filled through {@link AtomicDirectory}
     * @throws IOException if a file cannot be written
     */
    public static void writeInto(DisplacementDataset dataset, Path dir) throws IOException {
        DatasetWriter.writeFiles(dataset, dir);
    }

    /** @return the names of the files and folders that {@link DisplacementDataset#write(Path)} may write */
    public static List<String> fileNames() {
        return DatasetWriter.files();
    }
}
