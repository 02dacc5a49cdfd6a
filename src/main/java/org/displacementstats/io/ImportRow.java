package org.displacementstats.io;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.displacementstats.dataset.Expectation;
import org.displacementstats.figure.Count;
import org.displacementstats.figure.Figure;
import org.displacementstats.figure.Flow;
import org.displacementstats.figure.Period;
import org.displacementstats.figure.Place;
import org.displacementstats.internal.IsoDates;
import org.displacementstats.provenance.Evidence;
import org.displacementstats.provenance.Quote;

/** The figures of one record, kept only when the whole record reads ({@link ImportContext#read}). */
final class ImportRow {
    /** A blank, missing or suppressed count, read. */
    private static final Parsed<OptionalLong> NO_COUNT = Parsed.of(OptionalLong.empty());

    final Record record;
    final Quote quote;
    /*
     * Sized for the one or two figures of most records, with no list for expectations until one comes and the
     * latest date instead of a list of them: an import makes one of these for each of a million rows.
     */
    final List<ImportContext.PendingFigure> figures = new ArrayList<>(2);
    private List<Expectation> expectations;
    /** The latest date the record gives, or null. */
    LocalDate latest;
    /** The ids given by the record, a few: a list, which costs less to make for each of a million rows than a set. */
    final List<String> ids = new ArrayList<>(2);

    long missing;
    long suppressed;
    /** Whether a figure of the record is part of another, which may be anywhere in the file. */
    boolean partOfAnother;
    /** The stock of a cumulative count the record gives, if any. */
    String cumulative;

    private final ImportContext ctx;

    ImportRow(ImportContext ctx, Record record) {
        this.ctx = ctx;
        this.record = record;
        this.quote = new Quote(record.text(), "", "", record.offset(), record.end());
    }

    String where() {
        return ctx.fileName() + " line " + record.line();
    }

    /**
     * Adds a figure under an id that must be new in the file.
     *
     * @return the problem if the id was already read (then nothing is added), else empty
     */
    Optional<Problem> figure(String id, int index, String field, java.util.function.Function<Evidence, Figure> make) {
        long first = ctx.firstLine(id);
        if (first > 0 || ids.contains(id)) {
            return Optional.of(Problem.ofRecord(
                    index,
                    field,
                    "each record must give its figure once, but id '" + id + "' was already read"
                            + (first > 0 ? " on line " + first : " in this record"),
                    "remove the duplicate record"));
        }
        ids.add(id);
        Quote q = quote;
        figures.add(source -> make.apply(Evidence.stated(source, q)));
        return Optional.empty();
    }

    /**
     * Adds a figure under an id that is new by construction (made from a date later than every date before it),
     * and so is not kept to be looked up: a series of a million days keeps no million ids.
     */
    void figureWithNewId(String id, java.util.function.Function<Evidence, Figure> make) {
        Quote q = quote;
        figures.add(source -> make.apply(Evidence.stated(source, q)));
    }

    /** Notes that a figure of the record is part of another ({@code part_of}). */
    void partOfAnother() {
        partOfAnother = true;
    }

    /** Notes the record's stock as the next of a cumulative count, which should not fall. */
    void cumulative(String stockId) {
        cumulative = stockId;
    }

    /**
     * The start of a stated flow, with its destination when it has one: what every reader of flows calls before
     * the flow's evidence (and any part it is of).
     */
    static Flow.Builder flow(
            String id, String what, Place origin, Optional<Place> destination, Period period, Count count) {
        Flow.Builder flow = Flow.stated(id).what(what).from(origin).count(count).during(period);
        destination.ifPresent(flow::to);
        return flow;
    }

    /** Adds a derived figure, built when the source is known. */
    void derived(ImportContext.PendingFigure f) {
        figures.add(f);
    }

    /** An id made from {@code base}, with {@code -l<line>} (and a number) added if it is taken. */
    String uniqueId(String base) {
        String id = base;
        int n = 1;
        while (ctx.firstLine(id) > 0 || ids.contains(id)) {
            id = base + "-l" + record.line() + (n == 1 ? "" : "-" + n);
            n++;
        }
        return id;
    }

    void expect(Expectation e) {
        if (expectations == null) {
            expectations = new ArrayList<>();
        }
        expectations.add(e);
    }

    /** @return what the record states about its numbers */
    List<Expectation> expectations() {
        return expectations == null ? List.of() : expectations;
    }

    void date(LocalDate d) {
        if (latest == null || d.isAfter(latest)) {
            latest = d;
        }
    }

    /** The cell at {@code index}, or "" when the record is shorter. */
    static String cell(List<String> fields, int index) {
        return index < fields.size() ? fields.get(index) : "";
    }

    /**
     * A number of people: digits, a whole number written {@code 6563.0} or {@code 1e+05}, or thousands grouped
     * unambiguously ({@code 1,200}, {@code 1 200}); missing when blank, {@code nan}, {@code NA}, {@code N/A} or
     * {@code -},
     * or suppressed ({@code *}); never 0 for missing.
     *
     * @return the count, empty when missing or suppressed (and counted as such); rejected when the cell is no count
     */
    Parsed<OptionalLong> people(List<String> fields, int index, String field) {
        String raw = cell(fields, index);
        PeopleCell c = PeopleCell.read(raw);
        switch (c.kind()) {
            case COUNT -> {
                return Parsed.of(OptionalLong.of(c.value()));
            }
            case MISSING -> missing++;
            case SUPPRESSED -> suppressed++;
            default -> {
                return Parsed.rejected(Problem.ofCell(index, field, c.rule(), raw, c.fix()));
            }
        }
        return NO_COUNT;
    }

    /** An ISO date {@code YYYY-MM-DD}, or an ISO date-time read as its day. */
    Parsed<LocalDate> isoDate(List<String> fields, int index, String field) {
        String raw = cell(fields, index);
        try {
            return Parsed.of(IsoDates.dayOrDateTime(raw.strip()));
        } catch (DateTimeParseException e) {
            return Parsed.rejected(Problem.ofCell(
                    index,
                    field,
                    "expected an ISO date YYYY-MM-DD that exists"
                            + (IsoDates.isNotADay(e) ? " (" + e.getMessage() + ")" : ""),
                    raw,
                    "write e.g. 2016-11-28"));
        }
    }
}
