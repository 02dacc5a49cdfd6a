package org.displacementstats.provenance;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.internal.Ids;

/**
 * How a derived figure was computed: its formula and the ids of the figures it was computed from.
 *
 * <p>Immutable and safe to share between threads.
 *
 * @param formula the computation over input ids, as in {@code "fled-east-aleppo - fled-to-sheikh-maqsoud"}
 * @param inputs the ids of the input figures, in the order the formula names them
 */
public record Lineage(String formula, List<String> inputs) {

    /**
     * Checks that the formula is given and that every input is an id that the formula names.
     *
     * @param formula the computation over input ids, as in {@code "fled-east-aleppo - fled-to-sheikh-maqsoud"}
     * @param inputs the ids of the input figures, in the order the formula names them
     */
    public Lineage {
        Ids.requireText("Lineage.formula", formula);
        Objects.requireNonNull(inputs, "Lineage.inputs");
        inputs = List.copyOf(inputs);
        if (inputs.isEmpty()) {
            throw new DisplacementDataException(
                    "Lineage.inputs must name at least one figure but was empty" + " (formula '" + formula + "')");
        }
        for (String input : inputs) {
            Ids.requireId("Lineage.inputs", input);
            // A bare substring test would accept "fled" for "fled-east-aleppo"; the id must stand alone.
            if (!standsAlone(formula, input)) {
                throw new DisplacementDataException("Lineage.inputs must each appear in Lineage.formula '" + formula
                        + "' but '" + input + "' does not");
            }
        }
    }

    /**
     * The lineage of a difference {@code whole - part - part...}.
     *
     * @param whole the id of the figure subtracted from
     * @param parts the ids subtracted
     * @return the lineage
     */
    public static Lineage difference(String whole, List<String> parts) {
        StringBuilder formula = new StringBuilder(whole);
        parts.forEach(p -> formula.append(" - ").append(p));
        return new Lineage(formula.toString(), concat(whole, parts));
    }

    /**
     * The lineage of a ratio {@code numerator / denominator}.
     *
     * @param numerator the id of the numerator figure
     * @param denominator the id of the denominator figure
     * @return the lineage
     */
    public static Lineage ratio(String numerator, String denominator) {
        return new Lineage(numerator + " / " + denominator, List.of(numerator, denominator));
    }

    /** @return whether {@code id} occurs in {@code formula} with no letter, digit or hyphen either side */
    private static boolean standsAlone(String formula, String id) {
        for (int at = formula.indexOf(id); at >= 0; at = formula.indexOf(id, at + 1)) {
            int after = at + id.length();
            if ((at == 0 || !isIdChar(formula.charAt(at - 1)))
                    && (after == formula.length() || !isIdChar(formula.charAt(after)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isIdChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-';
    }

    private static List<String> concat(String first, List<String> rest) {
        var all = new ArrayList<String>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
