package org.displacementstats.dataset;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.figure.Count;
import org.displacementstats.internal.CsvCells;
import org.displacementstats.internal.IsoDates;

/** One data row of a {@link CsvFile}, with typed accessors whose errors name file, line, column and value. */
final class CsvRow {
    private static final Pattern DIGITS = Pattern.compile("\\d{1,19}");
    /** A record's field in a validation message: {@code Quote.end}. */
    private static final Pattern RECORD_FIELD = Pattern.compile("\\b(Quote|Count|Period|Source|Place|Stock|Flow|Figure"
            + "|ControlChange|Claim|Evidence|Lineage|Estimate|Interval)\\.([a-z][A-Za-z]*)\\b");

    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:[,.\u00a0\u202f ]\\d{3})+");

    private final String file;
    private final long line;
    private final Map<String, Integer> columns;
    private final List<String> fields;

    CsvRow(String file, long line, Map<String, Integer> columns, List<String> fields) {
        this.file = file;
        this.line = line;
        this.columns = columns;
        this.fields = fields;
    }

    long line() {
        return line;
    }

    /** @return where this row is, as messages say it: {@code figures.csv line 7} */
    String where() {
        return file + " line " + line;
    }

    /** The raw cell, or "" when the optional column is absent from the header. */
    String raw(String column) {
        Integer i = columns.get(column);
        return i == null ? "" : CsvCells.unguard(fields.get(i));
    }

    Optional<String> optional(String column) {
        String value = raw(column);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!value.strip().equals(value)) {
            throw error(column, "must not start or end with spaces", value, "remove the spaces");
        }
        return Optional.of(value);
    }

    String text(String column) {
        return optional(column).orElseThrow(() -> error(column, "must not be empty", "", "fill it in"));
    }

    LocalDate date(String column) {
        String value = text(column);
        try {
            return IsoDates.day(value);
        } catch (DateTimeParseException e) {
            if (IsoDates.isNotADay(e)) {
                throw error(column, "must be a day of the calendar", value, e.getMessage());
            }
            throw error(column, "expected an ISO date YYYY-MM-DD", value, "write e.g. 2016-11-28");
        }
    }

    Optional<Long> wholeNumber(String column) {
        String value = raw(column);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (DIGITS.matcher(value).matches()) {
            long n;
            try {
                n = Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw error(column, "must be at most " + Count.MAX_VALUE, value, "check the number");
            }
            if (n > Count.MAX_VALUE) {
                throw error(
                        column,
                        "must be at most " + Count.MAX_VALUE + " (more than the world's population)",
                        value,
                        "check the number");
            }
            return Optional.of(n);
        }
        if (GROUPED.matcher(value).matches()) {
            throw error(
                    column,
                    "expected a whole number without separators",
                    value,
                    "write " + value.replaceAll("\\D", ""));
        }
        if (value.startsWith("-") && DIGITS.matcher(value.substring(1)).matches()) {
            throw error(column, "must be >= 0 (a number of people)", value, "write the number without a sign");
        }
        throw error(column, "expected a whole number of people (digits only)", value, "write e.g. 1200");
    }

    int index(String column) {
        String value = text(column);
        if (!DIGITS.matcher(value).matches() || value.length() > 9) {
            throw error(column, "expected a whole number >= 0", value, "write e.g. 1042");
        }
        return Integer.parseInt(value);
    }

    <E extends Enum<E>> E enumValue(String column, Class<E> type) {
        String value = text(column);
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value)) {
                return e;
            }
        }
        StringBuilder valid = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            valid.append(valid.length() == 0 ? "" : ", ").append(e.name().toLowerCase(Locale.ROOT));
        }
        throw error(column, "expected one of " + valid, value, "use one of those words");
    }

    /**
     * Builds a record from this row, so that a record's own validation message also names where the row is.
     */
    <T> T build(Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (DisplacementDataException e) {
            // An accessor of this row, called inside the constructor's arguments, already said where.
            if (e.getMessage().startsWith(where() + ",")) {
                throw e;
            }
            DisplacementDataException.Builder located = DisplacementDataException.problem(
                            where() + ": " + columnNames(e.getMessage()))
                    .file(file)
                    .line(line)
                    .cause(e);
            e.column().ifPresent(located::column);
            e.field().ifPresent(f -> located.field(columnNames(f)));
            e.value().ifPresent(located::value);
            throw located.build();
        }
    }

    /**
     * A record's message in the words of the file: {@code Quote.end} is the column {@code quote_end}, {@code
     * Count.value} the column {@code count}, {@code Source.textFile} the column {@code text_file}.
     */
    static String columnNames(String message) {
        Matcher m = RECORD_FIELD.matcher(message);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String type = m.group(1);
            String field = m.group(2).replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
            String column = switch (type) {
                case "Quote" -> "quote_" + field;
                case "Period" -> field.equals("accuracy") ? "period_accuracy" : "period_" + field;
                case "Count" -> field.equals("value") ? "count" : "count_" + field;
                default -> field;
            };
            m.appendReplacement(b, column);
        }
        return m.appendTail(b).toString();
    }

    DisplacementDataException error(String column, String rule, String value, String fix) {
        Integer i = columns.get(column);
        String at = i == null ? "" : " " + (i + 1);
        DisplacementDataException.Builder problem = DisplacementDataException.problem(where() + ", column" + at + " '"
                        + column + "': " + rule + " but was '" + CsvFile.shown(value) + "'; " + fix)
                .file(file)
                .line(line)
                .field(column)
                .value(value);
        return (i == null ? problem : problem.column(i + 1L)).build();
    }
}
