package org.displacementstats.flowlog;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.figure.Count;
import org.displacementstats.figure.Interval;
import org.displacementstats.figure.Quantifier;
import org.displacementstats.figure.QuantifierPolicy;
import org.displacementstats.flowlog.FlowLogSummary.DateTotals;
import org.displacementstats.flowlog.FlowLogSummary.DestinationTotals;
import org.displacementstats.flowlog.FlowLogSummary.OriginDestinationTotals;
import org.displacementstats.flowlog.FlowLogSummary.Totals;

/**
 * The straightforward computation the streaming summary must equal: every record through FastCSV's
 * CsvRecord, {@link Quantifier#fromCsvName}, {@link Count#interval}, and sorted maps of boxed sums.
 */
final class ReferenceSummary {
    /** Code point order, as UTF-8 bytes compared unsigned. */
    static final Comparator<String> BY_CODE_POINT =
            (a, b) -> Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));

    private static final Set<Quantifier> SINGLE_VALUED = Set.of(
            Quantifier.EXACT,
            Quantifier.ABOUT,
            Quantifier.NEARLY,
            Quantifier.AT_LEAST,
            Quantifier.MORE_THAN,
            Quantifier.UP_TO,
            Quantifier.LESS_THAN);

    /** A bad row as line and field number. */
    record Bad(long line, int column) {}

    final List<OriginDestinationTotals> byOriginDestination = new ArrayList<>();
    final List<DateTotals> byDate = new ArrayList<>();
    final List<DestinationTotals> byDestination = new ArrayList<>();
    final List<Bad> bad = new ArrayList<>();
    long rows;

    static ReferenceSummary of(Path file, QuantifierPolicy policy) {
        ReferenceSummary r = new ReferenceSummary();
        Map<List<String>, Sums> pairs = new TreeMap<>((x, y) -> {
            int c = BY_CODE_POINT.compare(x.get(0), y.get(0));
            return c != 0 ? c : BY_CODE_POINT.compare(x.get(1), y.get(1));
        });
        Map<LocalDate, Sums> dates = new TreeMap<>();
        Map<String, Sums> destinations = new TreeMap<>(BY_CODE_POINT);
        try (CsvReader<CsvRecord> reader = CsvReader.builder()
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .ofCsvRecord(file)) {
            boolean header = true;
            for (CsvRecord rec : reader) {
                if (header) {
                    header = false;
                    continue;
                }
                List<String> f = rec.getFields();
                long line = rec.getStartingLineNumber();
                Optional<Integer> problem = problem(f);
                if (problem.isPresent()) {
                    r.bad.add(new Bad(line, problem.get()));
                    continue;
                }
                Count count = Count.of(Quantifier.fromCsvName(f.get(4)).orElseThrow(), Long.parseLong(f.get(3)));
                Interval interval = count.interval(policy);
                long point = count.point().orElseThrow();
                pairs.computeIfAbsent(List.of(f.get(1), f.get(2)), k -> new Sums())
                        .add(point, interval);
                dates.computeIfAbsent(LocalDate.parse(f.get(0)), k -> new Sums())
                        .add(point, interval);
                destinations.computeIfAbsent(f.get(2), k -> new Sums()).add(point, interval);
                r.rows++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long total = destinations.values().stream().mapToLong(s -> s.point).sum();
        pairs.forEach((k, s) -> r.byOriginDestination.add(new OriginDestinationTotals(k.get(0), k.get(1), s.totals())));
        dates.forEach((k, s) -> r.byDate.add(new DateTotals(k, s.totals())));
        destinations.forEach((k, s) -> r.byDestination.add(new DestinationTotals(
                k, s.totals(), total == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) s.point / total))));
        return r;
    }

    /** The field number of the first rule a record breaks, in the order the summary checks them. */
    private static Optional<Integer> problem(List<String> f) {
        if (f.size() != 6) {
            return Optional.of(Math.min(f.size() + 1, 7));
        }
        try {
            LocalDate.parse(f.get(0));
        } catch (DateTimeParseException e) {
            return Optional.of(1);
        }
        if (f.get(0).length() != 10) {
            return Optional.of(1);
        }
        if (f.get(1).isEmpty()) {
            return Optional.of(2);
        }
        if (f.get(2).isEmpty()) {
            return Optional.of(3);
        }
        if (!f.get(3).matches("[0-9]+")) {
            return Optional.of(4);
        }
        Optional<Quantifier> q = Quantifier.fromCsvName(f.get(4)).filter(SINGLE_VALUED::contains);
        if (q.isEmpty()) {
            return Optional.of(5);
        }
        try {
            Count.of(q.get(), Long.parseLong(f.get(3)));
        } catch (NumberFormatException | DisplacementDataException e) {
            return Optional.of(4);
        }
        return Optional.empty();
    }

    private static final class Sums {
        long rows;
        long point;
        long low;
        long high;
        boolean unbounded;

        void add(long p, Interval interval) {
            rows++;
            point += p;
            low += interval.low().orElseThrow();
            OptionalLong h = interval.high();
            if (h.isPresent()) {
                high += h.getAsLong();
            } else {
                unbounded = true;
            }
        }

        Totals totals() {
            return new Totals(rows, point, low, unbounded ? OptionalLong.empty() : OptionalLong.of(high));
        }
    }
}
