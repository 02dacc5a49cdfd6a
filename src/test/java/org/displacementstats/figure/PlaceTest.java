package org.displacementstats.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        assertThatThrownBy(() -> Place.controlled("Alep", PlaceKind.CITY, controller))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("Place.controlledBy", rule, "'" + controller + "'");
    }

    @ParameterizedTest(name = "''{0}'' vs ''{1}''")
    @CsvSource({
        "a,            b,            -1",
        "b,            a,            1",
        "Alep,         Alep,         0",
        "'',           '',           0",
        "Alep,         Alep-Est,     -1",
        "Alep-Est,     Alep,         1",
        "Zone,         alep,         -1",
        // U+FFDA against U+1D400 (a surrogate pair, escaped for the compiler): UTF-16 units put the pair first
        "\uFFDA,       \uD835\uDC00, -1",
        "x\uD835\uDC00, x\uFFDA,      1",
        // after a pair, the next characters are compared
        "\uD835\uDC00b, \uD835\uDC00a, 1",
        "\uD835\uDC00, \uD835\uDC00a, -1",
    })
    void names_are_ordered_by_code_point(String a, String b, int sign) {
        // GIVEN two names

        int order = Place.NAME_ORDER.compare(a, b);

        assertThat(Integer.signum(order)).isEqualTo(sign);
    }

    @Test
    void places_with_the_same_name_kind_and_controller_are_equal() {
        assertThat(Place.controlled("Afrin", PlaceKind.CITY, "Kurdish forces"))
                .isEqualTo(Place.controlled("Afrin", PlaceKind.CITY, "Kurdish forces"))
                .hasSameHashCodeAs(Place.controlled("Afrin", PlaceKind.CITY, "Kurdish forces"))
                .isNotEqualTo(Place.of("Afrin", PlaceKind.CITY))
                .isNotEqualTo(Place.controlled("Afrin", PlaceKind.DISTRICT, "Kurdish forces"))
                .hasToString("Place[name=Afrin, kind=CITY, controlledBy=Optional[Kurdish forces]]");
        assertThatThrownBy(() -> Place.controlled("Afrin", PlaceKind.CITY, null))
                .isInstanceOf(NullPointerException.class);
    }
}
