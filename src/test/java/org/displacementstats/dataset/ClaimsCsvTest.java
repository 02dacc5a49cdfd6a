package org.displacementstats.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.figure.Claim;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * claims.csv read from a directory: a copy of {@code data/aleppo-2016-11/} and {@code seeds/} in the same
 * {@code ../../seeds} layout, with one cell edited; every error names the file, line, column and value.
 */
class ClaimsCsvTest {
    private static final Path DATA = Path.of("data/aleppo-2016-11");
    private static final Path SEEDS = Path.of("seeds");

    @TempDir
    Path root;

    private Path dir;

    @BeforeEach
    void copyTheBundledDataset() throws IOException {
        dir = root.resolve("data/aleppo-2016-11");
        copy(DATA, dir);
        copy(SEEDS, root.resolve("seeds"));
    }

    @Test
    void unedited_copy_reads_like_the_bundled_dataset() {
        // WHEN reading the copy from the file system
        DisplacementDataset ds = DisplacementDataset.read(dir);

        // THEN it has the bundled claims and reconciliations, and the seed's quotes are checked (../../seeds)
        DisplacementDataset bundled = DisplacementDataset.aleppo2016();
        assertThat(ds.claims()).isEqualTo(bundled.claims());
        assertThat(ds.reconciliations()).isEqualTo(bundled.reconciliations());
        assertThat(ds.checks())
                .filteredOn(c -> c.id().equals("quote-found:fled-east-aleppo"))
                .singleElement()
                .extracting(Check::status)
                .isEqualTo(CheckStatus.PASS);
    }

    @Test
    void dataset_without_claims_csv_has_no_claims_and_no_reconciliation() throws IOException {
        Files.delete(dir.resolve("claims.csv"));

        DisplacementDataset ds = DisplacementDataset.read(dir);

        assertThat(ds.claims()).isEmpty();
        assertThat(ds.reconciliations()).isEmpty();
        assertThat(ds.figures()).isEqualTo(DisplacementDataset.aleppo2016().figures());
    }

    @ParameterizedTest(name = "line {0}, column {1} ''{2}'': ''{3}'' -> ''{4}''")
    @CsvFileSource(resources = "/org/displacementstats/dataset/bad-claims-cells.psv", delimiter = '|')
    void bad_cell_in_claims_csv_is_rejected_with_file_line_column_and_value(
            int line, int column, String name, String old, String value, String rule) throws IOException {
        // GIVEN the copy with one cell of claims.csv edited
        edit(line, column, old, value);

        // WHEN reading it
        // THEN the error names the file, the line, the column and the offending value
        String culprit = name.equals("count") && rule.startsWith("must be unique") ? "lci-fled-at-least-10000" : value;
        assertThatThrownBy(() -> DisplacementDataset.read(dir))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContaining("claims.csv line " + line)
                .hasMessageContaining(rule)
                .hasMessageContaining("but was '" + culprit + "'")
                .hasMessageContaining(
                        name.equals("count") && rule.startsWith("must be unique")
                                ? "column 1 'id'"
                                : "column " + column + " '" + name + "'")
                .hasMessageContaining(dir.resolve("claims.csv").toString());
    }

    @Test
    void repeated_id_with_the_same_figure_count_and_source_adds_a_quote() throws IOException {
        // GIVEN a third row for LCI's 10.000, quoting the headline once more
        List<String> lines = Files.readAllLines(dir.resolve("claims.csv"), StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolve("claims.csv"),
                String.join("\n", lines) + "\n" + lines.get(1) + "\n",
                StandardCharsets.UTF_8);

        // WHEN reading it
        Claim lci = DisplacementDataset.read(dir).claims().stream()
                .filter(c -> c.id().equals("lci-fled-at-least-10000"))
                .findFirst()
                .orElseThrow();

        // THEN it is still one claim, now with three quotes
        assertThat(lci.quotes()).hasSize(3);
    }

    @Test
    void repeated_id_with_a_different_source_is_rejected() throws IOException {
        edit(3, 7, "lci-2016-11-27", "chinapost-afp-2016-11-29");

        assertThatThrownBy(() -> DisplacementDataset.read(dir))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll(
                        "claims.csv line 3, column 1 'id'",
                        "but was 'lci-fled-at-least-10000'",
                        "same figure, count and source");
    }

    @Test
    void disjoint_claim_in_the_file_is_read_and_reported_as_a_failed_check() throws IOException {
        // GIVEN AFP English saying "around 16,000" went to Sheikh Maqsoud: [14400, 17600], not 6,000
        edit(9, 5, "6000", "16000");

        // WHEN reading it
        DisplacementDataset ds = DisplacementDataset.read(dir);

        // THEN the file is accepted, the figures are unchanged, and the disagreement is a failed check
        assertThat(ds.figures()).isEqualTo(DisplacementDataset.aleppo2016().figures());
        assertThat(ds.checks())
                .filteredOn(c -> c.id().equals("claims-agree:fled-to-sheikh-maqsoud"))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.status()).isEqualTo(CheckStatus.FAIL);
                    assertThat(c.detail())
                            .contains(
                                    "afp-en-sheikh-maqsoud-around-6000 [14400, 17600]",
                                    "afp-en-sheikh-maqsoud-around-6000 start above where fled-to-sheikh-maqsoud");
                });
    }

    /** Replaces the cell at (line, column) of claims.csv, which must hold {@code old}, by {@code value}. */
    private void edit(int line, int column, String old, String value) throws IOException {
        Path file = dir.resolve("claims.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        String[] cells = lines.get(line - 1).split(",", -1);
        assertThat(cells[column - 1])
                .as("claims.csv line %d, column %d", line, column)
                .isEqualTo(old);
        cells[column - 1] = value.contains(",") ? "\"" + value + "\"" : value;
        lines.set(line - 1, String.join(",", cells));
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }
}
