package org.displacementstats.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.displacementstats.figure.Estimate;
import org.displacementstats.provenance.Lineage;

/** A derived figure's formula: ids joined by + and - ("fled-east-aleppo - fled-to-sheikh-maqsoud"). */
record Formula(String text, List<String> ids, List<Boolean> negated) {

    static Formula parse(String text, CsvRow row) {
        String[] tokens = text.trim().split("\\s+");
        List<String> ids = new ArrayList<>();
        List<Boolean> negated = new ArrayList<>();
        boolean expectId = true;
        boolean nextNegated = false;
        for (String token : tokens) {
            if (expectId) {
                if (!token.matches("[a-z0-9](?:[a-z0-9-]*[a-z0-9])?")) {
                    throw bad(text, row);
                }
                ids.add(token);
                negated.add(nextNegated);
            } else if (token.equals("+") || token.equals("-")) {
                nextNegated = token.equals("-");
            } else {
                throw bad(text, row);
            }
            expectId = !expectId;
        }
        if (expectId) {
            throw bad(text, row);
        }
        return new Formula(text, List.copyOf(ids), List.copyOf(negated));
    }

    Lineage lineage() {
        return new Lineage(text, ids);
    }

    /** Evaluates over the estimates of figures listed above this row. */
    Estimate evaluate(Map<String, Estimate> known, CsvRow row) {
        Estimate result = null;
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            Estimate e = known.get(id);
            if (e == null) {
                throw row.error(
                        "derived_as",
                        "must name only figures listed above this row, but '" + id + "' is not one",
                        text,
                        "fix the id or move this row below it");
            }
            if (e.point().isEmpty()) {
                throw row.error(
                        "derived_as",
                        "must not use a figure without a number, but '" + id + "' is vague",
                        text,
                        "remove it from the formula");
            }
            Estimate term = e;
            result = result == null ? term : negated.get(i) ? result.minus(term) : result.plus(term);
        }
        return result;
    }

    private static org.displacementstats.DisplacementDataException bad(String text, CsvRow row) {
        return row.error(
                "derived_as",
                "expected figure ids joined by ' + ' and ' - '",
                text,
                "write e.g. fled-east-aleppo - fled-to-sheikh-maqsoud");
    }
}
