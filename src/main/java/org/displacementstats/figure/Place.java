package org.displacementstats.figure;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.displacementstats.internal.Ids;

/**
 * A place people live in or move to, with who controls it at the time of the figures. Built with {@link #of} or
 * {@link #controlled}; equal places have equal names, kinds and controllers.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class Place {
    /**
     * Orders names by Unicode code point, whatever the locale (String.compareTo orders UTF-16 units, which
     * differs for characters outside the Basic Multilingual Plane): the order of every table and report row.
     */
    public static final Comparator<String> NAME_ORDER = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    };

    private final String name;
    private final PlaceKind kind;
    private final Optional<String> controlledBy;

    private Place(String name, PlaceKind kind, Optional<String> controlledBy) {
        Ids.requireText("Place.name", name);
        Objects.requireNonNull(kind, "Place.kind");
        controlledBy.ifPresent(c -> Ids.requireText("Place.controlledBy", c));
        this.name = name;
        this.kind = kind;
        this.controlledBy = controlledBy;
    }

    /**
     * A place whose controller is not recorded.
     *
     * @param name the name
     * @param kind the kind
     * @return the place
     */
    public static Place of(String name, PlaceKind kind) {
        return new Place(name, kind, Optional.empty());
    }

    /**
     * A place held by {@code controlledBy}.
     *
     * @param name the name
     * @param kind the kind
     * @param controlledBy who controls it
     * @return the place
     */
    public static Place controlled(String name, PlaceKind kind, String controlledBy) {
        return new Place(name, kind, Optional.of(Objects.requireNonNull(controlledBy, "Place.controlledBy")));
    }

    /** @return the name as the source writes it (« Cheikh Maqsoud ») */
    public String name() {
        return name;
    }

    /** @return what sort of place it is */
    public PlaceKind kind() {
        return kind;
    }

    /** @return who controls it ("Kurdish forces"), if the source says or implies it */
    public Optional<String> controlledBy() {
        return controlledBy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Place p && name.equals(p.name) && kind == p.kind && controlledBy.equals(p.controlledBy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, kind, controlledBy);
    }

    /** @return the place as a record would print it: {@code Place[name=Afrin, kind=CITY, controlledBy=...]} */
    @Override
    public String toString() {
        return "Place[name=" + name + ", kind=" + kind + ", controlledBy=" + controlledBy + "]";
    }
}
