package org.displacementstats.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.displacementstats.figure.Estimate;
import org.displacementstats.io.ImportResult;
import org.displacementstats.io.StockTotals;
import org.displacementstats.report.ImportOutcome;
import org.displacementstats.table.SummaryRow;

/** What {@code import} prints: never a total that mixes dates or kinds of people, never an empty date. */
final class ImportConsole {
    private ImportConsole() {}

    /**
     * Prints what an import read and wrote: counts, stock totals per date, flows, checks, kept columns.
     *
     * @return the counts of the checks, for {@code --strict}
     */
    static CheckCounts print(
            PrintWriter w, Path file, String format, Path out, ImportOutcome outcome, boolean wroteRejected) {
        ImportResult result = outcome.result();
        w.println("imported " + file + " (" + format + "): " + result.records() + " records, " + outcome.figures()
                + " figures (" + outcome.stocks() + " stocks, " + (outcome.figures() - outcome.stocks())
                + " flows, of which " + outcome.derived() + " derived), " + result.missingValues()
                + " missing values kept missing, " + outcome.rejected() + " rows rejected");
        printStocks(w, outcome.stockTotals());
        SummaryRow total = outcome.total();
        w.println(total.flow()
                .flatMap(f -> f.point().isPresent() ? Optional.of(f) : Optional.empty())
                .map(f -> "flows: " + people(f) + " ("
                        + total.flowStart().map(LocalDate::toString).orElseThrow() + " to "
                        + total.flowEnd().map(LocalDate::toString).orElseThrow() + ")")
                .orElse("flows: none in the file"));
        if (result.suppressedValues() > 0) {
            w.println("suppressed: " + result.suppressedValues() + " cells ('*'), missing and not counted, so the"
                    + " totals are low");
        }
        CheckCounts checks = new CheckCounts(outcome.checks(), outcome.failed(), outcome.warned(), outcome.skipped());
        w.println("checks: " + checks.total() + " (" + checks.passed() + " pass, " + checks.warned() + " warn, "
                + checks.failed() + " fail, " + checks.skipped() + " skipped)");
        if (!result.keptColumns().isEmpty()) {
            Iterator<String> it = result.keptColumns().iterator();
            List<String> shown = new ArrayList<>();
            while (it.hasNext() && shown.size() < 10) {
                shown.add(it.next());
            }
            w.println("kept, not read as figures: " + String.join("; ", shown)
                    + (result.keptColumns().size() > shown.size() ? "; ..." : ""));
        }
        int files = 5 + (wroteRejected ? 1 : 0);
        w.println("wrote " + files + " files to " + out);
        return checks;
    }

    /** Stock totals per date and what is counted, never mixed; the latest known per place only named so. */
    private static void printStocks(PrintWriter w, StockTotals totals) {
        if (totals.atDates().isEmpty()) {
            w.println("stocks: none in the file");
            return;
        }
        LocalDate last = totals.atDates().get(totals.atDates().size() - 1).date();
        List<StockTotals.AtDate> latest =
                totals.atDates().stream().filter(t -> t.date().equals(last)).toList();
        long dates = totals.atDates().stream()
                .map(StockTotals.AtDate::date)
                .distinct()
                .count();
        for (StockTotals.AtDate t : latest.subList(0, Math.min(5, latest.size()))) {
            w.println("stock at " + t.date() + " (" + t.what() + "): " + t.people() + " in " + t.places()
                    + (t.places() == 1 ? " place" : " places"));
        }
        if (latest.size() > 5 || dates > 1) {
            w.println("  (" + totals.atDates().size() + " stock totals over " + dates + " dates, each of one date and"
                    + " one kind of people; see summary-by-period.csv)");
        }
        for (StockTotals.LatestKnown k : totals.latestKnown()) {
            if (!k.isOneDate()) {
                w.println("latest known per place (" + k.what() + "), not a total at one date: " + k.people() + " in "
                        + k.places() + " places, the newest part of " + k.latest() + ", the oldest of " + k.oldest()
                        + " (" + age(k.oldestPartAge()) + " older)");
            }
        }
    }

    private static String age(java.time.Period p) {
        List<String> parts = new ArrayList<>();
        addUnit(parts, p.getYears(), "year");
        addUnit(parts, p.getMonths(), "month");
        addUnit(parts, p.getDays(), "day");
        return String.join(" ", parts);
    }

    private static void addUnit(List<String> parts, int n, String unit) {
        if (n > 0) {
            parts.add(n + " " + unit + (n == 1 ? "" : "s"));
        }
    }

    private static String people(Estimate e) {
        long p = e.point().getAsLong();
        OptionalLong low = e.interval().low();
        OptionalLong high = e.interval().high();
        return low.equals(OptionalLong.of(p)) && high.equals(OptionalLong.of(p))
                ? Long.toString(p)
                : p + " [" + (low.isEmpty() ? "-inf" : Long.toString(low.getAsLong())) + ", "
                        + (high.isEmpty() ? "inf" : Long.toString(high.getAsLong())) + "]";
    }
}
