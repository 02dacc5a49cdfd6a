package org.displacementstats.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.displacementstats.internal.Ids;

/**
 * A text with the mentions found in it, as {@link Extraction} writes them. Built with {@link #of}, then
 * {@link #publishedOn} when the analyst gives the day; equal texts have equal fields.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class ExtractedText {
    private final String sourceId;
    private final String name;
    private final String text;
    private final List<Mention> mentions;
    private final Optional<LocalDate> published;

    private ExtractedText(
            String sourceId, String name, String text, List<Mention> mentions, Optional<LocalDate> published) {
        Ids.requireId("ExtractedText.sourceId", sourceId);
        this.sourceId = sourceId;
        this.name = Objects.requireNonNull(name, "ExtractedText.name");
        this.text = Objects.requireNonNull(text, "ExtractedText.text");
        this.mentions = List.copyOf(mentions);
        this.published = published;
    }

    /**
     * A text whose publication day is not given: the draft dataset takes the first full date it prints.
     *
     * @param sourceId the id its mentions and draft figures are given ({@code lci-2016-11-27})
     * @param name the file name it was read from, or {@code -} for standard input
     * @param text its whole text
     * @param mentions the mentions found in it
     * @return the text
     */
    public static ExtractedText of(String sourceId, String name, String text, List<Mention> mentions) {
        return new ExtractedText(sourceId, name, text, mentions, Optional.empty());
    }

    /**
     * @param day the day the text was published ({@code extract --date})
     * @return this text, published that day
     */
    public ExtractedText publishedOn(LocalDate day) {
        return new ExtractedText(
                sourceId, name, text, mentions, Optional.of(Objects.requireNonNull(day, "ExtractedText.published")));
    }

    /** @return the id its mentions and draft figures are given ({@code lci-2016-11-27}) */
    public String sourceId() {
        return sourceId;
    }

    /** @return the file name it was read from, or {@code -} for standard input */
    public String name() {
        return name;
    }

    /** @return its whole text */
    public String text() {
        return text;
    }

    /** @return the mentions found in it */
    public List<Mention> mentions() {
        return mentions;
    }

    /**
     * @return the day the text was published, when the analyst gives it ({@code extract --date}); else the draft
     *     dataset takes the first full date the text prints, and refuses a text that prints none
     */
    public Optional<LocalDate> published() {
        return published;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExtractedText t
                && sourceId.equals(t.sourceId)
                && name.equals(t.name)
                && text.equals(t.text)
                && mentions.equals(t.mentions)
                && published.equals(t.published);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sourceId, name, text, mentions, published);
    }

    /** @return the text as a record would print it: {@code ExtractedText[sourceId=..., name=..., text=...]} */
    @Override
    public String toString() {
        return "ExtractedText[sourceId=" + sourceId + ", name=" + name + ", text=" + text + ", mentions=" + mentions
                + ", published=" + published + "]";
    }
}
