package org.displacementstats.io;

import java.util.Objects;
import java.util.Optional;
import org.displacementstats.figure.PlaceKind;
import org.displacementstats.internal.Ids;

/**
 * What a {@code date;count} series counts, which the file itself does not say. Built from {@link #defaults()},
 * then {@link #in}, {@link #counting} and {@link #from}:
 * {@code SeriesLayout.defaults().in("Turkey", PlaceKind.COUNTRY).counting("registered Syrian refugees")
 * .from("Syria")}. Equal layouts have equal fields.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class SeriesLayout {
    private final Optional<String> place;
    private final PlaceKind kind;
    private final String what;
    private final Optional<String> origin;

    private SeriesLayout(Optional<String> place, PlaceKind kind, String what, Optional<String> origin) {
        place.ifPresent(p -> Ids.requireText("SeriesLayout.place", p));
        Objects.requireNonNull(kind, "SeriesLayout.kind");
        Ids.requireText("SeriesLayout.what", what);
        origin.ifPresent(o -> Ids.requireText("SeriesLayout.origin", o));
        this.place = place;
        this.kind = kind;
        this.what = what;
        this.origin = origin;
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
        return new SeriesLayout(
                Optional.of(Objects.requireNonNull(name, "SeriesLayout.place")), placeKind, what, origin);
    }

    /**
     * @param counted what is counted ("registered Syrian refugees")
     * @return this layout counting that
     */
    public SeriesLayout counting(String counted) {
        return new SeriesLayout(place, kind, counted, origin);
    }

    /**
     * @param originName where the people counted came from; the derived changes become flows from it
     * @return this layout with that origin
     */
    public SeriesLayout from(String originName) {
        return new SeriesLayout(
                place, kind, what, Optional.of(Objects.requireNonNull(originName, "SeriesLayout.origin")));
    }

    /** @return where the people counted are; when empty, the file's name without extension */
    public Optional<String> place() {
        return place;
    }

    /** @return what sort of place it is */
    public PlaceKind kind() {
        return kind;
    }

    /** @return what is counted */
    public String what() {
        return what;
    }

    /**
     * @return where they came from, if known; the derived changes are flows from it into {@link #place()}
     *     (from "origin not stated" when empty)
     */
    public Optional<String> origin() {
        return origin;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SeriesLayout s
                && place.equals(s.place)
                && kind == s.kind
                && what.equals(s.what)
                && origin.equals(s.origin);
    }

    @Override
    public int hashCode() {
        return Objects.hash(place, kind, what, origin);
    }

    /** @return the layout as a record would print it: {@code SeriesLayout[place=Optional[Turkey], ...]} */
    @Override
    public String toString() {
        return "SeriesLayout[place=" + place + ", kind=" + kind + ", what=" + what + ", origin=" + origin + "]";
    }
}
