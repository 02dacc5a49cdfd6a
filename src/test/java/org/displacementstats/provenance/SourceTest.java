package org.displacementstats.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.displacementstats.DisplacementDataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SourceTest {
    private static final LocalDate PRINTED = LocalDate.of(2016, 11, 29);

    private static Source withId(String id) {
        return Source.builder(id)
                .publisher("AFP, citing OSDH")
                .document("Aleppo article")
                .published(PRINTED)
                .build();
    }

    @Test
    void keeps_every_field_of_a_valid_source() {
        // GIVEN valid fields, the date inferred and explained
        // WHEN the source is built
        Source source = Source.builder("afp-osdh-2016-11-29")
                .publisher("AFP, citing OSDH")
                .document("Aleppo article")
                .inferred(PRINTED, "« hier » is Mon 28 Nov")
                .textFile("seeds/000_59a92f6e1361203d.txt")
                .build();

        // THEN the fields are kept as given
        assertThat(source.id()).isEqualTo("afp-osdh-2016-11-29");
        assertThat(source.dateBasis()).isEqualTo(DateBasis.INFERRED);
        assertThat(source.textFile()).contains("seeds/000_59a92f6e1361203d.txt");
    }

    @ParameterizedTest(name = "id ''{0}''")
    @ValueSource(strings = {"AFP", "afp_osdh", "-afp", "afp-", "afp osdh", "", " afp", "afp.2016", "é"})
    void rejects_an_id_that_is_not_lower_case_letters_digits_and_inner_hyphens(String id) {
        // GIVEN a malformed id
        // WHEN the source is built THEN the message names the field, the rule and the value
        assertThatThrownBy(() -> withId(id))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("Source.id", "lower-case letters, digits and inner hyphens", "'" + id + "'");
    }

    @Test
    void rejects_an_id_longer_than_128_characters() {
        // GIVEN an id of 129 letters
        String id = "a".repeat(129);

        // WHEN the source is built THEN the message names the field and the value
        assertThatThrownBy(() -> withId(id))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("Source.id", "lower-case", id);
    }

    @Test
    void accepts_an_id_of_exactly_128_characters() {
        // GIVEN an id of 128 letters
        String id = "a".repeat(128);

        // WHEN the source is built THEN it keeps the id
        assertThat(withId(id).id()).isEqualTo(id);
    }

    @Test
    void rejects_a_null_id_as_a_misuse_of_the_api() {
        // GIVEN no id
        // WHEN the source is built THEN the builder refuses it as a null argument, naming it
        assertThatThrownBy(() -> withId(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("id");
    }

    @ParameterizedTest(name = "publisher ''{0}''")
    @CsvSource(
            value = {
                "'', must not be empty",
                "'   ', must not be empty",
                "' AFP', must not start or end with spaces",
                "'AFP ', must not start or end with spaces",
            })
    void rejects_a_blank_or_padded_publisher(String publisher, String rule) {
        // GIVEN a publisher that is blank or has surrounding spaces
        // WHEN the source is built THEN the message names the field, the rule and the value
        assertThatThrownBy(() -> Source.builder("afp")
                        .publisher(publisher)
                        .document("doc")
                        .published(PRINTED)
                        .build())
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("Source.publisher", rule, "'" + publisher + "'");
    }

    @Test
    void rejects_a_blank_document() {
        // GIVEN a blank document
        // WHEN the source is built THEN the message names the field and the rule
        assertThatThrownBy(() -> Source.builder("afp")
                        .publisher("AFP")
                        .document(" ")
                        .published(PRINTED)
                        .build())
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("Source.document", "must not be empty", "' '");
    }

    @Test
    void rejects_a_blank_text_file() {
        // GIVEN a text file given but blank
        // WHEN the source is built THEN the message names the field and the rule
        assertThatThrownBy(() -> Source.builder("afp")
                        .publisher("AFP")
                        .document("doc")
                        .published(PRINTED)
                        .textFile("")
                        .build())
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("Source.textFile", "must not be empty", "''");
    }

    @ParameterizedTest(name = "note ''{0}''")
    @ValueSource(strings = {"", "  "})
    void rejects_an_inferred_date_without_a_note(String note) {
        // GIVEN a date inferred but no note on how
        // WHEN the source is built THEN the message names the field, the rule and the source
        assertThatThrownBy(() -> Source.builder("afp-osdh")
                        .publisher("AFP")
                        .document("doc")
                        .inferred(PRINTED, note)
                        .build())
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("Source.note", "INFERRED", "'afp-osdh'");
    }

    @Test
    void accepts_a_stated_date_without_a_note() {
        // GIVEN a stated date and an empty note
        // WHEN the source is built
        Source source = withId("afp");

        // THEN the empty note is kept
        assertThat(source.note()).isEmpty();
    }
}
