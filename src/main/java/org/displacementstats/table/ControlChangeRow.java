package org.displacementstats.table;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.displacementstats.figure.PlaceKind;

/**
 * One row of {@link SummaryTables#controlChanges()}: who took which place, when, with the source's words.
 *
 * @param id the change's id
 * @param date the day of the change
 * @param place the place's name
 * @param placeKind what kind of place it is
 * @param from who held it
 * @param to who took it
 * @param source the source's id, if any
 * @param quote the source's exact words, if quoted
 */
public record ControlChangeRow(
        String id,
        LocalDate date,
        String place,
        PlaceKind placeKind,
        String from,
        String to,
        Optional<String> source,
        Optional<String> quote) {
    /** Column {@value}: the change's id. */
    public static final String ID = "id";
    /** Column {@value}: the day of the change. */
    public static final String DATE = "date";
    /** Column {@value}: the place's name. */
    public static final String PLACE = "place";
    /** Column {@value}: the place's kind in lower case. */
    public static final String PLACE_KIND = "place_kind";
    /** Column {@value}: who held the place. */
    public static final String FROM = "from";
    /** Column {@value}: who took it. */
    public static final String TO = "to";
    /** Column {@value}: the source's id. */
    public static final String SOURCE = "source";
    /** Column {@value}: the source's exact words. */
    public static final String QUOTE = "quote";

    /** The columns of {@code control-changes}, in order. */
    public static final Columns<ControlChangeRow> COLUMNS = Columns.<ControlChangeRow>named("control-changes")
            .text(ID, ControlChangeRow::id)
            .date(DATE, ControlChangeRow::date)
            .text(PLACE, ControlChangeRow::place)
            .text(PLACE_KIND, r -> r.placeKind().name().toLowerCase(Locale.ROOT))
            .text(FROM, ControlChangeRow::from)
            .text(TO, ControlChangeRow::to)
            .optionalText(SOURCE, ControlChangeRow::source)
            .optionalText(QUOTE, ControlChangeRow::quote)
            .build();

    /**
     * Checks that nothing is null.
     *
     * @param id the change's id
     * @param date the day of the change
     * @param place the place's name
     * @param placeKind what kind of place it is
     * @param from who held it
     * @param to who took it
     * @param source the source's id, if any
     * @param quote the source's exact words, if quoted
     */
    public ControlChangeRow {
        for (Object component : new Object[] {id, date, place, placeKind, from, to, source, quote}) {
            Objects.requireNonNull(component, "ControlChangeRow components are never null");
        }
    }
}
