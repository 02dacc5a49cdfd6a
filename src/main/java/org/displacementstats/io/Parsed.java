package org.displacementstats.io;

import java.util.Objects;
import java.util.Optional;

/**
 * What reading a cell (or a part of a record) gives: the value read, or the {@link Problem} that sets the record
 * aside. The readers return it instead of throwing, and pass a rejection on to the row's reader, which stops there:
 *
 * <pre>{@code
 * Parsed<LocalDate> date = row.isoDate(fields, 0, "date");
 * if (date.isRejected()) {
 *     return date.problem();
 * }
 * }</pre>
 *
 * @param <T> the type of the value
 */
sealed interface Parsed<T> permits Parsed.Read, Parsed.Rejected {
    /**
     * A value read.
     *
     * @param value the value
     * @param <T> its type
     */
    record Read<T>(T value) implements Parsed<T> {
        public Read {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public boolean isRejected() {
            return false;
        }

        @Override
        public Optional<Problem> problem() {
            return Optional.empty();
        }

        @Override
        public <U> Parsed<U> passOn() {
            throw new IllegalStateException("nothing to pass on: the value was read (" + value + ")");
        }
    }

    /**
     * A cell or record that breaks a rule.
     *
     * @param why what is wrong, and where in the record
     * @param <T> the type of the value that could not be read
     */
    record Rejected<T>(Problem why) implements Parsed<T> {
        public Rejected {
            Objects.requireNonNull(why, "why");
        }

        @Override
        public boolean isRejected() {
            return true;
        }

        @Override
        public T value() {
            throw new IllegalStateException("no value: " + why);
        }

        @Override
        public Optional<Problem> problem() {
            return Optional.of(why);
        }

        @Override
        public <U> Parsed<U> passOn() {
            return new Rejected<>(why);
        }
    }

    /** @return {@code value}, read */
    static <T> Parsed<T> of(T value) {
        return new Read<>(value);
    }

    /** @return a rejection for {@code problem} */
    static <T> Parsed<T> rejected(Problem problem) {
        return new Rejected<>(problem);
    }

    /** @return whether the cell breaks a rule */
    boolean isRejected();

    /**
     * @return the value read
     * @throws IllegalStateException if the cell was rejected: check {@link #isRejected()} first
     */
    T value();

    /** @return what is wrong, or empty when the value was read */
    Optional<Problem> problem();

    /**
     * Passes a rejection on, from a reader of a {@code T} to its caller, which reads something else.
     *
     * @param <U> what the caller reads
     * @return this rejection
     * @throws IllegalStateException if the value was read
     */
    <U> Parsed<U> passOn();

    /**
     * For a cell outside any row that can be set aside (a header, the rows searched for HXL hashtags): a problem
     * stops the import.
     *
     * @param where the record read
     * @return the value read
     * @throws org.displacementstats.DisplacementDataException naming the file, line, column and value, if rejected
     */
    default T orElseThrow(Record where) {
        if (isRejected()) {
            throw problem().orElseThrow().exception(where);
        }
        return value();
    }
}
