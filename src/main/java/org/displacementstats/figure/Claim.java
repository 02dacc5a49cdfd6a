package org.displacementstats.figure;

import java.util.List;
import java.util.Objects;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.internal.Ids;
import org.displacementstats.provenance.Quote;
import org.displacementstats.provenance.Source;

/**
 * One source's statement of a quantity (LCI's « au moins 10.000 » about the people who fled east Aleppo).
 * A source that repeats the same number (headline and body) makes one claim with several quotes.
 *
 * <p>Immutable and safe to share between threads.
 *
 * @param id unique id among the dataset's claims
 * @param figureId the id of the figure whose quantity the claim is about
 * @param role whether the claim feeds totals or is shown for triangulation
 * @param count the count as this source states it
 * @param source the source
 * @param quotes the source's words, at least one
 */
public record Claim(String id, String figureId, ClaimRole role, Count count, Source source, List<Quote> quotes) {

    /**
     * Validates the fields; a claim needs a number and at least one quote.
     *
     * @param id unique id among the dataset's claims
     * @param figureId the id of the figure whose quantity the claim is about
     * @param role whether the claim feeds totals or is shown for triangulation
     * @param count the count as this source states it
     * @param source the source
     * @param quotes the source's words, at least one
     */
    public Claim {
        Ids.requireId("Claim.id", id);
        Ids.requireId("Claim.figureId", figureId);
        Objects.requireNonNull(role, "Claim.role");
        Objects.requireNonNull(count, "Claim.count");
        Objects.requireNonNull(source, "Claim.source");
        Objects.requireNonNull(quotes, "Claim.quotes");
        quotes = List.copyOf(quotes);
        if (count.quantifier() == Quantifier.VAGUE) {
            throw new DisplacementDataException(
                    "Claim.count must have a number (not VAGUE) to be reconciled but claim '" + id + "' is " + count);
        }
        if (quotes.isEmpty()) {
            throw new DisplacementDataException(
                    "Claim.quotes must hold at least one quote but claim '" + id + "' has none");
        }
    }
}
