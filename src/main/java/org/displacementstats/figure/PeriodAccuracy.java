package org.displacementstats.figure;

/**
 * How precisely a period's dates are known.
 *
 * <p>Immutable and safe to share between threads.
 */
public enum PeriodAccuracy {
    /** Both dates are known to the day (printed, or inferred from « hier », « samedi »). */
    DAY,
    /** The dates bound a vaguer phrase (« ces derniers jours », "late November"). */
    APPROXIMATE
}
