package org.displacementstats.table;

import java.util.Arrays;
import java.util.Optional;
import java.util.TreeSet;
import org.displacementstats.figure.Place;

/**
 * What a group of figures counts ({@link SummaryGroups}): a set of texts kept as {@code null}, one {@link String},
 * or, when there are several, an array sorted by {@link Place#NAME_ORDER} without two texts it orders alike. Most
 * groups count one kind of people or two, and a million groups should not hold a million sets.
 */
final class Whats {
    private Whats() {}

    /** @return the set {@code whats} with {@code what} added (the same object when it held it already) */
    static Object with(Object whats, String what) {
        if (whats == null || whats.equals(what)) {
            return what;
        }
        String[] several = whats instanceof String[] a ? a : new String[] {(String) whats};
        int at = Arrays.binarySearch(several, what, Place.NAME_ORDER);
        if (at >= 0) {
            return whats;
        }
        int insert = -at - 1;
        String[] more = new String[several.length + 1];
        System.arraycopy(several, 0, more, 0, insert);
        more[insert] = what;
        System.arraycopy(several, insert, more, insert + 1, several.length - insert);
        return more;
    }

    /** @return the texts of {@code whats}, in a set sorted by {@link Place#NAME_ORDER} */
    static TreeSet<String> set(Object whats) {
        TreeSet<String> set = new TreeSet<>(Place.NAME_ORDER);
        if (whats instanceof String one) {
            set.add(one);
        } else if (whats instanceof String[] several) {
            set.addAll(Arrays.asList(several));
        }
        return set;
    }

    /** @return the texts of {@code whats}, sorted, separated by {@code "; "}; a single text as it is; empty for none */
    static Optional<String> joined(Object whats) {
        if (whats instanceof String one) {
            return Optional.of(one);
        }
        return whats instanceof String[] several && several.length > 0
                ? Optional.of(String.join("; ", several))
                : Optional.empty();
    }
}
