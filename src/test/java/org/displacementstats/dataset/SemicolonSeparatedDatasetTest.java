package org.displacementstats.dataset;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.displacementstats.DisplacementDataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dataset files saved by a French Excel, with ';' between cells, read as the same dataset. */
class SemicolonSeparatedDatasetTest {
    @TempDir
    Path root;

    /** Rewrites a comma-separated file with ';' separators, quoting where ';' or '"' needs it. */
    private static void toSemicolons(Path file) throws IOException {
        StringWriter out = new StringWriter();
        try (CsvReader<CsvRecord> in = CsvReader.builder().ofCsvRecord(Files.readString(file, UTF_8));
                CsvWriter csv = CsvWriter.builder()
                        .fieldSeparator(';')
                        .lineDelimiter(LineDelimiter.CRLF)
                        .build(out)) {
            for (CsvRecord r : in) {
                csv.writeRecord(r.getFields());
            }
        }
        Files.writeString(file, out.toString(), UTF_8);
    }

    @Test
    void a_dataset_with_semicolon_separated_files_reads_as_the_same_records() throws IOException {
        AleppoCopy copy = AleppoCopy.in(root);
        for (String f : List.of("sources.csv", "places.csv", "figures.csv", "control-changes.csv", "claims.csv")) {
            toSemicolons(copy.dir().resolve(f));
        }

        DisplacementDataset ds = copy.read();

        DisplacementDataset bundled = AleppoCopy.in(root.resolve("plain")).read();
        assertThat(ds.figures()).isEqualTo(bundled.figures());
        assertThat(ds.claims()).isEqualTo(bundled.claims());
        assertThat(ds.controlChanges()).isEqualTo(bundled.controlChanges());
        assertThat(ds.checks()).isEqualTo(bundled.checks());
    }

    @Test
    void a_semicolon_file_with_a_missing_cell_names_the_semicolons_in_its_advice() throws IOException {
        AleppoCopy copy = AleppoCopy.in(root);
        Path places = copy.dir().resolve("places.csv");
        toSemicolons(places);
        Files.writeString(places, Files.readString(places, UTF_8) + "Alep-Ouest;city\r\n", UTF_8);

        assertThatThrownBy(copy::read)
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll(
                        "places.csv line",
                        "expected 3 fields",
                        "found 2",
                        "'controlled_by'",
                        "add the missing semicolons");
    }

    @Test
    void the_separator_is_read_from_the_header_row() {
        assertThat(CsvFile.separator("name;kind;controlled_by\nA;city;x,y\n")).isEqualTo(';');
        assertThat(CsvFile.separator("name,kind,controlled_by\nA,city,\"x;y\"\n"))
                .isEqualTo(',');
        assertThat(CsvFile.separator("name\nA\n")).isEqualTo(',');
    }
}
