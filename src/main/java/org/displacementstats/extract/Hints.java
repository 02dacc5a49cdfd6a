package org.displacementstats.extract;

import java.util.Objects;
import java.util.Optional;

/**
 * What the words around a number say of the figure, as printed, for the analyst to confirm: the place of a stock,
 * the origin (« de », « ont quitté », "from", "fled") and destination (« vers », "to", "into") of a flow, the period
 * (« les deux derniers jours », "on Monday") and who states the number (« selon l'OSDH », "the UN said").
 *
 * @param place where a stock is
 * @param origin where a flow comes from
 * @param destination where a flow goes
 * @param period when, as the text says it
 * @param attribution who states the number
 */
public record Hints(
        Optional<String> place,
        Optional<String> origin,
        Optional<String> destination,
        Optional<String> period,
        Optional<String> attribution) {

    /** No hint at all. */
    public static final Hints NONE =
            new Hints(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /**
     * Requires every field to be present or empty, never null.
     *
     * @param place where a stock is
     * @param origin where a flow comes from
     * @param destination where a flow goes
     * @param period when, as the text says it
     * @param attribution who states the number
     */
    public Hints {
        Objects.requireNonNull(place, "Hints.place");
        Objects.requireNonNull(origin, "Hints.origin");
        Objects.requireNonNull(destination, "Hints.destination");
        Objects.requireNonNull(period, "Hints.period");
        Objects.requireNonNull(attribution, "Hints.attribution");
    }
}
