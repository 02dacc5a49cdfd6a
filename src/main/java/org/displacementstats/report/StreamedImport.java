package org.displacementstats.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.displacementstats.RejectedRow;
import org.displacementstats.dataset.Check;
import org.displacementstats.dataset.CheckStatus;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.dataset.Expectation;
import org.displacementstats.figure.Figure;
import org.displacementstats.figure.Flow;
import org.displacementstats.figure.Stock;
import org.displacementstats.internal.AtomicDirectory;
import org.displacementstats.io.ImportResult;
import org.displacementstats.io.ImportSink;
import org.displacementstats.io.StockTotals;
import org.displacementstats.provenance.Lineage;
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
    /** Figures per batch. */
    static final int CHUNK = 20_000;

    /** The rule groups of the checks of an imported dataset, in the order its checks come. */
    private static final List<String> PHASES =
            List.of("part-within-whole", "parts-sum-within-whole", "derived-non-negative", "dates-ordered");

    private static final String QUOTE_FOUND = "quote-found";

    /** How many figures before a batch its figures may name, beyond one batch (a series' change names one). */
    static final int NAMED_BACK = 16;

    /**
     * What was imported and written, for the console.
     *
     * @param result what the import read (its dataset holds the file's source alone)
     * @param figures how many figures were written
     * @param stocks how many of them are stocks
     * @param derived how many are derived
     * @param rejected how many rows were set aside
     * @param stockTotals the stock totals per date and what is counted
     * @param total the {@code total} row of the summaries
     * @param checks how many checks ran
     * @param failed how many failed
     * @param warned how many warned
     * @param skipped how many were skipped
     */
    public record Outcome(
            ImportResult result,
            long figures,
            long stocks,
            long derived,
            long rejected,
            StockTotals stockTotals,
            SummaryRow total,
            long checks,
            long failed,
            long warned,
            long skipped) {}

    private final Path dir;
    /** Figures per batch, and rows per write. */
    private final int chunk;

    private final boolean allChecks;
    private final boolean hxl;
    private final boolean bom;
    private final Consumer<String> progress;
    private final CsvAppender figuresCsv;
    private final CsvAppender rejectedCsv;
    private final CsvAppender byPeriodCsv;
    private final List<SummaryRow> periodRows = new ArrayList<>();
    private final List<RejectedRow> rejectedRows = new ArrayList<>();
    private final List<CsvAppender> parts = new ArrayList<>();
    private final Map<String, Long> passed = new LinkedHashMap<>();
    private final SummaryGroups summaries = new SummaryGroups();
    private final StockTotals.Builder stockTotals = new StockTotals.Builder();
    private List<Figure> pending = new ArrayList<>();
    private List<Expectation> pendingExpectations = new ArrayList<>();
    /** The figures last written, by id, oldest first: at most a batch and {@value #NAMED_BACK} more. */
    private final Map<String, Figure> previous = new LinkedHashMap<>();

    private Source source;
    private boolean whole;
    private long figures;
    private long stocks;
    private long derived;
    private long rejected;
    private final long[] statuses = new long[CheckStatus.values().length];
    private long quotes;
    private String quoteDetail;

    private StreamedImport(
            Path dir, Set<CsvReport.Option> options, boolean rejects, Consumer<String> progress, int chunk)
            throws IOException {
        this.dir = dir;
        this.chunk = chunk;
        this.allChecks = options.contains(CsvReport.Option.ALL_CHECKS);
        this.hxl = options.contains(CsvReport.Option.HXL_HASHTAGS);
        this.bom = options.contains(CsvReport.Option.BYTE_ORDER_MARK);
        this.progress = progress;
        this.figuresCsv = header("figures.csv", FigureRow.COLUMNS.names());
        this.rejectedCsv = rejects
                ? header("rejected.csv", ImportReport.rejectedTable(List.of()).columnNames())
                : null;
        this.byPeriodCsv = header("summary-by-period.csv", SummaryRow.BY_PERIOD.names());
        for (int i = 0; i <= PHASES.size() + 1; i++) {
            parts.add(CsvAppender.part(dir.resolve(".checks-" + i + ".part")));
        }
    }

    /**
     * Imports a file straight into a report directory, replacing a previous import report there; nothing is
     * written when the import stops at a bad row.
     *
     * @param dir the report directory; created if missing
     * @param options {@link CsvReport.Option#HXL_HASHTAGS}, {@link CsvReport.Option#BYTE_ORDER_MARK},
     *     {@link CsvReport.Option#ALL_CHECKS}
     * @param rejects whether to write {@code rejected.csv} (bad rows are skipped)
     * @param progress receives a line per phase after reading
     * @param importer runs the import with the sink it is given ({@code ImportOptions.streamingTo})
     * @return what was imported and written
     */
    public static Outcome write(
            Path dir,
            Set<CsvReport.Option> options,
            boolean rejects,
            Consumer<String> progress,
            Function<ImportSink, ImportResult> importer) {
        return write(dir, options, rejects, progress, importer, CHUNK);
    }

    /** As the public form, {@code chunk} figures a batch: tests cross batches with a few figures. */
    static Outcome write(
            Path dir,
            Set<CsvReport.Option> options,
            boolean rejects,
            Consumer<String> progress,
            Function<ImportSink, ImportResult> importer,
            int chunk) {
        Objects.requireNonNull(importer, "importer");
        Outcome[] outcome = new Outcome[1];
        AtomicDirectory.replace(dir, "the report", Set.copyOf(CsvReport.IMPORT_FILES), temporary -> {
            StreamedImport sink = new StreamedImport(temporary, options, rejects, progress, chunk);
            try {
                ImportResult result = importer.apply(sink);
                outcome[0] = sink.finish(result);
            } catch (UncheckedIOException e) {
                throw e.getCause();
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
        Set<String> own = new HashSet<>();
        pending.forEach(f -> own.add(f.id()));
        Map<String, Figure> context = new LinkedHashMap<>();
        for (Figure f : pending) {
            f.evidence().lineage().map(Lineage::inputs).orElse(List.of()).forEach(id -> named(id, own, context));
            if (f instanceof Flow fl) {
                fl.partOf().ifPresent(id -> named(id, own, context));
            }
        }
        for (Expectation e : pendingExpectations) {
            if (e instanceof Expectation.NotFalling nf) {
                nf.stockIds().forEach(id -> named(id, own, context));
            }
        }
        List<Figure> batch = new ArrayList<>(context.values());
        batch.addAll(pending);
        DisplacementDataset ds = DisplacementDataset.imported(source.id(), List.of(source), batch, pendingExpectations);
        try {
            SummaryTables tables = SummaryTables.of(ds);
            List<FigureRow> rows = tables.figureRows().stream()
                    .filter(r -> !context.containsKey(r.id()))
                    .toList();
            figuresCsv.append(FigureRow.COLUMNS.table(rows));
            List<List<CheckRow>> listed = new ArrayList<>();
            parts.forEach(p -> listed.add(new ArrayList<>()));
            for (Check c : ds.checks()) {
                String subject = c.id().substring(c.rule().length() + (c.id().contains(":") ? 1 : 0));
                if (PHASES.contains(c.rule()) && context.containsKey(subject)) {
                    // A check of a figure of the batch before, written with that batch.
                    continue;
                }
                if (c.rule().equals(QUOTE_FOUND) && c.status() == CheckStatus.SKIPPED) {
                    quoteDetail = c.detail();
                    continue;
                }
                statuses[c.status().ordinal()]++;
                if (c.status() == CheckStatus.PASS && !allChecks) {
                    passed.merge(c.rule(), 1L, Long::sum);
                } else {
                    listed.get(phase(c.rule())).add(new CheckRow(c.id(), c.status(), c.detail()));
                }
            }
            for (int i = 0; i < listed.size(); i++) {
                parts.get(i).append(CheckRow.COLUMNS.table(listed.get(i)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Figure f : pending) {
            if (f.evidence().source().isPresent()) {
                quotes += f.evidence().quote().isPresent() ? 1 : 0;
            }
        }
        for (Figure f : pending) {
            previous.put(f.id(), f);
        }
        Iterator<String> oldest = previous.keySet().iterator();
        for (int n = previous.size() - chunk - NAMED_BACK; n > 0; n--) {
            oldest.next();
            oldest.remove();
        }
        pending = new ArrayList<>();
        pendingExpectations = new ArrayList<>();
    }

    /** A figure that the batch names but does not hold: it must be of the batch before. */
    private void named(String id, Set<String> own, Map<String, Figure> context) {
        if (own.contains(id) || context.containsKey(id)) {
            return;
        }
        Figure f = previous.get(id);
        if (f == null) {
            throw new IllegalStateException("figure '" + id + "' is named by a figure more than " + NAMED_BACK
                    + " figures after the batch it was written with; such a file must be checked whole");
        }
        context.put(id, f);
    }

    /** The part file of a rule: its place in the order of the checks of an imported dataset. */
    private static int phase(String rule) {
        int i = PHASES.indexOf(rule);
        return i >= 0 ? i : rule.equals(QUOTE_FOUND) ? PHASES.size() + 1 : PHASES.size();
    }

    private Outcome finish(ImportResult result) throws IOException {
        flush();
        writeRejected();
        figuresCsv.close();
        if (rejectedCsv != null) {
            rejectedCsv.close();
        }
        if (quoteDetail != null) {
            statuses[CheckStatus.SKIPPED.ordinal()]++;
            String detail = quoteDetail.replaceFirst(
                    "its \\d+ quotes? (is|are) not checked",
                    "its " + quotes + (quotes == 1 ? " quote is" : " quotes are") + " not checked");
            parts.get(phase(QUOTE_FOUND))
                    .append(CheckRow.COLUMNS.table(
                            List.of(new CheckRow(QUOTE_FOUND + ":" + source.id(), CheckStatus.SKIPPED, detail))));
        }
        progress.accept(String.format(
                Locale.ROOT, "writing: checks.csv (%d checks) and the summaries of %d figures", checkCount(), figures));
        // By rule group as the checks come, then by first pass: a later batch may pass a rule of an earlier group.
        List<CheckRow> counted = new ArrayList<>();
        passed.entrySet().stream()
                .sorted(Comparator.comparingInt(e -> phase(e.getKey())))
                .forEach(e -> counted.add(ImportReport.countedPass(e.getKey(), e.getValue())));
        try (CsvAppender checks = header("checks.csv", CheckRow.COLUMNS.names())) {
            for (int i = 0; i < parts.size(); i++) {
                parts.get(i).close();
                Path part = dir.resolve(".checks-" + i + ".part");
                checks.appendRows(part);
                Files.delete(part);
            }
            checks.append(CheckRow.COLUMNS.table(counted));
        }
        writeSummary("summary-by-origin.csv", SummaryRow.BY_ORIGIN.table(summaries.byOriginRows()));
        writeSummary("summary-by-destination.csv", SummaryRow.BY_DESTINATION.table(summaries.byDestinationRows()));
        summaries.forEachByPeriod(this::periodRow);
        appendSummary(byPeriodCsv, periodRows);
        byPeriodCsv.close();
        return new Outcome(
                result,
                figures,
                stocks,
                derived,
                rejected,
                stockTotals.build(),
                summaries.totalRow(),
                checkCount(),
                statuses[CheckStatus.FAIL.ordinal()],
                statuses[CheckStatus.WARN.ordinal()],
                statuses[CheckStatus.SKIPPED.ordinal()]);
    }

    private long checkCount() {
        long total = 0;
        for (long n : statuses) {
            total += n;
        }
        return total;
    }

    @Override
    public void settled(LocalDate day) {
        summaries.settle(day, this::periodRow);
    }

    /** A row of {@code summary-by-period.csv}, written with the next few. */
    private void periodRow(SummaryRow row) {
        periodRows.add(row);
        if (periodRows.size() == chunk) {
            appendSummary(byPeriodCsv, periodRows);
        }
    }

    private static void appendSummary(CsvAppender a, List<SummaryRow> rows) {
        try {
            a.append(SummaryRow.BY_PERIOD.table(rows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows.clear();
    }

    private void writeSummary(String file, tech.tablesaw.api.Table table) throws IOException {
        try (CsvAppender a = header(file, table.columnNames())) {
            a.append(table);
        }
    }
}
