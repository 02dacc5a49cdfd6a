package org.displacementstats.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.displacementstats.figure.QuantifierPolicy;

/**
 * A copy of {@code data/aleppo-2016-11/} and {@code seeds/} in a temporary directory, in the repository's
 * layout (so {@code text_file} {@code ../../seeds/...} resolves), with small edits for broken-dataset cases.
 */
final class AleppoCopy {
    /** The curated dataset in the repository; surefire runs with the project directory as working directory. */
    static final Path DATA = Path.of("data", "aleppo-2016-11");
    /** The seed article in the repository. */
    static final Path SEED = Path.of("seeds", "000_59a92f6e1361203d.txt");

    /** The one source of the seed article. */
    static final String SEED_SOURCE = "afp-osdh-2016-11-29";

    private final Path dir;

    private AleppoCopy(Path dir) {
        this.dir = dir;
    }

    /** Copies the dataset to {@code root/data/aleppo-2016-11/} and the seed to {@code root/seeds/}. */
    static AleppoCopy in(Path root) throws IOException {
        Path dir = Files.createDirectories(root.resolve("data").resolve("aleppo-2016-11"));
        try (Stream<Path> files = Files.list(DATA)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName().toString()));
            }
        }
        Path seeds = Files.createDirectories(root.resolve("seeds"));
        Files.copy(SEED, seeds.resolve(SEED.getFileName().toString()));
        return new AleppoCopy(dir);
    }

    /** The seed article's dataset only: without claims.csv and the other sources' figures and rows. */
    AleppoCopy seedOnly() throws IOException {
        Files.delete(file("claims.csv"));
        for (String file : List.of("figures.csv", "sources.csv")) {
            List<List<String>> records = records(file);
            int source = records.get(0).indexOf(file.equals("sources.csv") ? "id" : "source");
            List<List<String>> kept = new ArrayList<>(List.of(records.get(0)));
            records.stream()
                    .skip(1)
                    .filter(r -> r.get(source).equals(SEED_SOURCE))
                    .forEach(kept::add);
            write(file, kept);
        }
        return this;
    }

    Path dir() {
        return dir;
    }

    Path file(String name) {
        return dir.resolve(name);
    }

    DisplacementDataset read() {
        return DisplacementDataset.read(dir);
    }

    DisplacementDataset read(QuantifierPolicy policy) {
        return DisplacementDataset.read(dir, policy);
    }

    /**
     * Sets one cell: in {@code file}, the row whose first cell is {@code key}, the column named {@code column}.
     * The file is written back as RFC 4180 with LF line ends, so line numbers stay as in the repository.
     */
    AleppoCopy set(String file, String key, String column, String value) throws IOException {
        List<List<String>> records = records(file);
        int col = records.get(0).indexOf(column);
        assertThat(col).as("column %s of %s", column, file).isNotNegative();
        List<List<String>> matching =
                records.stream().skip(1).filter(r -> r.get(0).equals(key)).toList();
        assertThat(matching).as("rows of %s with key %s", file, key).hasSize(1);
        matching.get(0).set(col, value);
        write(file, records);
        return this;
    }

    /** Moves the row whose first cell is {@code key} just above the row whose first cell is {@code above}. */
    AleppoCopy moveAbove(String file, String key, String above) throws IOException {
        List<List<String>> records = records(file);
        List<String> moved =
                records.stream().filter(r -> r.get(0).equals(key)).findFirst().orElseThrow();
        records.remove(moved);
        int at = records.indexOf(
                records.stream().filter(r -> r.get(0).equals(above)).findFirst().orElseThrow());
        records.add(at, moved);
        write(file, records);
        return this;
    }

    /** Removes a column, header and cells, from {@code file}. */
    AleppoCopy dropColumn(String file, String column) throws IOException {
        List<List<String>> records = records(file);
        int col = records.get(0).indexOf(column);
        assertThat(col).as("column %s of %s", column, file).isNotNegative();
        records.forEach(r -> r.remove(col));
        write(file, records);
        return this;
    }

    /** Replaces the only occurrence of {@code from} in the file's text by {@code to}. */
    AleppoCopy replace(String file, String from, String to) throws IOException {
        String text = text(file);
        assertThat(text.indexOf(from))
                .as("'%s' in %s", from, file)
                .isNotNegative()
                .isEqualTo(text.lastIndexOf(from));
        Files.writeString(file(file), text.replace(from, to), StandardCharsets.UTF_8);
        return this;
    }

    String text(String file) throws IOException {
        return Files.readString(file(file), StandardCharsets.UTF_8);
    }

    AleppoCopy writeText(String file, String text) throws IOException {
        Files.writeString(file(file), text, StandardCharsets.UTF_8);
        return this;
    }

    AleppoCopy writeBytes(String file, byte[] bytes) throws IOException {
        Files.write(file(file), bytes);
        return this;
    }

    private List<List<String>> records(String file) throws IOException {
        List<List<String>> records = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file(file), StandardCharsets.UTF_8)) {
            for (CsvRecord r : reader) {
                records.add(new ArrayList<>(r.getFields()));
            }
        }
        return records;
    }

    private void write(String file, List<List<String>> records) throws IOException {
        try (CsvWriter writer =
                CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(file(file), StandardCharsets.UTF_8)) {
            for (List<String> r : records) {
                writer.writeRecord(r);
            }
        }
    }
}
