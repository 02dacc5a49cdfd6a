package org.displacementstats.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.displacementstats.DisplacementDataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceTest {

    @Test
    void controlled_keeps_who_controls_the_place() {
        // GIVEN the Kurdish-held enclave
        // WHEN the place is built
        Place place = Place.controlled("Cheikh Maqsoud", PlaceKind.ENCLAVE, "Kurdish forces");

        // THEN it keeps the name as written and the controller
        assertThat(place.name()).isEqualTo("Cheikh Maqsoud");
        assertThat(place.controlledBy()).contains("Kurdish forces");
    }

    @Test
    void of_records_no_controller() {
        // GIVEN a place whose controller the source does not give
        // WHEN the place is built THEN it has none
        assertThat(Place.of("Alep-Est", PlaceKind.DISTRICT).controlledBy()).isEmpty();
    }

    @ParameterizedTest(name = "name ''{0}''")
    @CsvSource({
        "'',              must not be empty",
        "'  ',            must not be empty",
        "' Alep-Est',     must not start or end with spaces",
        "'Alep-Est ',     must not start or end with spaces",
    })
    void rejects_a_blank_or_padded_name(String name, String rule) {
        // GIVEN a blank or padded name
        // WHEN the place is built THEN the message names the field, the rule and the value
        assertThatThrownBy(() -> Place.of(name, PlaceKind.DISTRICT))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("Place.name", rule, "'" + name + "'");
    }

    @ParameterizedTest(name = "controller ''{0}''")
    @CsvSource({
        "'',          must not be empty",
        "' army',     must not start or end with spaces",
    })
    void rejects_a_blank_or_padded_controller(String controller, String rule) {
        // GIVEN a controller given but blank or padded
        // WHEN the place is built THEN the message names the field, the rule and the value
        assertThatThrownBy(() -> new Place("Alep", PlaceKind.CITY, Optional.of(controller)))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("Place.controlledBy", rule, "'" + controller + "'");
    }
}
