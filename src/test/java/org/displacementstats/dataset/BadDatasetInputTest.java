package org.displacementstats.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.displacementstats.DisplacementDataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Broken copies of {@code data/aleppo-2016-11/}, one edit each: reading fails with a
 * {@link DisplacementDataException} that names the file, the line, the column, the value and what would be valid.
 * Data rows start on line 2; in figures.csv fled-east-aleppo is line 3, fled-to-sheikh-maqsoud line 4,
 * fled-to-government-areas line 5, thousands-fled-official-media line 6.
 */
class BadDatasetInputTest {
    @TempDir
    Path root;

    @ParameterizedTest(name = "{0} {2} = ''{3}''")
    @CsvFileSource(
            resources = "/org/displacementstats/dataset/bad-dataset-cells.psv",
            delimiter = '|',
            quoteCharacter = '"')
    void bad_cell_is_rejected_naming_file_line_column_value_and_fix(
            String file, String key, String column, String value, int line, String rule, String fix)
            throws IOException {
        AleppoCopy copy = AleppoCopy.in(root).set(file, key, column, value);

        assertThatThrownBy(copy::read)
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll(
                        file + " line " + line + ", column ", "'" + column + "'", "but was '" + value + "'", rule, fix);
    }

    @Test
    void formula_naming_a_figure_listed_below_is_rejected() throws IOException {
        // GIVEN: the derived row moved above fled-to-sheikh-maqsoud, to line 4
        AleppoCopy copy =
                AleppoCopy.in(root).moveAbove("figures.csv", "fled-to-government-areas", "fled-to-sheikh-maqsoud");

        assertThatThrownBy(copy::read)
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll(
                        "figures.csv line 4, column ",
                        "'derived_as'",
                        "'fled-east-aleppo - fled-to-sheikh-maqsoud'",
                        "listed above this row",
                        "'fled-to-sheikh-maqsoud'",
                        "move this row below it");
    }

    @Test
    void formula_using_a_vague_mention_is_rejected() throws IOException {
        // GIVEN: the mention moved above the derived row, which now subtracts it (line 6)
        AleppoCopy copy = AleppoCopy.in(root)
                .moveAbove("figures.csv", "thousands-fled-official-media", "fled-to-government-areas")
                .set(
                        "figures.csv",
                        "fled-to-government-areas",
                        "derived_as",
                        "fled-east-aleppo - thousands-fled-official-media");

        assertThatThrownBy(copy::read)
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll(
                        "figures.csv line 6, column ",
                        "'derived_as'",
                        "'fled-east-aleppo - thousands-fled-official-media'",
                        "must not use a figure without a number",
                        "'thousands-fled-official-media' is vague",
                        "remove it");
    }

    @Test
    void part_of_naming_a_flow_listed_below_is_accepted() throws IOException {
        // GIVEN: part_of, unlike derived_as, is a reference and may point down the file
        AleppoCopy copy =
                AleppoCopy.in(root).seedOnly().moveAbove("figures.csv", "fled-to-sheikh-maqsoud", "fled-east-aleppo");

        DisplacementDataset ds = copy.read();

        assertThat(ds.figure("fled-to-sheikh-maqsoud").count())
                .isEqualTo(DisplacementDataset.aleppo2016()
                        .figure("fled-to-sheikh-maqsoud")
                        .count());
        assertThat(ds.checks()).allSatisfy(c -> assertThat(c.status()).isEqualTo(CheckStatus.PASS));
    }

    @Test
    void count_on_a_derived_row_is_rejected() throws IOException {
        AleppoCopy copy = AleppoCopy.in(root).set("figures.csv", "fled-to-government-areas", "count", "4000");

        assertThatThrownBy(copy::read)
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll(
                        "figures.csv line 5, column ",
                        "'count'",
                        "'4000'",
                        "must be empty",
                        "derived",
                        "clear the cell");
    }

    @Test
    void missing_required_column_is_rejected_naming_it_and_the_header() throws IOException {
        AleppoCopy copy = AleppoCopy.in(root).dropColumn("places.csv", "controlled_by");

        assertThatThrownBy(copy::read)
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll(
                        "places.csv line 1", "missing column 'controlled_by'", "name, kind, controlled_by");
    }

    @Test
    void unknown_extra_column_is_rejected_naming_it_and_the_valid_ones() throws IOException {
        AleppoCopy copy = AleppoCopy.in(root).replace("sources.csv", ",text_file,note\n", ",text_file,notes\n");

        assertThatThrownBy(copy::read)
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll(
                        "sources.csv line 1, column 7",
                        "unknown column 'notes'",
                        "valid columns are id, publisher, document, date, date_basis, text_file, note");
    }

    @Test
    void row_with_an_extra_field_is_rejected_naming_the_line_and_the_extra_value() throws IOException {
        AleppoCopy copy = AleppoCopy.in(root)
                .replace("figures.csv", ",.Les forces kurdes ont d\n", ",.Les forces kurdes ont d,oops\n");

        assertThatThrownBy(copy::read)
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("figures.csv line 6", "expected 20 fields", "found 21", "'oops'");
    }

    @Test
    void row_with_a_missing_field_is_rejected_naming_the_line_and_the_column_left_empty() throws IOException {
        AleppoCopy copy = AleppoCopy.in(root)
                .replace("places.csv", "Cheikh Maqsoud,enclave,Kurdish forces\n", "Cheikh Maqsoud,enclave\n");

        assertThatThrownBy(copy::read)
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("places.csv line 3", "expected 3 fields", "found 2", "'controlled_by'");
    }

    @Test
    void unclosed_double_quote_at_the_end_of_the_file_is_rejected() throws IOException {
        // GIVEN: the quote opens the last cell of the last row (line 6) and is never closed
        AleppoCopy copy = AleppoCopy.in(root)
                .seedOnly()
                .replace("figures.csv", ",.Les forces kurdes ont d\n", ",\".Les forces kurdes ont d\n");

        assertThatThrownBy(copy::read)
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll(
                        "figures.csv line 6",
                        "not valid CSV",
                        "Unclosed quoted field",
                        "check for an unclosed double quote");
    }

    @Test
    void unclosed_double_quote_is_rejected_instead_of_swallowing_the_rows_below() throws IOException {
        // GIVEN: places.csv has no other quote, so a quote opened on line 3 would run to the end of the file
        AleppoCopy copy = AleppoCopy.in(root)
                .replace(
                        "places.csv",
                        "Cheikh Maqsoud,enclave,Kurdish forces\n",
                        "Cheikh Maqsoud,enclave,\"Kurdish forces\n");

        assertThatThrownBy(copy::read)
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("places.csv line 3", "not valid CSV", "check for an unclosed double quote");
    }

    @Test
    void double_quote_closed_on_a_later_row_is_rejected_naming_the_row_it_opened_on() throws IOException {
        // GIVEN: the quote opened on line 4 is closed by the first quote of line 5, followed by text
        AleppoCopy copy = AleppoCopy.in(root)
                .replace("figures.csv", ", contrôlée par les force\n", ",\" contrôlée par les force\n");

        assertThatThrownBy(copy::read)
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("figures.csv line 4", "not valid CSV", "check for an unclosed double quote");
    }

    @Test
    void file_that_is_not_utf8_is_rejected_naming_the_line_and_the_byte() throws IOException {
        // GIVEN: figures.csv saved as Latin-1; its first non-ASCII letter is the é of « début » on line 2
        AleppoCopy copy = AleppoCopy.in(root);
        copy.writeBytes("figures.csv", copy.text("figures.csv").getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(copy::read)
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("figures.csv line 2", "must be UTF-8", "0xE9", "save the file as UTF-8");
    }

    @Test
    void invalid_utf8_bytes_in_a_source_text_are_rejected_naming_the_text_file() throws IOException {
        AleppoCopy copy = AleppoCopy.in(root);
        Path seed = root.resolve("seeds").resolve("000_59a92f6e1361203d.txt");
        byte[] bytes = Files.readAllBytes(seed);
        bytes[3] = (byte) 0xFF;
        Files.write(seed, bytes);

        assertThatThrownBy(copy::read)
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("000_59a92f6e1361203d.txt line 1", "must be UTF-8", "0xFF");
    }

    @Test
    void empty_figures_file_is_rejected_naming_the_header_it_needs() throws IOException {
        AleppoCopy copy = AleppoCopy.in(root).writeText("figures.csv", "");

        assertThatThrownBy(copy::read)
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("figures.csv", "is empty", "id,kind,what,place,origin,destination");
    }

    @Test
    void missing_figures_file_is_rejected_naming_the_files_a_dataset_needs() throws IOException {
        AleppoCopy copy = AleppoCopy.in(root);
        Files.delete(copy.file("figures.csv"));

        assertThatThrownBy(copy::read)
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("figures.csv", "missing", "sources.csv, places.csv and figures.csv");
    }

    @Test
    void missing_directory_is_rejected_naming_it() {
        Path nowhere = root.resolve("no-such-dataset");

        assertThatThrownBy(() -> DisplacementDataset.read(nowhere))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll(nowhere.toString(), "must be a dataset directory", "missing");
    }

    @Test
    void inferred_date_without_a_note_is_rejected_naming_the_line() throws IOException {
        AleppoCopy copy = AleppoCopy.in(root).set("sources.csv", "afp-osdh-2016-11-29", "note", "");

        assertThatThrownBy(copy::read)
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("sources.csv line 2", "note must say how the date was inferred", "INFERRED")
                .hasMessageNotContaining("Source.");
    }

    @Test
    void a_records_rule_is_told_in_the_files_column_names_never_in_java_names() throws IOException {
        AleppoCopy copy = AleppoCopy.in(root).set("figures.csv", "east-aleppo-population", "quote_end", "1791");

        assertThatThrownBy(copy::read)
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll(
                        "figures.csv line 2",
                        "quote_end must be quote_start + 36",
                        "the code points of quote_exact",
                        "= 1790 but was 1791")
                .hasMessageNotContaining("Quote.");
    }

    @Test
    void java_field_names_become_column_names() {
        assertThat(CsvRow.columnNames("Quote.end must be Quote.start + 3; Count.value; Count.high; Period.start;"
                        + " Period.accuracy; Source.textFile; Source.dateBasis; Flow.partOf; Stock.id"))
                .isEqualTo("quote_end must be quote_start + 3; count; count_high; period_start; period_accuracy;"
                        + " text_file; date_basis; part_of; id");
    }
}
