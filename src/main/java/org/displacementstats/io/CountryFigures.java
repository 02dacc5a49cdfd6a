package org.displacementstats.io;

import java.time.LocalDate;
import java.util.Optional;
import org.displacementstats.figure.Count;
import org.displacementstats.figure.Flow;
import org.displacementstats.figure.Period;
import org.displacementstats.figure.Place;
import org.displacementstats.figure.Stock;
import org.displacementstats.io.PopulationType.Movement;
import org.displacementstats.provenance.Evidence;

/**
 * The figure of one value of an origin × asylum table (UNHCR): a stock in the country of asylum at the period's
 * end, or a flow between the two countries over the period, as the column's {@link Movement} says.
 */
final class CountryFigures {
    private CountryFigures() {}

    /**
     * @param row the row
     * @param index the value's column
     * @param field the value's column name
     * @param id the figure's id (unique in the file)
     * @param what what is counted
     * @param movement stock, or how the flow runs
     * @param origin the country of origin
     * @param asylum the country of asylum
     * @param period the period the value covers; a stock stands at its last day
     * @param count the value
     * @return the problem if the id was already read, else empty
     */
    static Optional<Problem> add(
            ImportRow row,
            int index,
            String field,
            String id,
            String what,
            Movement movement,
            Place origin,
            Place asylum,
            Period period,
            Count count) {
        LocalDate end = period.end();
        row.date(end);
        return switch (movement) {
            case STOCK ->
                row.figure(
                        id,
                        index,
                        field,
                        e -> Stock.stated(id)
                                .what(what)
                                .in(asylum)
                                .count(count)
                                .on(end)
                                .evidence(e));
            case IN ->
                row.figure(id, index, field, e -> flow(id, what, origin, other(origin, asylum), period, count, e));
            case BACK ->
                row.figure(id, index, field, e -> flow(id, what, asylum, other(asylum, origin), period, count, e));
            case WITHIN ->
                row.figure(
                        id,
                        index,
                        field,
                        e -> flow(id, what + ", within the country", origin, Optional.empty(), period, count, e));
            case OUT -> row.figure(id, index, field, e -> flow(id, what, asylum, Optional.empty(), period, count, e));
        };
    }

    private static Flow flow(
            String id, String what, Place origin, Optional<Place> destination, Period period, Count count, Evidence e) {
        return ImportRow.flow(id, what, origin, destination, period, count).evidence(e);
    }

    /** The destination, unless it is the origin itself (a flow within one country has none). */
    private static Optional<Place> other(Place from, Place to) {
        return from.name().equals(to.name()) ? Optional.empty() : Optional.of(to);
    }
}
