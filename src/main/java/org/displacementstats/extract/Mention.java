package org.displacementstats.extract;

import java.util.Objects;
import org.displacementstats.figure.Count;
import org.displacementstats.internal.Ids;
import org.displacementstats.provenance.Quote;

/**
 * One occurrence of a displacement figure in a text.
 *
 * @param id the mention's id in its text ({@code m1}, {@code m2}, … in text order)
 * @param claim the claim it states; occurrences of the same number in the same text (a headline and its body)
 *     share one claim
 * @param numberStart code-point offset of the number's first code point (for a range, of the first number)
 * @param numberEnd code-point offset just past the number (for a range, past the second number)
 * @param quote the clause or sentence that holds the number, as a text quote and position selector
 * @param count the number with its quantifier (« près de » is NEARLY, « entre … et … » BETWEEN, « des milliers »
 *     VAGUE)
 * @param kind stock, flow or unknown
 * @param what what the people did or are: fled, displaced, arrived, returned, evacuated, residents, remaining,
 *     registered, hosted, refugees, or {@code unknown}
 * @param unit people or households, as counted by the text
 * @param hints place, origin, destination, period and attribution as the words around say them
 */
public record Mention(
        String id,
        String claim,
        int numberStart,
        int numberEnd,
        Quote quote,
        Count count,
        Kind kind,
        String what,
        Unit unit,
        Hints hints) {

    /**
     * Checks the ids and that the number lies inside its quote.
     *
     * @param id the mention's id in its text
     * @param claim the claim it states
     * @param numberStart code-point offset of the number's first code point
     * @param numberEnd code-point offset just past the number
     * @param quote the clause or sentence that holds the number
     * @param count the number with its quantifier
     * @param kind stock, flow or unknown
     * @param what what the people did or are
     * @param unit people or households
     * @param hints place, origin, destination, period and attribution
     */
    public Mention {
        Ids.requireId("Mention.id", id);
        Ids.requireId("Mention.claim", claim);
        Objects.requireNonNull(quote, "Mention.quote");
        Objects.requireNonNull(count, "Mention.count");
        Objects.requireNonNull(kind, "Mention.kind");
        Ids.requireText("Mention.what", what);
        Objects.requireNonNull(unit, "Mention.unit");
        Objects.requireNonNull(hints, "Mention.hints");
        if (numberStart < quote.start() || numberEnd > quote.end() || numberStart >= numberEnd) {
            throw new IllegalArgumentException("Mention number " + numberStart + ".." + numberEnd
                    + " must lie inside its quote " + quote.start() + ".." + quote.end());
        }
    }
}
