package org.displacementstats.io;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.RejectedRow;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.dataset.Expectation;
import org.displacementstats.figure.Figure;
import org.displacementstats.figure.Period;
import org.displacementstats.internal.IsoDates;
import org.displacementstats.provenance.DateBasis;
import org.displacementstats.provenance.Evidence;
import org.displacementstats.provenance.Quote;
import org.displacementstats.provenance.Source;

/**
 * What every import shares: the file's records, the figures read so far, bad rows stopped or set aside, and
 * the file's one source, made when the whole file has been read (its date is the latest date in the file).
 */
final class ImportContext {
    /** Turns the file's source into a figure, once the source is known. */
    interface PendingFigure {
        Figure build(Source source);
    }

    private final String fileName;
    private final ImportOptions options;
    private final RecordReader reader;
    private final List<PendingFigure> pending = new ArrayList<>();
    private final List<Expectation> expectations = new ArrayList<>();
    private final List<RejectedRow> rejected = new ArrayList<>();
    private final Map<String, Long> idLines = new HashMap<>();
    private final Set<String> publishers = new LinkedHashSet<>();
    private final Set<String> kept = new LinkedHashSet<>();
    private LocalDate latest;
    private long missing;
    private long suppressed;
    private long records;

    ImportContext(java.nio.file.Path path, ImportOptions options) {
        java.nio.file.Path name = path.getFileName();
        this.fileName = name == null ? path.toString() : name.toString();
        this.options = options;
        this.reader = new RecordReader(path, options.progress());
    }

    String file() {
        return reader.file();
    }

    /** @return the next record, counted, or {@code null} at the end */
    Record next() {
        try {
            Record r = reader.next();
            if (r != null) {
                records++;
            }
            return r;
        } catch (BadRow e) {
            throw e.toException();
        }
    }

    void close() {
        reader.close();
    }

    /**
     * Reads one record into figures; keeps them only if the whole record reads.
     *
     * @return whether the record was read (false when it was set aside)
     */
    boolean read(Record record, Consumer<Row> body) {
        Row row = new Row(record);
        try {
            body.accept(row);
        } catch (BadRow e) {
            if (!options.skipBadRows()) {
                throw e.toException();
            }
            rejected.add(
                    new RejectedRow(file(), e.line(), e.column(), e.field(), e.value(), e.reason(), record.text()));
            return false;
        }
        for (String id : row.ids) {
            idLines.put(id, record.line());
        }
        pending.addAll(row.figures);
        expectations.addAll(row.expectations);
        row.dates.forEach(this::date);
        missing += row.missing;
        suppressed += row.suppressed;
        return true;
    }

    void date(LocalDate d) {
        if (latest == null || d.isAfter(latest)) {
            latest = d;
        }
    }

    void publisher(String name) {
        if (publishers.size() < 5) {
            publishers.add(name);
        }
    }

    void keep(String column) {
        kept.add(column);
    }

    void expect(Expectation e) {
        expectations.add(e);
    }

    boolean hasId(String id) {
        return idLines.containsKey(id);
    }

    /** @return the date given to the import for a file whose rows carry none */
    Optional<Period> givenDate() {
        return options.date();
    }

    /**
     * Refuses a {@code --date} for a file that dates its own rows: an option that would have no effect.
     *
     * @param why how the file dates its rows
     */
    void refuseGivenDate(String why) {
        options.date().ifPresent(d -> {
            throw new DisplacementDataException(file() + ": --date has no effect, as " + why + "; leave it out");
        });
    }

    /**
     * Builds the file's source and the dataset.
     *
     * @param defaultPublisher who published it when the file does not say
     */
    ImportResult finish(String defaultPublisher) {
        LocalDate date;
        String note;
        if (options.date().isPresent()) {
            date = options.date().get().end();
            note = "the file gives no date; the date given to the import ("
                    + options.date().get().start()
                    + (options.date().get().start().equals(date) ? "" : " to " + date) + ") is used";
        } else if (latest != null) {
            date = latest;
            note = "the file gives no publication date; the latest date in it (" + latest + ") is used";
        } else {
            throw new DisplacementDataException(file() + ": has no dated record, so its figures cannot be placed in"
                    + " time; check that it is the right file and format");
        }
        if (suppressed > 0) {
            expectations.add(new Expectation.Noted(
                    "suppressed-values",
                    Slug.ofFileName(fileName),
                    suppressed
                            + " cells are suppressed ('*', a value the publisher hides); each is missing, not 0, so totals"
                            + " that include them are low"));
        }
        String publisher = publishers.isEmpty() ? defaultPublisher : String.join("; ", publishers);
        Source source = new Source(
                Slug.ofFileName(fileName), publisher, fileName, date, DateBasis.INFERRED, Optional.empty(), note);
        List<Figure> figures = new ArrayList<>(pending.size());
        for (PendingFigure p : pending) {
            figures.add(p.build(source));
        }
        DisplacementDataset ds = DisplacementDataset.imported(source.id(), List.of(source), figures, expectations);
        return new ImportResult(ds, records, missing, suppressed, rejected, List.copyOf(kept));
    }

    /** The figures of one record, kept only when the whole record reads. */
    final class Row {
        final Record record;
        final Quote quote;
        private final List<PendingFigure> figures = new ArrayList<>();
        private final List<Expectation> expectations = new ArrayList<>();
        private final List<LocalDate> dates = new ArrayList<>();
        private final Set<String> ids = new LinkedHashSet<>();
        private long missing;
        private long suppressed;

        Row(Record record) {
            this.record = record;
            this.quote = new Quote(record.text(), "", "", record.offset(), record.end());
        }

        String where() {
            return fileName + " line " + record.line();
        }

        BadRow bad(int index, String field, String rule, String value, String fix) {
            return new BadRow(file(), record.line(), index + 1, field, rule, value, fix);
        }

        /** Adds a figure under an id that must be new in the file. */
        void figure(String id, int index, String field, java.util.function.Function<Evidence, Figure> make) {
            Long first = idLines.get(id);
            if (first != null || ids.contains(id)) {
                throw bad(
                        index,
                        field,
                        "each record must give its figure once, but id '" + id + "' was already read"
                                + (first == null ? " in this record" : " on line " + first),
                        null,
                        "remove the duplicate record");
            }
            ids.add(id);
            Quote q = quote;
            figures.add(source -> make.apply(Evidence.stated(source, q)));
        }

        /** Adds a derived figure, built when the source is known. */
        void derived(PendingFigure f) {
            figures.add(f);
        }

        /** An id made from {@code base}, with {@code -l<line>} (and a number) added if it is taken. */
        String uniqueId(String base) {
            String id = base;
            int n = 1;
            while (idLines.containsKey(id) || ids.contains(id)) {
                id = base + "-l" + record.line() + (n++ == 1 ? "" : "-" + n);
            }
            return id;
        }

        void expect(Expectation e) {
            expectations.add(e);
        }

        void date(LocalDate d) {
            dates.add(d);
        }

        /** The cell at {@code index}, or "" when the record is shorter. */
        static String cell(List<String> fields, int index) {
            return index < fields.size() ? fields.get(index) : "";
        }

        /**
         * A number of people: digits, a whole number written {@code 6563.0} or {@code 1e+05}, or thousands grouped
         * unambiguously ({@code 1,200}, {@code 1 200}); missing when blank, {@code nan}, {@code NA}, {@code N/A} or {@code -},
         * or suppressed ({@code *}); never 0 for missing.
         */
        OptionalLong people(List<String> fields, int index, String field) {
            String raw = cell(fields, index);
            PeopleCell c = PeopleCell.read(raw);
            switch (c.kind()) {
                case COUNT -> {
                    return OptionalLong.of(c.value());
                }
                case MISSING -> missing++;
                case SUPPRESSED -> suppressed++;
                default -> throw bad(index, field, c.rule(), raw, c.fix());
            }
            return OptionalLong.empty();
        }

        /** An ISO date {@code YYYY-MM-DD}, or an ISO date-time read as its day. */
        LocalDate isoDate(List<String> fields, int index, String field) {
            String raw = cell(fields, index);
            try {
                return IsoDates.dayOrDateTime(raw.strip());
            } catch (DateTimeParseException e) {
                throw bad(
                        index,
                        field,
                        "expected an ISO date YYYY-MM-DD that exists"
                                + (IsoDates.isNotADay(e) ? " (" + e.getMessage() + ")" : ""),
                        raw,
                        "write e.g. 2016-11-28");
            }
        }
    }
}
