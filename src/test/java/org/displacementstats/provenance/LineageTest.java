package org.displacementstats.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.displacementstats.DisplacementDataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LineageTest {
    private static final String FORMULA = "fled-east-aleppo - fled-to-sheikh-maqsoud";

    @Test
    void keeps_the_formula_and_its_inputs_in_order() {
        // GIVEN a formula over two figures
        // WHEN the lineage is built
        Lineage lineage = new Lineage(FORMULA, List.of("fled-east-aleppo", "fled-to-sheikh-maqsoud"));

        // THEN formula and inputs are kept
        assertThat(lineage.formula()).isEqualTo(FORMULA);
        assertThat(lineage.inputs()).containsExactly("fled-east-aleppo", "fled-to-sheikh-maqsoud");
    }

    @Test
    void copies_the_inputs_so_later_changes_to_the_callers_list_do_not_show() {
        // GIVEN a mutable list of inputs
        List<String> inputs = new ArrayList<>(List.of("fled-east-aleppo"));
        Lineage lineage = new Lineage(FORMULA, inputs);

        // WHEN the caller changes its list
        inputs.add("fled-to-sheikh-maqsoud");

        // THEN the lineage still has one input
        assertThat(lineage.inputs()).containsExactly("fled-east-aleppo");
    }

    @Test
    void rejects_empty_inputs() {
        // GIVEN no inputs
        // WHEN the lineage is built THEN the message names the field, the rule and the formula
        assertThatThrownBy(() -> new Lineage(FORMULA, List.of()))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("Lineage.inputs", "at least one", "empty", FORMULA);
    }

    @Test
    void rejects_an_input_that_the_formula_does_not_name() {
        // GIVEN an input absent from the formula
        // WHEN the lineage is built THEN the message names the field, the rule and the input
        assertThatThrownBy(() -> new Lineage(FORMULA, List.of("fled-east-aleppo", "east-aleppo-population")))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("Lineage.inputs", "appear in Lineage.formula", "'east-aleppo-population'");
    }

    @ParameterizedTest(name = "input ''{0}''")
    @ValueSource(strings = {"fled", "east-aleppo", "aleppo", "sheikh-maqsoud"})
    void rejects_an_input_that_is_only_part_of_a_longer_id_in_the_formula(String input) {
        // GIVEN an id that occurs in the formula only inside another id
        // WHEN the lineage is built THEN it is rejected: the formula does not name that figure
        assertThatThrownBy(() -> new Lineage(FORMULA, List.of(input)))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("Lineage.inputs", "appear in Lineage.formula", "'" + input + "'");
    }

    @ParameterizedTest(name = "input ''{0}''")
    @ValueSource(strings = {"Fled-East-Aleppo", "fled_east", "-fled", "fled east"})
    void rejects_an_input_that_is_not_an_id(String input) {
        // GIVEN a malformed input, written into the formula so only its form is wrong
        String formula = input + " - fled-to-sheikh-maqsoud";

        // WHEN the lineage is built THEN the message names the field, the rule and the value
        assertThatThrownBy(() -> new Lineage(formula, List.of(input)))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("Lineage.inputs", "lower-case letters", "'" + input + "'");
    }

    @ParameterizedTest(name = "formula ''{0}''")
    @ValueSource(strings = {"", "   "})
    void rejects_a_blank_formula(String formula) {
        // GIVEN a blank formula
        // WHEN the lineage is built THEN the message names the field and the rule
        assertThatThrownBy(() -> new Lineage(formula, List.of("a")))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("Lineage.formula", "must not be empty", "'" + formula + "'");
    }

    @Test
    void difference_writes_the_whole_minus_each_part() {
        // GIVEN a whole and two parts
        // WHEN their difference's lineage is built
        Lineage lineage = Lineage.difference("east-aleppo-population", List.of("fled-east-aleppo", "died"));

        // THEN the formula subtracts each part and the inputs list the whole first
        assertThat(lineage.formula()).isEqualTo("east-aleppo-population - fled-east-aleppo - died");
        assertThat(lineage.inputs()).containsExactly("east-aleppo-population", "fled-east-aleppo", "died");
    }

    @Test
    void ratio_writes_the_numerator_over_the_denominator() {
        // GIVEN a numerator and a denominator
        // WHEN their ratio's lineage is built
        Lineage lineage = Lineage.ratio("fled-east-aleppo", "east-aleppo-population");

        // THEN the formula divides them and the inputs list them in order
        assertThat(lineage.formula()).isEqualTo("fled-east-aleppo / east-aleppo-population");
        assertThat(lineage.inputs()).containsExactly("fled-east-aleppo", "east-aleppo-population");
    }
}
