package org.displacementstats.io;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.dataset.Expectation;
import org.displacementstats.figure.Count;
import org.displacementstats.figure.Figure;
import org.displacementstats.provenance.DateBasis;
import org.displacementstats.provenance.Evidence;
import org.displacementstats.provenance.Quote;
import org.displacementstats.provenance.Source;

/**
 * What every import shares: the file's records, the figures read so far, bad rows stopped or set aside, and
 * the file's one source, made when the whole file has been read (its date is the latest date in the file).
 */
final class ImportContext {
    private static final Pattern DIGITS = Pattern.compile("\\d{1,19}");
    private static final Pattern WHOLE_DECIMAL = Pattern.compile("(\\d{1,19})\\.0+");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:[,.\u00a0\u202f ']\\d{3})+");
    private static final Set<String> MISSING = Set.of("", "nan", "-", "n/a");

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
            rejected.add(new RejectedRow(file(), e.line(), e.column(), e.field(), e.value(), e.reason(), record.text()));
            return false;
        }
        for (String id : row.ids) {
            idLines.put(id, record.line());
        }
        pending.addAll(row.figures);
        expectations.addAll(row.expectations);
        row.dates.forEach(this::date);
        missing += row.missing;
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

    /**
     * Builds the file's source and the dataset.
     *
     * @param defaultPublisher who published it when the file does not say
     * @param fallbackDate the date to use when the file has no date, with the note saying where it comes from
     */
    ImportResult finish(String defaultPublisher, Optional<Map.Entry<LocalDate, String>> fallbackDate) {
        LocalDate date;
        String note;
        if (latest != null) {
            date = latest;
            note = "the file gives no publication date; the latest date in it (" + latest + ") is used";
        } else if (fallbackDate.isPresent()) {
            date = fallbackDate.get().getKey();
            note = fallbackDate.get().getValue();
        } else {
            throw new DisplacementDataException(file() + ": has no dated record, so its figures cannot be placed in"
                    + " time; check that it is the right file and format");
        }
        String publisher = publishers.isEmpty() ? defaultPublisher : String.join("; ", publishers);
        Source source = new Source(Slug.ofFileName(fileName), publisher, fileName, date, DateBasis.INFERRED,
                Optional.empty(), note);
        List<Figure> figures = new ArrayList<>(pending.size());
        for (PendingFigure p : pending) {
            figures.add(p.build(source));
        }
        DisplacementDataset ds = DisplacementDataset.imported(source.id(), List.of(source), figures, expectations);
        return new ImportResult(ds, records, missing, rejected, List.copyOf(kept));
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
                throw bad(index, field, "each record must give its figure once, but id '" + id + "' was already read"
                        + (first == null ? " in this record" : " on line " + first), null,
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
         * A number of people: digits (a whole number written {@code 1200.0} is accepted), or missing when blank,
         * {@code nan}, {@code -} or {@code n/a}; never 0 for missing.
         */
        OptionalLong people(List<String> fields, int index, String field) {
            String raw = cell(fields, index);
            String value = raw.strip();
            if (MISSING.contains(value.toLowerCase(Locale.ROOT))) {
                missing++;
                return OptionalLong.empty();
            }
            var whole = WHOLE_DECIMAL.matcher(value);
            String digits = DIGITS.matcher(value).matches() ? value : whole.matches() ? whole.group(1) : null;
            if (digits != null) {
                long n;
                try {
                    n = Long.parseLong(digits);
                } catch (NumberFormatException e) {
                    n = Long.MAX_VALUE;
                }
                if (n > Count.MAX_VALUE) {
                    throw bad(index, field, "must be at most " + Count.MAX_VALUE + " (more than the world's population)",
                            raw, "check the number");
                }
                return OptionalLong.of(n);
            }
            if (GROUPED.matcher(value).matches()) {
                throw bad(index, field, "expected a whole number without separators", raw,
                        "write " + value.replaceAll("\\D", ""));
            }
            if (value.startsWith("-") && DIGITS.matcher(value.substring(1)).matches()) {
                throw bad(index, field, "must be >= 0 (a number of people)", raw, "write the number without a sign");
            }
            throw bad(index, field, "expected a whole number of people, or blank, nan or - when missing", raw,
                    "write e.g. 1200");
        }

        /** An ISO date {@code YYYY-MM-DD}. */
        LocalDate isoDate(List<String> fields, int index, String field) {
            String raw = cell(fields, index);
            try {
                // LocalDate.parse also reads +999999999-12-31, a year no displacement file holds.
                if (!ISO_DATE.matcher(raw.strip()).matches()) {
                    throw new DateTimeParseException("not YYYY-MM-DD", raw, 0);
                }
                return LocalDate.parse(raw.strip());
            } catch (DateTimeParseException e) {
                throw bad(index, field, "expected an ISO date YYYY-MM-DD that exists", raw, "write e.g. 2016-11-28");
            }
        }
    }
}
