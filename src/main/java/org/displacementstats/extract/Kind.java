package org.displacementstats.extract;

import java.util.Locale;

/** Whether a mention counts people present somewhere (a stock), people who moved (a flow), or cannot tell. */
public enum Kind {
    /** People present at a place: « habitants », "residents", "remain trapped". */
    STOCK,
    /** People who moved: « ont fui », "were displaced", "arrived". */
    FLOW,
    /** The words around the number do not say. */
    UNKNOWN;

    /** @return the name in CSV files: {@code stock}, {@code flow}, {@code unknown} */
    public String csvName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
