package org.displacementstats.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.displacementstats.RejectedRow;
import org.displacementstats.dataset.CheckStatus;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.dataset.Expectation;
import org.displacementstats.figure.Figure;
import org.displacementstats.figure.Stock;
import org.displacementstats.internal.AtomicDirectory;
import org.displacementstats.io.ImportResult;
import org.displacementstats.io.ImportSink;
import org.displacementstats.io.StockTotals;
import org.displacementstats.provenance.Source;
import org.displacementstats.table.CheckRow;
import org.displacementstats.table.FigureRow;
import org.displacementstats.table.SummaryGroups;
import org.displacementstats.table.SummaryRow;
import org.displacementstats.table.SummaryTables;

/**
 * Writes the report of an import as the file is read, in bounded memory: the same files, byte for byte, as
 * {@link ImportReport} writes from a whole dataset. Figures are checked and written {@value #CHUNK} at a time, each
 * batch a small dataset of its own (with the few figures before it that its figures name, such as the stock a
 * series' change is computed from); the checks go to one part file per rule group, copied into {@code checks.csv}
 * in the dataset's check order at the end; the summaries and stock totals are added up figure by figure.
 *
 * <p>What stays in memory grows with the number of summary rows (places, periods, kinds of people), not with the
 * number of figures. A file in which some figure is part of another ({@code part_of}) is checked whole, in one
 * batch: a whole's parts may be anywhere in the file.
 */
public final class StreamedImport implements ImportSink {
    /**
     * Figures per batch: few, so that a young collection finds few of them alive and copies little. At 20,000 a
     * batch, each young pause of a million-line import copied tens of MB, and G1, counting those pauses, grew the
     * heap to 2 GB; at 500 the files are the same and the import is faster.
     */
    static final int CHUNK = 500;

    private final Path dir;
    /** Figures per batch, and rows per write. */
    private final int chunk;

    private final boolean hxl;
    private final boolean bom;
    private final Consumer<String> progress;
    private final CsvAppender figuresCsv;
    private final CsvAppender rejectedCsv;
    private final CsvAppender byPeriodCsv;
    private final ReportRow<FigureRow> figureCells = new ReportRow<>(FigureRow.COLUMNS);
    private final ReportRow<SummaryRow> periodCells = new ReportRow<>(SummaryRow.BY_PERIOD);
    private final List<SummaryRow> periodRows = new ArrayList<>();
    private final List<RejectedRow> rejectedRows = new ArrayList<>();
    private final ImportCheckParts checks;
    private final SummaryGroups summaries = new SummaryGroups();
    private final StockTotals.Builder stockTotals = new StockTotals.Builder();
    private List<Figure> pending = new ArrayList<>();
    private List<Expectation> pendingExpectations = new ArrayList<>();
    private final RecentFigures recent;

    private Source source;
    private boolean whole;
    private long figures;
    private long stocks;
    private long derived;
    private long rejected;

    private StreamedImport(
            Path dir, Set<CsvReport.Option> options, boolean rejects, Consumer<String> progress, int chunk)
            throws IOException {
        this.dir = dir;
        this.chunk = chunk;
        this.recent = new RecentFigures(chunk);
        this.hxl = options.contains(CsvReport.Option.HXL_HASHTAGS);
        this.bom = options.contains(CsvReport.Option.BYTE_ORDER_MARK);
        this.progress = progress;
        this.figuresCsv = header("figures.csv", figureCells.names());
        this.rejectedCsv = rejects
                ? header("rejected.csv", ImportReport.rejectedTable(List.of()).columnNames())
                : null;
        this.byPeriodCsv = header("summary-by-period.csv", periodCells.names());
        this.checks = new ImportCheckParts(dir, options.contains(CsvReport.Option.ALL_CHECKS));
    }

    /**
     * Imports a file straight into a report directory, replacing a previous import report there; nothing is
     * written when the import stops at a bad row.
     *
     * @param dir the report directory; created if missing
     * @param options {@link CsvReport.Option#HXL_HASHTAGS}, {@link CsvReport.Option#BYTE_ORDER_MARK},
     *     {@link CsvReport.Option#ALL_CHECKS}
     * @param rejects whether to write {@code rejected.csv} (bad rows are skipped); when false, the rows an importer
     *     skipped are only counted, in {@link ImportOutcome}
     * @param progress receives a line per phase after reading
     * @param importer runs the import with the sink it is given ({@code ImportOptions.streamingTo})
     * @return what was imported and written
     * @throws IllegalArgumentException if the importer did not stream its figures to the sink it was given
     */
    public static ImportOutcome write(
            Path dir,
            Set<CsvReport.Option> options,
            boolean rejects,
            Consumer<String> progress,
            Function<ImportSink, ImportResult> importer) {
        return write(dir, options, rejects, progress, importer, CHUNK);
    }

    /** As the public form, {@code chunk} figures a batch: tests cross batches with a few figures. */
    static ImportOutcome write(
            Path dir,
            Set<CsvReport.Option> options,
            boolean rejects,
            Consumer<String> progress,
            Function<ImportSink, ImportResult> importer,
            int chunk) {
        Objects.requireNonNull(importer, "importer");
        ImportOutcome[] outcome = new ImportOutcome[1];
        AtomicDirectory.replace(dir, "the report", Set.copyOf(CsvReport.IMPORT_FILES), temporary -> {
            StreamedImport sink = new StreamedImport(temporary, options, rejects, progress, chunk);
            try {
                ImportResult result = importer.apply(sink);
                outcome[0] = sink.finish(result);
            } catch (UncheckedIOException e) {
                sink.closeAfterFailure(e.getCause());
                throw e.getCause();
            } catch (IOException | RuntimeException | Error e) {
                sink.closeAfterFailure(e);
                throw e;
            }
        });
        return outcome[0];
    }

    private CsvAppender header(String file, List<String> names) throws IOException {
        return CsvAppender.withHeader(dir.resolve(file), names, hxl ? file : null, bom);
    }

    @Override
    public void rejected(RejectedRow row) {
        rejected++;
        rejectedRows.add(row);
        if (rejectedRows.size() == chunk) {
            writeRejected();
        }
    }

    @Override
    public void begin(Source fileSource, boolean partsOfWholes) {
        this.source = Objects.requireNonNull(fileSource, "fileSource");
        this.whole = partsOfWholes;
        writeRejected();
    }

    @Override
    public void figure(Figure f) {
        figures++;
        stocks += f instanceof Stock ? 1 : 0;
        derived += f.isDerived() ? 1 : 0;
        summaries.add(f);
        stockTotals.add(f);
        pending.add(f);
        if (pending.size() >= chunk && !whole) {
            flush();
        }
    }

    @Override
    public void expectation(Expectation e) {
        pendingExpectations.add(e);
    }

    private void writeRejected() {
        if (rejectedCsv == null || rejectedRows.isEmpty()) {
            return;
        }
        try {
            rejectedCsv.append(ImportReport.rejectedTable(rejectedRows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rejectedRows.clear();
    }

    /** Checks and writes the batch as a dataset of its own, with the figures before it that it names. */
    private void flush() {
        if (pending.isEmpty() && pendingExpectations.isEmpty()) {
            return;
        }
        Map<String, Figure> context = recent.namedBy(pending, pendingExpectations);
        List<Figure> batch = new ArrayList<>(context.values());
        batch.addAll(pending);
        DisplacementDataset ds = DisplacementDataset.imported(source.id(), List.of(source), batch, pendingExpectations);
        try {
            SummaryTables tables = SummaryTables.of(ds);
            List<FigureRow> rows = new ArrayList<>(pending.size());
            for (FigureRow r : tables.figureRows()) {
                if (!context.containsKey(r.id())) {
                    rows.add(r);
                }
            }
            figuresCsv.append(figureCells, rows);
            checks.add(ds.checks(), pending, context.keySet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        recent.written(pending);
        pending = new ArrayList<>();
        pendingExpectations = new ArrayList<>();
    }

    /** Closes every file still open, after a failure: the temporary directory is then deleted whole. */
    private void closeAfterFailure(Throwable failure) {
        for (CsvAppender a : new CsvAppender[] {figuresCsv, rejectedCsv, byPeriodCsv}) {
            if (a != null) {
                a.closeAfterFailure(failure);
            }
        }
        checks.closeAfterFailure(failure);
    }

    private ImportOutcome finish(ImportResult result) throws IOException {
        if (source == null) {
            throw new IllegalArgumentException("the importer did not stream its figures to the sink it was given:"
                    + " pass ImportOptions.streamingTo(sink) to the importer");
        }
        flush();
        writeRejected();
        figuresCsv.close();
        if (rejectedCsv != null) {
            rejectedCsv.close();
        }
        checks.end(source.id());
        progress.accept(String.format(
                Locale.ROOT,
                "writing: checks.csv (%d checks) and the summaries of %d figures",
                checks.total(),
                figures));
        try (CsvAppender a = header("checks.csv", CsvAppender.names(CheckRow.COLUMNS.table(List.of())))) {
            checks.write(a);
        }
        writeSummary("summary-by-origin.csv", SummaryRow.BY_ORIGIN.table(summaries.byOriginRows()));
        writeSummary("summary-by-destination.csv", SummaryRow.BY_DESTINATION.table(summaries.byDestinationRows()));
        summaries.forEachByPeriod(this::periodRow);
        appendPeriodRows();
        byPeriodCsv.close();
        return new ImportOutcome(
                result,
                figures,
                stocks,
                derived,
                rejected,
                stockTotals.build(),
                summaries.totalRow(),
                checks.total(),
                checks.count(CheckStatus.FAIL),
                checks.count(CheckStatus.WARN),
                checks.count(CheckStatus.SKIPPED));
    }

    @Override
    public void settled(LocalDate day) {
        summaries.settle(day, this::periodRow);
    }

    /** A row of {@code summary-by-period.csv}, written with the next few. */
    private void periodRow(SummaryRow row) {
        periodRows.add(row);
        if (periodRows.size() == chunk) {
            appendPeriodRows();
        }
    }

    private void appendPeriodRows() {
        try {
            byPeriodCsv.append(periodCells, periodRows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        periodRows.clear();
    }

    private void writeSummary(String file, tech.tablesaw.api.Table table) throws IOException {
        try (CsvAppender a = header(file, CsvAppender.names(table))) {
            a.append(table);
        }
    }
}
