package org.displacementstats.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.displacementstats.dataset.Check;
import org.displacementstats.dataset.CheckStatus;
import org.displacementstats.figure.Figure;
import org.displacementstats.table.CheckRow;

/**
 * The {@code checks.csv} of a streamed import ({@link StreamedImport}), written batch by batch: the checks that are
 * listed go to one part file per rule group, in the order the checks of an imported dataset come (per figure:
 * {@code part-within-whole}, {@code parts-sum-within-whole}, {@code derived-non-negative}, {@code dates-ordered};
 * then what the file states about its numbers; then {@code quote-found}), and the part files are copied into
 * {@code checks.csv} at the end, followed by the counted {@code pass} rows ({@link ImportReport#checks}).
 */
final class ImportCheckParts {
    /** The per-figure rule groups, in the order the checks of an imported dataset come. */
    private static final List<String> PER_FIGURE =
            List.of("part-within-whole", "parts-sum-within-whole", "derived-non-negative", "dates-ordered");

    private static final String QUOTE_FOUND = "quote-found";

    private final Path dir;
    private final boolean all;
    private final List<CsvAppender> parts = new ArrayList<>();
    /** The passes of each rule, counted in a one-element array: no boxed count per check. */
    private final Map<String, long[]> passed = new LinkedHashMap<>();
    /** The rows each part file gets from a batch, emptied after each. */
    private final List<List<CheckRow>> listed = new ArrayList<>();

    private final ReportRow<CheckRow> printer = new ReportRow<>(CheckRow.COLUMNS);
    private final long[] statuses = new long[CheckStatus.values().length];
    private long quotes;
    private String quoteDetail;

    /**
     * @param dir the directory the report is written into, which holds the part files until {@link #write}
     * @param all list every check, one row each
     */
    ImportCheckParts(Path dir, boolean all) throws IOException {
        this.dir = dir;
        this.all = all;
        for (int i = 0; i <= PER_FIGURE.size() + 1; i++) {
            parts.add(CsvAppender.part(part(i)));
            listed.add(new ArrayList<>());
        }
    }

    private Path part(int i) {
        return dir.resolve(".checks-" + i + ".part");
    }

    /**
     * Adds the checks of a batch: its figures, and the figures before it that they name (whose own checks were
     * written with their batch).
     *
     * @param checks the checks of the batch's dataset
     * @param figures the batch's own figures
     * @param named the ids of the figures before it
     */
    void add(List<Check> checks, List<Figure> figures, Set<String> named) throws IOException {
        for (Check c : checks) {
            String rule = c.rule();
            if (!named.isEmpty() && PER_FIGURE.contains(rule) && isAbout(c.id(), rule, named)) {
                continue;
            }
            if (rule.equals(QUOTE_FOUND) && c.status() == CheckStatus.SKIPPED) {
                // One row for the file, its quotes counted over every batch.
                quoteDetail = c.detail();
                continue;
            }
            statuses[c.status().ordinal()]++;
            if (c.status() == CheckStatus.PASS && !all) {
                passed.computeIfAbsent(rule, r -> new long[1])[0]++;
            } else {
                listed.get(group(rule)).add(new CheckRow(c.id(), c.status(), c.detail()));
            }
        }
        for (int i = 0; i < listed.size(); i++) {
            if (!listed.get(i).isEmpty()) {
                parts.get(i).append(printer, listed.get(i));
                listed.get(i).clear();
            }
        }
        for (Figure f : figures) {
            if (f.evidence().source().isPresent()) {
                quotes += f.evidence().quote().isPresent() ? 1 : 0;
            }
        }
    }

    /** Whether a check's id ({@code rule:subject}) is about one of {@code subjects}, without cutting the id. */
    private static boolean isAbout(String id, String rule, Set<String> subjects) {
        for (String s : subjects) {
            if (id.length() == rule.length() + 1 + s.length() && id.endsWith(s)) {
                return true;
            }
        }
        return false;
    }

    /** The part file of a rule: its place in the order of the checks of an imported dataset. */
    private static int group(String rule) {
        int i = PER_FIGURE.indexOf(rule);
        return i >= 0 ? i : rule.equals(QUOTE_FOUND) ? PER_FIGURE.size() + 1 : PER_FIGURE.size();
    }

    /**
     * Ends the checks: the file's one skipped {@code quote-found} row, counted over every batch.
     *
     * @param sourceId the file's source
     */
    void end(String sourceId) throws IOException {
        if (quoteDetail == null) {
            return;
        }
        statuses[CheckStatus.SKIPPED.ordinal()]++;
        String detail = quoteDetail.replaceFirst(
                "its \\d+ quotes? (is|are) not checked",
                "its " + quotes + (quotes == 1 ? " quote is" : " quotes are") + " not checked");
        parts.get(group(QUOTE_FOUND))
                .append(printer, List.of(new CheckRow(QUOTE_FOUND + ":" + sourceId, CheckStatus.SKIPPED, detail)));
        quoteDetail = null;
    }

    /** Closes every part file still open, after a failure; the directory holding them is then deleted whole. */
    void closeAfterFailure(Throwable failure) {
        parts.forEach(p -> p.closeAfterFailure(failure));
    }

    /** Copies the part files into {@code checks} and deletes them, then writes the counted pass rows. */
    void write(CsvAppender checks) throws IOException {
        for (int i = 0; i < parts.size(); i++) {
            parts.get(i).close();
            checks.appendRows(part(i));
            Files.delete(part(i));
        }
        // By rule group as the checks come, then by first pass: a later batch may pass a rule of an earlier group.
        List<CheckRow> counted = new ArrayList<>();
        passed.entrySet().stream()
                .sorted(Comparator.comparingInt(e -> group(e.getKey())))
                .forEach(e -> counted.add(ImportReport.countedPass(e.getKey(), e.getValue()[0])));
        checks.append(printer, counted);
    }

    /** @return how many checks ran */
    long total() {
        long total = 0;
        for (long n : statuses) {
            total += n;
        }
        return total;
    }

    /** @return how many checks had that status */
    long count(CheckStatus status) {
        return statuses[status.ordinal()];
    }
}
