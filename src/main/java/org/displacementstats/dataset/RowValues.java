package org.displacementstats.dataset;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.displacementstats.figure.Count;
import org.displacementstats.figure.Period;
import org.displacementstats.figure.PeriodAccuracy;
import org.displacementstats.figure.Place;
import org.displacementstats.figure.Quantifier;
import org.displacementstats.provenance.Quote;
import org.displacementstats.provenance.Source;

/** The values that several dataset files write over several cells: a count, a period, a quote. */
final class RowValues {
    private RowValues() {}

    static Period period(CsvRow row) {
        LocalDate start = row.date("period_start");
        LocalDate end = row.date("period_end");
        if (end.isBefore(start)) {
            throw row.error(
                    "period_end",
                    "must not be before period_start " + start,
                    row.raw("period_end"),
                    "write a date on or after " + start);
        }
        return row.build(() -> new Period(start, end, row.enumValue("period_accuracy", PeriodAccuracy.class)));
    }

    static Count count(CsvRow row) {
        String q = row.raw("quantifier");
        Quantifier quantifier = Quantifier.fromCsvName(q)
                .orElseThrow(() -> row.error(
                        "quantifier",
                        "expected one of exact (or empty), about, nearly, at_least, more_than, up_to, less_than,"
                                + " between, vague",
                        q,
                        "use one of those words"));
        Optional<Long> value = row.wholeNumber("count");
        Optional<Long> high = row.wholeNumber("count_high");
        if (quantifier == Quantifier.VAGUE) {
            if (value.isPresent()) {
                throw row.error(
                        "count",
                        "must be empty when quantifier is vague",
                        row.raw("count"),
                        "leave it empty, or choose another quantifier");
            }
            requireEmpty(row, "count_high", "only between has a count_high");
            return Count.vague();
        }
        long v = value.orElseThrow(() -> row.error(
                "count",
                "must not be empty (quantifier " + quantifier.csvName() + ")",
                "",
                "write the number, or use quantifier vague for « des milliers »"));
        if (quantifier == Quantifier.BETWEEN) {
            long h = high.orElseThrow(() -> row.error(
                    "count_high", "must not be empty when quantifier is between", "", "write the upper number"));
            if (h <= v) {
                throw row.error(
                        "count_high",
                        "must be greater than count " + v + " when quantifier is between",
                        row.raw("count_high"),
                        "write the upper number of « entre " + v + " et … »");
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

    /** Code points of prefix and suffix kept for a quote located in its text, as in the bundled dataset. */
    static final int QUOTE_CONTEXT = 24;

    /**
     * The quote of a row. When quote_start and quote_end are both empty and the source's text is known, the quote
     * is found in the text (its prefix and suffix, if given, must stand around it), so that a figure typed by hand
     * needs no offsets.
     *
     * @param text the source's text, or null when the dataset does not have it
     */
    static Quote quote(CsvRow row, String text) {
        if (text != null
                && row.raw("quote_start").isEmpty()
                && row.raw("quote_end").isEmpty()) {
            String exact = row.raw("quote_exact");
            if (exact.isEmpty()) {
                throw row.error("quote_exact", "must not be empty", "", "copy the source's words");
            }
            return row.build(
                    () -> Quote.locate(text, exact, row.raw("quote_prefix"), row.raw("quote_suffix"), QUOTE_CONTEXT));
        }
        return quote(row);
    }

    static Quote quote(CsvRow row) {
        int start = row.index("quote_start");
        int end = row.index("quote_end");
        String exact = row.raw("quote_exact");
        return row.build(() -> new Quote(exact, row.raw("quote_prefix"), row.raw("quote_suffix"), start, end));
    }

    /** The place a row names in {@code column}, which places.csv must list. */
    static Place place(CsvRow row, String column, Map<String, Place> places) {
        String name = row.text(column);
        Place p = places.get(name);
        if (p == null) {
            throw row.error(
                    column,
                    "must name a place listed in " + DatasetReader.PLACES,
                    name,
                    "add it to " + DatasetReader.PLACES + " or fix the spelling");
        }
        return p;
    }

    /** The source a row names, which sources.csv must list. */
    static Source source(CsvRow row, Map<String, Source> sources) {
        String id = row.text("source");
        Source s = sources.get(id);
        if (s == null) {
            throw row.error(
                    "source",
                    "must name a source listed in " + DatasetReader.SOURCES,
                    id,
                    "add it to " + DatasetReader.SOURCES + " or fix the id");
        }
        return s;
    }
}
