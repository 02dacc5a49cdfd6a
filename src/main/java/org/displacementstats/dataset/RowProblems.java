package org.displacementstats.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.displacementstats.DisplacementDataException;

/**
 * The problems found while reading a dataset's files: a row that breaks a rule is reported and skipped, and
 * reading goes on, so that one run names every bad cell.
 */
final class RowProblems {
    private final List<DisplacementDataException> problems = new ArrayList<>();

    void add(DisplacementDataException problem) {
        problems.add(problem);
    }

    /** Reads each row of a file, if it could be parsed; a row that breaks a rule is reported and skipped. */
    void eachRow(Optional<CsvFile> csv, Consumer<CsvRow> read) {
        for (CsvRow row : csv.map(CsvFile::rows).orElse(List.of())) {
            try {
                read.accept(row);
            } catch (DisplacementDataException e) {
                problems.add(e);
            }
        }
    }

    /** @throws DisplacementDataException holding every problem found so far, if there is any */
    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw DisplacementDataException.all(problems);
        }
    }
}
