package org.displacementstats.extract;

import java.util.Objects;
import java.util.Optional;

/**
 * What the words around a number say of the figure, as printed, for the analyst to confirm: the place of a stock,
 * the origin (« de », « ont quitté », "from", "fled") and destination (« vers », "to", "into") of a flow, the period
 * (« les deux derniers jours », "on Monday") and who states the number (« selon l'OSDH », "the UN said"). The
 * extractor finds them ({@link Mention#hints()}); equal hints have equal parts.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class Hints {
    /** No hint at all. */
    public static final Hints NONE =
            new Hints(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    private final Optional<String> place;
    private final Optional<String> origin;
    private final Optional<String> destination;
    private final Optional<String> period;
    private final Optional<String> attribution;

    /** Each part present or empty, never null. */
    Hints(
            Optional<String> place,
            Optional<String> origin,
            Optional<String> destination,
            Optional<String> period,
            Optional<String> attribution) {
        this.place = Objects.requireNonNull(place, "Hints.place");
        this.origin = Objects.requireNonNull(origin, "Hints.origin");
        this.destination = Objects.requireNonNull(destination, "Hints.destination");
        this.period = Objects.requireNonNull(period, "Hints.period");
        this.attribution = Objects.requireNonNull(attribution, "Hints.attribution");
    }

    /** @return where a stock is */
    public Optional<String> place() {
        return place;
    }

    /** @return where a flow comes from */
    public Optional<String> origin() {
        return origin;
    }

    /** @return where a flow goes */
    public Optional<String> destination() {
        return destination;
    }

    /** @return when, as the text says it */
    public Optional<String> period() {
        return period;
    }

    /** @return who states the number */
    public Optional<String> attribution() {
        return attribution;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Hints h
                && place.equals(h.place)
                && origin.equals(h.origin)
                && destination.equals(h.destination)
                && period.equals(h.period)
                && attribution.equals(h.attribution);
    }

    @Override
    public int hashCode() {
        return Objects.hash(place, origin, destination, period, attribution);
    }

    /** @return the hints as a record would print them: {@code Hints[place=..., origin=..., ...]} */
    @Override
    public String toString() {
        return "Hints[place=" + place + ", origin=" + origin + ", destination=" + destination + ", period=" + period
                + ", attribution=" + attribution + "]";
    }
}
