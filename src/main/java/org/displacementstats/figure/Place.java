package org.displacementstats.figure;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.displacementstats.internal.Ids;

/**
 * A place people live in or move to, with who controls it at the time of the figures.
 *
 * <p>Immutable and safe to share between threads.
 *
 * @param name the name as the source writes it (« Cheikh Maqsoud »)
 * @param kind what sort of place it is
 * @param controlledBy who controls it ("Kurdish forces"), if the source says or implies it
 */
public record Place(String name, PlaceKind kind, Optional<String> controlledBy) {

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

    /**
     * Checks that the name and the controller, if any, are non-blank text.
     *
     * @param name the name as the source writes it (« Cheikh Maqsoud »)
     * @param kind what sort of place it is
     * @param controlledBy who controls it ("Kurdish forces"), if the source says or implies it
     */
    public Place {
        Ids.requireText("Place.name", name);
        Objects.requireNonNull(kind, "Place.kind");
        Objects.requireNonNull(controlledBy, "Place.controlledBy");
        controlledBy.ifPresent(c -> Ids.requireText("Place.controlledBy", c));
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
        return new Place(name, kind, Optional.of(controlledBy));
    }
}
