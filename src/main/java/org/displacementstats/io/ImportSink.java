package org.displacementstats.io;

import java.time.LocalDate;
import org.displacementstats.RejectedRow;
import org.displacementstats.dataset.Expectation;
import org.displacementstats.figure.Figure;
import org.displacementstats.provenance.Source;

/**
 * Receives an import's figures one by one, as they are built, so that a large file is never held whole
 * ({@link ImportOptions#streamingTo}). The file is then read twice: the first reading checks every row, hands
 * the rows set aside to {@link #rejected} and learns the file's source (its date is the latest date in the file);
 * the second hands each figure over in the order the in-memory import would hold it, and each expectation as soon
 * as its figures are known: a cumulative series hands one "not falling" expectation per pair of consecutive stocks,
 * where the in-memory import holds one over all its stocks; the checks that come out are the same.
 *
 * <p>A bad row stops the first reading (unless bad rows are skipped), before any figure is handed over.
 */
public interface ImportSink {
    /**
     * A row set aside, during the first reading (only when bad rows are skipped).
     *
     * @param row the row, where it is and why
     */
    void rejected(RejectedRow row);

    /**
     * The second reading starts.
     *
     * @param source the file's one source, as every figure gives it
     * @param partsOfWholes whether some figure is part of another ({@code part_of}), so that checks need figures
     *     from anywhere in the file
     */
    void begin(Source source, boolean partsOfWholes);

    /**
     * The next figure, stated or derived, in file order.
     *
     * @param figure the figure
     */
    void figure(Figure figure);

    /**
     * What the file states about its numbers, once the figures it names have been handed over.
     *
     * @param expectation the expectation
     */
    void expectation(Expectation expectation);

    /**
     * Every figure still to come starts after {@code day}: what is added up by period up to that day is final. A
     * reader says so when its records are in date order (a series); the default does nothing.
     *
     * @param day the last day no figure to come covers the start of
     */
    default void settled(LocalDate day) {}
}
