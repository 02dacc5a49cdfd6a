package org.displacementstats.table;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.displacementstats.figure.PlaceKind;

/**
 * One row of {@link SummaryTables#controlChanges()}: who took which place, when, with the source's words.
 *
 * <p>Built by {@link SummaryTables#controlChanges()}. Equal rows have equal fields.
 * Immutable and safe to share between threads.
 */
public final class ControlChangeRow {
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

    private final String id;
    private final LocalDate date;
    private final String place;
    private final PlaceKind placeKind;
    private final String from;
    private final String to;
    private final Optional<String> source;
    private final Optional<String> quote;

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
    ControlChangeRow(
            String id,
            LocalDate date,
            String place,
            PlaceKind placeKind,
            String from,
            String to,
            Optional<String> source,
            Optional<String> quote) {
        for (Object component : new Object[] {id, date, place, placeKind, from, to, source, quote}) {
            Objects.requireNonNull(component, "ControlChangeRow components are never null");
        }
        this.id = id;
        this.date = date;
        this.place = place;
        this.placeKind = placeKind;
        this.from = from;
        this.to = to;
        this.source = source;
        this.quote = quote;
    }

    /** @return the change's id */
    public String id() {
        return id;
    }

    /** @return the day of the change */
    public LocalDate date() {
        return date;
    }

    /** @return the place's name */
    public String place() {
        return place;
    }

    /** @return what kind of place it is */
    public PlaceKind placeKind() {
        return placeKind;
    }

    /** @return who held it */
    public String from() {
        return from;
    }

    /** @return who took it */
    public String to() {
        return to;
    }

    /** @return the source's id, if any */
    public Optional<String> source() {
        return source;
    }

    /** @return the source's exact words, if quoted */
    public Optional<String> quote() {
        return quote;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ControlChangeRow r
                && id.equals(r.id)
                && date.equals(r.date)
                && place.equals(r.place)
                && placeKind.equals(r.placeKind)
                && from.equals(r.from)
                && to.equals(r.to)
                && source.equals(r.source)
                && quote.equals(r.quote);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, date, place, placeKind, from, to, source, quote);
    }

    /** @return the row as a record would print it: {@code ControlChangeRow[id=..., ...]} */
    @Override
    public String toString() {
        return "ControlChangeRow[id=" + id + ", date=" + date + ", place=" + place + ", placeKind=" + placeKind
                + ", from=" + from + ", to=" + to + ", source=" + source + ", quote=" + quote + "]";
    }
}
