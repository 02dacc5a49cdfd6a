package org.displacementstats.report;

import org.displacementstats.io.ImportResult;
import org.displacementstats.io.StockTotals;
import org.displacementstats.table.SummaryRow;

/**
 * What a streamed import ({@link StreamedImport}) read and wrote, for the console.
 *
 * @param result what the import read (its dataset holds the file's source alone)
 * @param figures how many figures were written
 * @param stocks how many of them are stocks
 * @param derived how many are derived
 * @param rejected how many rows were set aside
 * @param stockTotals the stock totals per date and what is counted
 * @param total the {@code total} row of the summaries
 * @param checks how many checks ran
 * @param failed how many failed
 * @param warned how many warned
 * @param skipped how many were skipped
 */
public record ImportOutcome(
        ImportResult result,
        long figures,
        long stocks,
        long derived,
        long rejected,
        StockTotals stockTotals,
        SummaryRow total,
        long checks,
        long failed,
        long warned,
        long skipped) {}
