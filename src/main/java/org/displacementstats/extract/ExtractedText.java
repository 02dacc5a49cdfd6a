package org.displacementstats.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.displacementstats.internal.Ids;

/**
 * A text with the mentions found in it, as {@link Extraction} writes them.
 *
 * @param sourceId the id its mentions and draft figures are given ({@code lci-2016-11-27})
 * @param name the file name it was read from, or {@code -} for standard input
 * @param text its whole text
 * @param mentions the mentions found in it
 * @param published the day the text was published, when the analyst gives it ({@code extract --date}); else the
 *     draft dataset takes the first full date the text prints, and refuses a text that prints none
 */
public record ExtractedText(
        String sourceId, String name, String text, List<Mention> mentions, Optional<LocalDate> published) {

    /**
     * Checks the id and copies the list.
     *
     * @param sourceId the id its mentions and draft figures are given
     * @param name the file name it was read from
     * @param text its whole text
     * @param mentions the mentions found in it
     * @param published the day the text was published, if the analyst gave it
     */
    public ExtractedText {
        Ids.requireId("ExtractedText.sourceId", sourceId);
        Objects.requireNonNull(name, "ExtractedText.name");
        Objects.requireNonNull(text, "ExtractedText.text");
        mentions = List.copyOf(mentions);
        Objects.requireNonNull(published, "ExtractedText.published");
    }
}
