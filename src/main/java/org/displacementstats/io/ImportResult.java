package org.displacementstats.io;

import java.util.List;
import java.util.Objects;
import org.displacementstats.RejectedRow;
import org.displacementstats.dataset.DisplacementDataset;

/**
 * What an import gives: the dataset, and what the file held that did not become figures.
 *
 * @param dataset the imported figures, with one source for the file and its checks
 * @param records how many records (non-blank lines, header rows included) were read
 * @param missingValues how many number cells were blank, {@code nan}, {@code NA}, {@code N/A} or {@code -}:
 *     missing, never 0
 * @param suppressedValues how many number cells the publisher suppressed ({@code *}): missing, never 0, and
 *     reported as a {@code suppressed-values} warning
 * @param rejected the rows set aside when bad rows are skipped; empty otherwise
 * @param keptColumns the columns not turned into figures (unknown HXL tags, households without a size), kept
 *     in each figure's quote of its record, as {@code header (#tag): why}
 */
public record ImportResult(
        DisplacementDataset dataset,
        long records,
        long missingValues,
        long suppressedValues,
        List<RejectedRow> rejected,
        List<String> keptColumns) {

    /**
     * Copies the lists.
     *
     * @param dataset the imported figures, with one source for the file and its checks
     * @param records how many records (non-blank lines, header rows included) were read
     * @param missingValues how many number cells were blank, {@code nan}, {@code NA}, {@code N/A} or {@code -}:
     *     missing, never 0
     * @param suppressedValues how many number cells the publisher suppressed ({@code *}): missing, never 0, and
     *     reported as a {@code suppressed-values} warning
     * @param rejected the rows set aside when bad rows are skipped; empty otherwise
     * @param keptColumns the columns not turned into figures (unknown HXL tags, households without a size), kept in
     *     each figure's quote of its record, as {@code header (#tag): why}
     */
    public ImportResult {
        Objects.requireNonNull(dataset, "ImportResult.dataset");
        rejected = List.copyOf(rejected);
        keptColumns = List.copyOf(keptColumns);
    }
}
