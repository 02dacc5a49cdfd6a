package org.displacementstats.extract;

import java.util.Locale;

/** What a mention's number counts. Households are never turned into people by a household size. */
public enum Unit {
    /** People: « personnes », "civilians", "residents", « d'entre eux ». */
    PEOPLE,
    /** Households: « familles », « ménages », "families", "households". */
    HOUSEHOLDS;

    /** @return the name in CSV files: {@code people}, {@code households} */
    public String csvName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
