package org.displacementstats.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.RejectedRow;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.dataset.Expectation;
import org.displacementstats.figure.Figure;
import org.displacementstats.figure.Period;
import org.displacementstats.provenance.Source;

/**
 * What every import shares: the file's records, the figures read so far, bad rows stopped or set aside, and
 * the file's one source, made when the whole file has been read (its date is the latest date in the file).
 *
 * <p>An import into a dataset reads the file once ({@link ImportPass#whole()}); a streamed one reads it twice
 * ({@link #run}): a scan that checks every row and learns the source, then a pass that hands each figure to the
 * {@link ImportSink} as its record is read.
 */
final class ImportContext {
    /** Turns the file's source into a figure, once the source is known. */
    interface PendingFigure {
        Figure build(Source source);
    }

    /** One reading of the file by a format's reader. */
    interface Reading {
        ImportResult read(ImportPass pass);
    }

    private final String fileName;
    private final ImportOptions options;
    private final ImportPass pass;
    private final RecordReader reader;
    private final List<PendingFigure> pending = new ArrayList<>();
    private final List<Expectation> expectations = new ArrayList<>();
    private final List<RejectedRow> rejected = new ArrayList<>();
    private final CompactIds ids;
    /** The line of the record being read. */
    private long line;

    private final Set<String> publishers = new LinkedHashSet<>();
    private final Set<String> kept = new LinkedHashSet<>();
    private List<String> cumulative;
    private String lastCumulative;
    private boolean partsOfWholes;
    private LocalDate latest;
    private long missing;
    private long suppressed;
    private long records;

    ImportContext(java.nio.file.Path path, ImportOptions options, ImportPass pass) {
        java.nio.file.Path name = path.getFileName();
        this.fileName = name == null ? path.toString() : name.toString();
        this.options = options;
        this.pass = pass;
        this.ids = pass.ids();
        this.reader = new RecordReader(path, options.progress(), pass.phase());
    }

    /**
     * Reads a file as {@code options} say: once into a dataset, or twice into their sink.
     *
     * @param reading the format's reader, for one pass
     */
    static ImportResult run(ImportOptions options, Reading reading) {
        if (options.sink().isEmpty()) {
            return reading.read(ImportPass.whole());
        }
        ImportSink sink = options.sink().get();
        ImportPass scan = ImportPass.scan(sink);
        ImportResult scanned = reading.read(scan);
        Source source = scanned.dataset().sources().get(0);
        sink.begin(source, scan.partsOfWholes());
        ImportResult emitted = reading.read(ImportPass.emit(scan, source));
        return new ImportResult(
                scanned.dataset(),
                emitted.records(),
                emitted.missingValues(),
                emitted.suppressedValues(),
                List.of(),
                emitted.keptColumns());
    }

    String file() {
        return reader.file();
    }

    String fileName() {
        return fileName;
    }

    /**
     * @return the line an id was first given on, or 0 when it is new: no record before this one gave it (in
     *     {@link ImportPass.Mode#EMIT}, the ids of the whole file are known, those of later records included)
     */
    long firstLine(String id) {
        long first = ids.firstLine(id);
        return first < line ? first : 0;
    }

    /** @return the next record, counted, or {@code null} at the end */
    Record next() {
        Record r = reader.next();
        if (r != null) {
            records++;
        }
        return r;
    }

    void close() {
        reader.close();
    }

    /**
     * Reads one record into figures; keeps them only if the whole record reads. A record with a problem stops the
     * import, or is set aside when bad rows are skipped.
     *
     * @param fields the record's cells, or why it cannot be split into cells
     * @return whether the record was read (false when it was set aside)
     */
    boolean read(Record record, Parsed<List<String>> fields, RowReader body) {
        line = record.line();
        ImportRow row = new ImportRow(this, record);
        Optional<Problem> problem = fields.isRejected() ? fields.problem() : body.read(row, fields.value());
        if (problem.isPresent()) {
            if (!options.skipBadRows()) {
                throw problem.get().exception(record);
            }
            RejectedRow r = problem.get().rejectedRow(record);
            switch (pass.mode()) {
                case WHOLE -> rejected.add(r);
                case SCAN -> pass.sink().rejected(r);
                default -> {
                    // Handed over in the scan already.
                }
            }
            return false;
        }
        if (pass.mode() != ImportPass.Mode.EMIT) {
            // The scan added them.
            row.ids.forEach(id -> ids.add(id, record.line()));
        }
        if (row.latest != null) {
            date(row.latest);
        }
        missing += row.missing;
        suppressed += row.suppressed;
        partsOfWholes |= row.partOfAnother;
        switch (pass.mode()) {
            case WHOLE -> {
                pending.addAll(row.figures);
                expectations.addAll(row.expectations());
                if (row.cumulative != null) {
                    cumulative.add(row.cumulative);
                }
            }
            case EMIT -> {
                Source source = pass.source().orElseThrow();
                row.figures.forEach(f -> pass.sink().figure(f.build(source)));
                row.expectations().forEach(pass.sink()::expectation);
                if (row.cumulative != null && lastCumulative != null) {
                    pass.sink().expectation(new Expectation.NotFalling(List.of(lastCumulative, row.cumulative)));
                }
            }
            default -> {
                // The scan keeps no figure.
            }
        }
        lastCumulative = row.cumulative == null ? lastCumulative : row.cumulative;
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

    /** A file-level expectation, after the records it is about. */
    void expect(Expectation e) {
        if (pass.mode() == ImportPass.Mode.WHOLE) {
            expectations.add(e);
        } else if (pass.mode() == ImportPass.Mode.EMIT) {
            pass.sink().expectation(e);
        }
    }

    /**
     * Declares the file a cumulative count: the stocks its records note ({@link ImportRow#cumulative}) should not
     * fall, each against the one before ({@link Expectation.NotFalling}).
     */
    void expectCumulative() {
        cumulative = new ArrayList<>();
    }

    /** Every figure still to come starts after {@code day} ({@link ImportSink#settled}). */
    void settled(LocalDate day) {
        if (pass.mode() == ImportPass.Mode.EMIT) {
            pass.sink().settled(day);
        }
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
     * Builds the file's source and the dataset; a scan or a streamed pass builds a dataset of the source alone.
     *
     * @param defaultPublisher who published it when the file does not say
     */
    ImportResult finish(String defaultPublisher) {
        Source source = source(defaultPublisher);
        if (cumulative != null && pass.mode() == ImportPass.Mode.WHOLE) {
            expectations.add(new Expectation.NotFalling(cumulative));
        }
        if (suppressed > 0) {
            expect(new Expectation.Noted(
                    "suppressed-values",
                    Slug.ofFileName(fileName),
                    suppressed
                            + " cells are suppressed ('*', a value the publisher hides); each is missing, not"
                            + " 0, so totals"
                            + " that include them are low"));
        }
        if (pass.mode() != ImportPass.Mode.WHOLE) {
            DisplacementDataset ds = DisplacementDataset.imported(source.id(), List.of(source), List.of(), List.of());
            pass.partsOfWholes(partsOfWholes);
            return new ImportResult(ds, records, missing, suppressed, rejected, List.copyOf(kept));
        }
        List<Figure> figures = new ArrayList<>(pending.size());
        for (PendingFigure p : pending) {
            figures.add(p.build(source));
        }
        progress("checking %s: %d figures, %d expectations", file(), figures.size(), expectations.size());
        DisplacementDataset ds = DisplacementDataset.imported(source.id(), List.of(source), figures, expectations);
        progress("checking %s: %d checks done", file(), ds.checks().size());
        return new ImportResult(ds, records, missing, suppressed, rejected, List.copyOf(kept));
    }

    private void progress(String format, Object... args) {
        if (reader.isLarge()) {
            options.progress().accept(String.format(Locale.ROOT, format, args));
        }
    }

    /** The file's one source: dated by {@code --date}, else by the latest date in the file. */
    private Source source(String defaultPublisher) {
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
        String publisher = publishers.isEmpty() ? defaultPublisher : String.join("; ", publishers);
        return Source.builder(Slug.ofFileName(fileName))
                .publisher(publisher)
                .document(fileName)
                .inferred(date, note)
                .build();
    }
}
