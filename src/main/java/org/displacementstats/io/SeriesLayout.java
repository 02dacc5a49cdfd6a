package org.displacementstats.io;

import java.util.Objects;
import java.util.Optional;
import org.displacementstats.figure.PlaceKind;
import org.displacementstats.internal.Ids;

/**
 * What a {@code date;count} series counts, which the file itself does not say.
 *
 * @param place where the people counted are (default: the file's name without extension)
 * @param kind what sort of place it is
 * @param what what is counted
 * @param origin where they came from, if known; the derived changes are flows from it into {@code place}
 */
public record SeriesLayout(Optional<String> place, PlaceKind kind, String what, Optional<String> origin) {

    /**
     * Validates the fields.
     *
     * @param place where the people counted are (default: the file's name without extension)
     * @param kind what sort of place it is
     * @param what what is counted
     * @param origin where they came from, if known; the derived changes are flows from it into {@code place}
     */
    public SeriesLayout {
        Objects.requireNonNull(place, "SeriesLayout.place");
        place.ifPresent(p -> Ids.requireText("SeriesLayout.place", p));
        Objects.requireNonNull(kind, "SeriesLayout.kind");
        Ids.requireText("SeriesLayout.what", what);
        Objects.requireNonNull(origin, "SeriesLayout.origin");
        origin.ifPresent(o -> Ids.requireText("SeriesLayout.origin", o));
    }

    /** @return people counted cumulatively in a place named after the file, origin not stated */
    public static SeriesLayout defaults() {
        return new SeriesLayout(Optional.empty(), PlaceKind.REGION, "people (cumulative count)", Optional.empty());
    }

    /**
     * @param name where the people counted are
     * @param placeKind what sort of place it is
     * @return this layout for that place
     */
    public SeriesLayout in(String name, PlaceKind placeKind) {
        return new SeriesLayout(Optional.of(name), placeKind, what, origin);
    }
}
