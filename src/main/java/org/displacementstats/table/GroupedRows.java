package org.displacementstats.table;

import java.util.List;
import org.displacementstats.dataset.DisplacementDataset;

/**
 * The summaries by origin, destination and period of a whole dataset: its figures added to a
 * {@link SummaryGroups}, which holds the grouping rules.
 */
final class GroupedRows {
    private final DisplacementDataset dataset;

    GroupedRows(DisplacementDataset dataset) {
        this.dataset = dataset;
    }

    /** Flows by origin; stocks, which state no origin, under an empty key, last; then the total. */
    List<SummaryRow> byOrigin() {
        return groups().byOriginRows();
    }

    /** Stocks by place, flows by destination (none stated: an empty key, last); then the total. */
    List<SummaryRow> byDestination() {
        return groups().byDestinationRows();
    }

    /** By period, ordered by start then end; then the total. */
    List<SummaryRow> byPeriod() {
        return groups().byPeriodRows();
    }

    private SummaryGroups groups() {
        SummaryGroups groups = new SummaryGroups();
        dataset.figures().forEach(groups::add);
        return groups;
    }
}
