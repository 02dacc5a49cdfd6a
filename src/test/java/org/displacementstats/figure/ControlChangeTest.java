package org.displacementstats.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.displacementstats.DisplacementDataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ControlChangeTest {
    private static final Place MASSAKEN_HANANO = Place.of("Massaken Hanano", PlaceKind.NEIGHBOURHOOD);
    private static final LocalDate SATURDAY = LocalDate.of(2016, 11, 26);

    @Test
    void keeps_who_held_the_place_and_who_took_it() {
        // GIVEN the capture of Massaken Hanano by the army
        // WHEN the control change is built
        ControlChange change = new ControlChange(
                "massaken-hanano-captured", MASSAKEN_HANANO, "rebels", "army", SATURDAY, Fixtures.STATED);

        // THEN it keeps both parties and the day
        assertThat(change.from()).isEqualTo("rebels");
        assertThat(change.to()).isEqualTo("army");
        assertThat(change.date()).isEqualTo(SATURDAY);
    }

    @Test
    void rejects_a_place_passing_to_the_party_that_held_it() {
        // GIVEN the same party before and after
        // WHEN the control change is built THEN the message names the fields, the rule and the party
        assertThatThrownBy(() -> new ControlChange(
                        "massaken-hanano-captured", MASSAKEN_HANANO, "army", "army", SATURDAY, Fixtures.STATED))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll(
                        "ControlChange.to",
                        "must differ from ControlChange.from",
                        "'army'",
                        "'massaken-hanano-captured'");
    }

    @ParameterizedTest(name = "id ''{0}''")
    @ValueSource(strings = {"", "Massaken", "massaken hanano", "massaken-"})
    void rejects_an_id_that_is_not_an_id(String id) {
        // GIVEN a malformed id
        // WHEN the control change is built THEN the message names the field, the rule and the value
        assertThatThrownBy(() -> new ControlChange(id, MASSAKEN_HANANO, "rebels", "army", SATURDAY, Fixtures.STATED))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("ControlChange.id", "lower-case", "'" + id + "'");
    }

    @ParameterizedTest(name = "from ''{0}'' to ''{1}''")
    @CsvSource({
        "'',       army,   ControlChange.from, ''",
        "' ',      army,   ControlChange.from, ' '",
        "rebels,   '',     ControlChange.to,   ''",
        "rebels,   'army ', ControlChange.to,  'army '",
    })
    void rejects_a_blank_or_padded_party(String from, String to, String field, String shown) {
        // GIVEN a party that is blank or padded
        // WHEN the control change is built THEN the message names the field and the value
        assertThatThrownBy(() -> new ControlChange("c", MASSAKEN_HANANO, from, to, SATURDAY, Fixtures.STATED))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll(field, "'" + shown + "'");
    }
}
