package org.displacementstats.dataset;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.figure.QuantifierPolicy;
import org.displacementstats.table.SummaryTables;

/**
 * The dataset reader on any figures.csv: the bytes are read, without the file system, as the figures of the
 * bundled Aleppo dataset (its sources.csv, places.csv, control-changes.csv and the article; no claims.csv, whose
 * claims name the bundled figures). Either reading ends in a {@link DisplacementDataException}, or the dataset's
 * checks and summary tables can be computed; nothing else may escape. In {@code mvn verify} this runs over the
 * inputs in {@code src/test/resources/org/displacementstats/dataset/DatasetReaderFuzzTestInputs/figures/};
 * README, "Hostile input", says how to fuzz.
 */
class DatasetReaderFuzzTest {
    private static final String SEED_TEXT = "../../seeds/000_59a92f6e1361203d.txt";
    private static final Map<String, byte[]> BUNDLED = new HashMap<>();

    static {
        for (String f : new String[] {DatasetReader.SOURCES, DatasetReader.PLACES, DatasetReader.CONTROL_CHANGES}) {
            BUNDLED.put(f, resource(DatasetFiles.ALEPPO_2016 + f));
        }
        BUNDLED.put(SEED_TEXT, resource("org/displacementstats/seeds/000_59a92f6e1361203d.txt"));
    }

    @FuzzTest
    void figures(byte[] input) {
        DatasetFiles files = new DatasetFiles() {
            @Override
            String location() {
                return "fuzz";
            }

            @Override
            String displayName(String relative) {
                return relative;
            }

            @Override
            Optional<byte[]> bytes(String relative) {
                return relative.equals(DatasetReader.FIGURES)
                        ? Optional.of(input)
                        : Optional.ofNullable(BUNDLED.get(relative));
            }
        };
        DisplacementDataset ds;
        try {
            ds = new DatasetReader(files, QuantifierPolicy.DEFAULT).read("fuzz");
        } catch (DisplacementDataException e) {
            return;
        }
        ds.checks();
        SummaryTables tables = SummaryTables.of(ds);
        tables.populationBalance();
        tables.flowsByDestination();
    }

    private static byte[] resource(String name) {
        try (InputStream in = DatasetReaderFuzzTest.class.getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
