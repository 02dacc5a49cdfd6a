package org.displacementstats.figure;

/**
 * What sort of place a {@link Place} is.
 *
 * <p>Immutable and safe to share between threads.
 */
public enum PlaceKind {
    /** A country. */
    COUNTRY,
    /** A first- or second-level administrative area, or a region. */
    REGION,
    /** A city or town. */
    CITY,
    /** A part of a city (« Alep-Est », "north-east Aleppo"). */
    DISTRICT,
    /** A quarter of a city (« Massaken Hanano »). */
    NEIGHBOURHOOD,
    /** A small area held by one party inside another's (« l'enclave de Cheikh Maqsoud »). */
    ENCLAVE,
    /** The areas held by one party, not a named place (« les zones gouvernementales »). */
    AREAS_HELD
}
