package org.displacementstats.table;

import java.util.Objects;
import org.displacementstats.dataset.CheckStatus;

/**
 * One row of {@link SummaryTables#checks()}: a consistency check of the dataset.
 *
 * @param id the check's id
 * @param status its outcome
 * @param detail what was compared, in words
 */
public record CheckRow(String id, CheckStatus status, String detail) {
    /** Column {@value}: the check's id. */
    public static final String ID = "id";
    /** Column {@value}: {@code pass}, {@code warn}, {@code fail} or {@code skipped}. */
    public static final String STATUS = "status";
    /** Column {@value}: what was compared, in words. */
    public static final String DETAIL = "detail";

    /** The columns of {@code checks}, in order. */
    public static final Columns<CheckRow> COLUMNS = Columns.<CheckRow>named("checks")
            .text(ID, CheckRow::id)
            .text(STATUS, r -> r.status().csvName())
            .text(DETAIL, CheckRow::detail)
            .build();

    /**
     * Checks that nothing is null.
     *
     * @param id the check's id
     * @param status its outcome
     * @param detail what was compared, in words
     */
    public CheckRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(detail, "detail");
    }
}
