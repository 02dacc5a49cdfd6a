package org.displacementstats;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The one exception of the domain: a value, a file or a dataset that breaks a rule. Misuse of the Java API (a
 * {@code null}, an out-of-range argument) throws {@link NullPointerException} or
 * {@link IllegalArgumentException} instead, as {@code java.time} does.
 *
 * <p>Messages name the field (or the file, line and column), the rule and the offending value, for
 * example {@code "Count.value must be >= 0 but was -5"} or
 * {@code "figures.csv line 7, column 11 'count': expected a whole number but was '1,200'; write 1200"}. A program
 * reads the same parts from {@link #file()}, {@link #line()}, {@link #column()}, {@link #field()} and
 * {@link #value()}, each empty where not known.
 *
 * <p>Reading or building a dataset reports every problem it finds at once: {@link #problems()} lists them (a
 * single problem lists itself), and the message then names them all, one per line.
 *
 * <p>Immutable once thrown; safe to share between threads.
 */
public final class DisplacementDataException extends RuntimeException {
    private static final long serialVersionUID = 2L;
    /** How long the message of several problems grows before it stops listing them. */
    private static final int SHOWN_CHARACTERS = 800;

    /** The file or dataset the problem is in; {@code null} where not known. */
    private final String file;
    /** The line, from 1; -1 where not known. */
    private final long line;
    /** The column, from 1; -1 where not known. */
    private final long column;
    /** The column's or component's name; {@code null} where not known. */
    private final String field;
    /** The offending value as written; {@code null} where not known. */
    private final String value;
    /** Several problems gathered by {@link #all}; {@code null} for a single problem (not serialized). */
    private final transient List<DisplacementDataException> problems;

    /**
     * Creates an exception with a message that names the field, the rule and the value.
     *
     * @param message what was wrong and what would be valid
     */
    public DisplacementDataException(String message) {
        this(message, null);
    }

    /**
     * Creates an exception that wraps a lower-level cause (an I/O or parse error).
     *
     * @param message what was wrong and what would be valid
     * @param cause the underlying error
     */
    public DisplacementDataException(String message, Throwable cause) {
        this(message, cause, null, -1, -1, null, null, null);
    }

    private DisplacementDataException(
            String message,
            Throwable cause,
            String file,
            long line,
            long column,
            String field,
            String value,
            List<DisplacementDataException> problems) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.field = field;
        this.value = value;
        this.problems = problems == null ? null : List.copyOf(problems);
    }

    /**
     * A problem at a known place, for importers and readers that give every part of it.
     *
     * @param message the whole message, which already names the parts
     * @return a builder of the exception
     */
    public static Builder problem(String message) {
        return new Builder(message);
    }

    /**
     * One exception that holds several problems, or the only one itself.
     *
     * @param problems the problems found, at least one, in the order found
     * @return the exception to throw; its message lists every problem, one per line
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public static DisplacementDataException all(List<DisplacementDataException> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("problems must hold at least one problem but was empty");
        }
        List<DisplacementDataException> flat =
                problems.stream().flatMap(p -> p.problems().stream()).toList();
        if (flat.size() == 1) {
            return flat.get(0);
        }
        StringBuilder message = new StringBuilder(flat.size() + " problems:");
        int shown = 0;
        // A file with a thousand bad rows must not flood a terminal: the message shows the first few.
        while (shown < flat.size()
                && (shown == 0
                        || message.length() + flat.get(shown).getMessage().length() < SHOWN_CHARACTERS)) {
            message.append(System.lineSeparator())
                    .append("  ")
                    .append(flat.get(shown++).getMessage());
        }
        if (shown < flat.size()) {
            message.append(System.lineSeparator())
                    .append("  … and ")
                    .append(flat.size() - shown)
                    .append(" more (problems() lists them all)");
        }
        DisplacementDataException first = flat.get(0);
        return new DisplacementDataException(message.toString(), first, first.file, -1, -1, null, null, flat);
    }

    /**
     * This problem, said of a row of a file: the message gains the {@code "file line n: "} prefix, and the field
     * and value are kept.
     *
     * @param file the file's name as messages give it
     * @param line the line, from 1
     * @return the located exception, caused by this one
     */
    public DisplacementDataException at(String file, long line) {
        return new DisplacementDataException(
                file + " line " + line + ": " + getMessage(), this, file, line, column, field, value, null);
    }

    /**
     * This problem, said of a whole file or dataset: the message gains the {@code "file: "} prefix.
     *
     * @param file the file's or dataset's name as messages give it
     * @return the located exception, caused by this one
     */
    public DisplacementDataException in(String file) {
        if (problems().size() > 1) {
            return all(problems().stream().map(p -> p.in(file)).toList());
        }
        return new DisplacementDataException(file + ": " + getMessage(), this, file, line, column, field, value, null);
    }

    /** @return the file (or dataset) the problem is in, if known */
    public Optional<String> file() {
        return Optional.ofNullable(file);
    }

    /** @return the line of the file, from 1, if known */
    public OptionalLong line() {
        return line < 0 ? OptionalLong.empty() : OptionalLong.of(line);
    }

    /** @return the column of the file, from 1, if known */
    public OptionalLong column() {
        return column < 0 ? OptionalLong.empty() : OptionalLong.of(column);
    }

    /**
     * @return the field that breaks a rule, if known: a CSV column's name ({@code count}) or a record's component
     *     ({@code Count.value})
     */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    /** @return the offending value as written, if known */
    public Optional<String> value() {
        return Optional.ofNullable(value);
    }

    /** @return every problem this exception reports, in the order found; a single problem lists itself */
    public List<DisplacementDataException> problems() {
        return problems == null ? List.of(this) : problems;
    }

    /**
     * Gathers the parts of one problem; not thread-safe, use it where it is made.
     */
    public static final class Builder {
        private final String message;
        private Throwable cause;
        private String file;
        private long line = -1;
        private long column = -1;
        private String field;
        private String value;

        private Builder(String message) {
            this.message = Objects.requireNonNull(message, "message");
        }

        /**
         * @param file the file's name as messages give it
         * @return this builder
         */
        public Builder file(String file) {
            this.file = Objects.requireNonNull(file, "file");
            return this;
        }

        /**
         * @param line the line, from 1
         * @return this builder
         */
        public Builder line(long line) {
            if (line < 1) {
                throw new IllegalArgumentException("line must be >= 1 but was " + line);
            }
            this.line = line;
            return this;
        }

        /**
         * @param column the column, from 1
         * @return this builder
         */
        public Builder column(long column) {
            if (column < 1) {
                throw new IllegalArgumentException("column must be >= 1 but was " + column);
            }
            this.column = column;
            return this;
        }

        /**
         * @param field the column's or component's name
         * @return this builder
         */
        public Builder field(String field) {
            this.field = Objects.requireNonNull(field, "field");
            return this;
        }

        /**
         * @param value the offending value as written
         * @return this builder
         */
        public Builder value(String value) {
            this.value = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * @param cause the underlying error
         * @return this builder
         */
        public Builder cause(Throwable cause) {
            this.cause = Objects.requireNonNull(cause, "cause");
            return this;
        }

        /** @return the exception */
        public DisplacementDataException build() {
            return new DisplacementDataException(message, cause, file, line, column, field, value, null);
        }
    }
}
