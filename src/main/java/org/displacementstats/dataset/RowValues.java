package org.displacementstats.dataset;

import java.time.LocalDate;
import java.util.Optional;
import org.displacementstats.figure.Count;
import org.displacementstats.figure.Period;
import org.displacementstats.figure.PeriodAccuracy;
import org.displacementstats.figure.Quantifier;
import org.displacementstats.provenance.Quote;

/** The values that several dataset files write over several cells: a count, a period, a quote. */
final class RowValues {
    private RowValues() {
    }

    static Period period(CsvRow row) {
        LocalDate start = row.date("period_start");
        LocalDate end = row.date("period_end");
        if (end.isBefore(start)) {
            throw row.error("period_end", "must not be before period_start " + start, row.raw("period_end"),
                    "write a date on or after " + start);
        }
        return row.build(() -> new Period(start, end, row.enumValue("period_accuracy", PeriodAccuracy.class)));
    }

    static Count count(CsvRow row) {
        String q = row.raw("quantifier");
        Quantifier quantifier = Quantifier.fromCsvName(q).orElseThrow(() -> row.error("quantifier",
                "expected one of exact (or empty), about, nearly, at_least, more_than, up_to, less_than, between,"
                + " vague", q, "use one of those words"));
        Optional<Long> value = row.wholeNumber("count");
        Optional<Long> high = row.wholeNumber("count_high");
        if (quantifier == Quantifier.VAGUE) {
            if (value.isPresent()) {
                throw row.error("count", "must be empty when quantifier is vague", row.raw("count"),
                        "leave it empty, or choose another quantifier");
            }
            requireEmpty(row, "count_high", "only between has a count_high");
            return Count.vague();
        }
        long v = value.orElseThrow(() -> row.error("count", "must not be empty (quantifier " + quantifier.csvName()
                + ")", "", "write the number, or use quantifier vague for « des milliers »"));
        if (quantifier == Quantifier.BETWEEN) {
            long h = high.orElseThrow(() -> row.error("count_high", "must not be empty when quantifier is between",
                    "", "write the upper number"));
            if (h <= v) {
                throw row.error("count_high", "must be greater than count " + v + " when quantifier is between",
                        row.raw("count_high"), "write the upper number of « entre " + v + " et … »");
            }
            return row.build(() -> Count.between(v, h));
        }
        requireEmpty(row, "count_high", "only between has a count_high");
        return row.build(() -> Count.of(quantifier, v));
    }

    static Optional<Count> noCount(CsvRow row) {
        requireEmpty(row, "count", "a derived figure (derived_as) takes its value from its formula");
        requireEmpty(row, "count_high", "a derived figure (derived_as) takes its value from its formula");
        requireEmpty(row, "quantifier", "a derived figure (derived_as) takes its value from its formula");
        return Optional.empty();
    }

    static void requireEmpty(CsvRow row, String column, String why) {
        String value = row.raw(column);
        if (!value.isEmpty()) {
            throw row.error(column, "must be empty: " + why, value, "clear the cell");
        }
    }

    static Quote quote(CsvRow row) {
        int start = row.index("quote_start");
        int end = row.index("quote_end");
        String exact = row.raw("quote_exact");
        return row.build(() -> new Quote(exact, row.raw("quote_prefix"), row.raw("quote_suffix"), start, end));
    }}
