package org.displacementstats.figure;

import java.time.LocalDate;
import java.util.Objects;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.internal.Ids;
import org.displacementstats.provenance.Evidence;

/**
 * A place passing from one party's control to another's on a day (« la capture samedi du quartier de
 * Massaken Hanano »).
 *
 * <p>Immutable and safe to share between threads.
 *
 * @param id unique id in the dataset
 * @param place the place
 * @param from who held it before
 * @param to who took it
 * @param date the day it changed hands
 * @param evidence the source and quote
 */
public record ControlChange(String id, Place place, String from, String to, LocalDate date, Evidence evidence) {

    /**
     * Validates the fields; a place cannot pass from a party to the same party.
     *
     * @param id unique id in the dataset
     * @param place the place
     * @param from who held it before
     * @param to who took it
     * @param date the day it changed hands
     * @param evidence the source and quote
     */
    public ControlChange {
        Ids.requireId("ControlChange.id", id);
        Objects.requireNonNull(place, "ControlChange.place");
        Ids.requireText("ControlChange.from", from);
        Ids.requireText("ControlChange.to", to);
        Objects.requireNonNull(date, "ControlChange.date");
        Objects.requireNonNull(evidence, "ControlChange.evidence");
        if (from.equals(to)) {
            throw new DisplacementDataException("ControlChange.to must differ from ControlChange.from but both are '"
                    + from + "' in control change '" + id + "'");
        }
    }
}
