package org.displacementstats.io;

import java.util.Locale;
import java.util.Optional;

/**
 * The population types of UNHCR's population statistics, and how each becomes a figure. Year-end stocks stand
 * in the country of asylum; returns and solutions are flows during the year. This mapping is explicit: a code
 * not listed here is never read as people.
 */
enum PopulationType {
    /** Refugees under UNHCR's mandate: a stock in the country of asylum. */
    REF("refugees", Movement.STOCK),
    /** Asylum-seekers (pending cases): a stock. */
    ASY("asylum-seekers", Movement.STOCK),
    /** Internally displaced persons (origin = asylum): a stock. */
    IDP("idps", Movement.STOCK),
    /** Others of concern: a stock. */
    OOC("others of concern", Movement.STOCK),
    /** Stateless persons: a stock. */
    STA("stateless persons", Movement.STOCK),
    /** Other people in need of international protection: a stock. */
    OIP("other people in need of international protection", Movement.STOCK),
    /** Refugees who returned during the year: a flow from the country of asylum back to the origin. */
    RET("returned refugees", Movement.BACK),
    /** IDPs who returned during the year: a flow within the country. */
    RDP("returned idps", Movement.WITHIN),
    /** Refugees resettled during the year: a flow out of the country of asylum, to a country not stated. */
    RST("resettled refugees", Movement.OUT),
    /** Refugees naturalised during the year: they leave the refugee stock without moving. */
    NAT("naturalised refugees", Movement.OUT);

    /** How the figure of a population type runs between the country of origin and of asylum. */
    enum Movement {
        /** A stock in the country of asylum at the year's end. */
        STOCK,
        /** A flow from the origin into the country of asylum during the year. */
        IN,
        /** A flow from the country of asylum back to the origin. */
        BACK,
        /** A flow within one country (origin = asylum). */
        WITHIN,
        /** A flow out of the country of asylum, destination not stated. */
        OUT
    }

    private final String what;
    private final Movement movement;

    PopulationType(String what, Movement movement) {
        this.what = what;
        this.movement = movement;
    }

    String what() {
        return what;
    }

    Movement movement() {
        return movement;
    }

    static Optional<PopulationType> ofCode(String code) {
        for (PopulationType t : values()) {
            if (t.name().equals(code.strip().toUpperCase(Locale.ROOT))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
