package org.displacementstats.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.displacementstats.provenance.Ids;

/**
 * A text with the mentions found in it, as {@link Extraction} writes them.
 *
 * @param sourceId the id its mentions and draft figures are given ({@code lci-2016-11-27})
 * @param name the file name it was read from, or {@code -} for standard input
 * @param text its whole text
 * @param mentions the mentions found in it
 * @param fallbackDate the date the draft source gets when the text prints none (the file's date)
 */
public record ExtractedText(String sourceId, String name, String text, List<Mention> mentions,
        LocalDate fallbackDate) {

    /**
     * Checks the id and copies the list.
     *
     * @param sourceId the id its mentions and draft figures are given
     * @param name the file name it was read from
     * @param text its whole text
     * @param mentions the mentions found in it
     * @param fallbackDate the date the draft source gets when the text prints none
     */
    public ExtractedText {
        Ids.requireId("ExtractedText.sourceId", sourceId);
        Objects.requireNonNull(name, "ExtractedText.name");
        Objects.requireNonNull(text, "ExtractedText.text");
        mentions = List.copyOf(mentions);
        Objects.requireNonNull(fallbackDate, "ExtractedText.fallbackDate");
    }
}
