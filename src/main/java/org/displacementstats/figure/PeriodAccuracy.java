package org.displacementstats.figure;

import java.util.Locale;

/**
 * How precisely a period's dates are known.
 *
 * <p>Immutable and safe to share between threads.
 */
public enum PeriodAccuracy {
    /** Both dates are known to the day (printed, or inferred from « hier », « samedi »). */
    DAY,
    /** The dates bound a vaguer phrase (« ces derniers jours », "late November"). */
    APPROXIMATE;

    /** Made once: asked for every figure a big import writes. */
    private final String csvName = name().toLowerCase(Locale.ROOT);

    /**
     * The name used in CSV files: the constant's name in lower case ({@code approximate}).
     *
     * @return the CSV name
     */
    public String csvName() {
        return csvName;
    }
}
