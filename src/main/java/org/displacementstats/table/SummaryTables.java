package org.displacementstats.table;

import java.util.List;
import java.util.Objects;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.stats.UncertaintySettings;
import tech.tablesaw.api.Table;

/**
 * The summary tables of a dataset, as typed rows and as Tablesaw tables built from them: counts of people in
 * {@code LongColumn}s (a missing cell is never 0), shares and rates in {@code DoubleColumn}s, dates in
 * {@code DateColumn}s, yes/no in {@code BooleanColumn}s. Each bound has a {@code BooleanColumn} beside it that tells
 * an unbounded bound from an absent one ({@code high_unbounded}, see {@link Columns}). Each table's columns are
 * declared once, with the type of its rows ({@link PopulationBalanceRow#COLUMNS} and its siblings); the names are
 * constants there ({@link PopulationBalanceRow#REMAINING_POINT}).
 *
 * <pre>{@code
 * SummaryTables t = SummaryTables.of(DisplacementDataset.aleppo2016());
 * Table balance = t.populationBalance();   // Alep-Est: 250000 − 10000 = 240000 [215000, 266000]
 * Table flows = t.flowsByDestination();    // Cheikh Maqsoud 6000 (0.6), zones gouvernementales 4000 (0.4)
 * }</pre>
 *
 * <p>Every table has a stable row order, so the same dataset always gives the same tables. Rows and tables are
 * computed on each call; an instance is immutable and safe to share between threads.
 */
public final class SummaryTables {
    private final FlowRows flows;
    private final RecordRows records;
    private final GroupedRows groups;

    private SummaryTables(DisplacementDataset dataset) {
        this.flows = new FlowRows(dataset);
        this.records = new RecordRows(dataset);
        this.groups = new GroupedRows(dataset);
    }

    /**
     * The summary tables of a dataset.
     *
     * @param dataset the dataset
     * @return its tables, built on request
     */
    public static SummaryTables of(DisplacementDataset dataset) {
        return new SummaryTables(Objects.requireNonNull(dataset, "dataset"));
    }

    /** @return every figure, stated and derived, with its estimate and provenance, in the dataset's order */
    public List<FigureRow> figureRows() {
        return records.figures();
    }

    /**
     * Every figure, stated and derived, with its estimate and its provenance: one row per figure, in the
     * dataset's order.
     *
     * @return the table of {@link #figureRows()}, columns {@link FigureRow#COLUMNS}
     */
    public Table figures() {
        return FigureRow.COLUMNS.table(figureRows());
    }

    /**
     * For each stated stock with flows out of its place: the population, the people who left, those who
     * remain, the share who left, and the rate of departure per day, each with its interval.
     *
     * @return one row per such stock, in the dataset's order
     */
    public List<PopulationBalanceRow> populationBalanceRows() {
        return flows.populationBalance();
    }

    /** @return the table of {@link #populationBalanceRows()}, columns {@link PopulationBalanceRow#COLUMNS} */
    public Table populationBalance() {
        return PopulationBalanceRow.COLUMNS.table(populationBalanceRows());
    }

    /**
     * Flows with a named destination, with who controls it and their share of the total flow they are part
     * of (« dont 6.000 vers … Cheikh Maqsoud » is 0.6 of « près de 10.000 »).
     *
     * @return one row per flow, ordered by origin, then destination (Unicode code point order), then id
     */
    public List<DestinationFlowRow> flowsByDestinationRows() {
        return flows.flowsByDestination();
    }

    /** @return the table of {@link #flowsByDestinationRows()}, columns {@link DestinationFlowRow#COLUMNS} */
    public Table flowsByDestination() {
        return DestinationFlowRow.COLUMNS.table(flowsByDestinationRows());
    }

    /**
     * Flows with a named destination, summed by who controls the destination, with their share of the total
     * flow they are part of (0.6 to Kurdish forces, 0.4 to the government).
     *
     * @return one row per origin, total and controller, ordered by origin, total id, then controller
     */
    public List<ControllerFlowRow> flowsByControllerRows() {
        return flows.flowsByController();
    }

    /** @return the table of {@link #flowsByControllerRows()}, columns {@link ControllerFlowRow#COLUMNS} */
    public Table flowsByController() {
        return ControllerFlowRow.COLUMNS.table(flowsByControllerRows());
    }

    /** @return who took which place, when, with the source's words; by date, then place, then id */
    public List<ControlChangeRow> controlChangeRows() {
        return records.controlChanges();
    }

    /** @return the table of {@link #controlChangeRows()}, columns {@link ControlChangeRow#COLUMNS} */
    public Table controlChanges() {
        return ControlChangeRow.COLUMNS.table(controlChangeRows());
    }

    /** @return the dataset's consistency checks, in its check order */
    public List<CheckRow> checkRows() {
        return records.checks();
    }

    /** @return the table of {@link #checkRows()}, columns {@link CheckRow#COLUMNS} */
    public Table checks() {
        return CheckRow.COLUMNS.table(checkRows());
    }

    /**
     * Each figure that other sources also state, with every claim about it and what they agree on.
     *
     * @return one row per claim, the figure's own (recommended) first
     */
    public List<ReconciliationRow> reconciliationRows() {
        return records.reconciliation();
    }

    /** @return the table of {@link #reconciliationRows()}, columns {@link ReconciliationRow#COLUMNS} */
    public Table reconciliation() {
        return ReconciliationRow.COLUMNS.table(reconciliationRows());
    }

    /**
     * The uncertainty of every derived figure, share and rate: its point and interval (interval arithmetic),
     * the 5th, 50th and 95th percentiles of the seeded Monte Carlo draws, and the input that moves it most.
     *
     * @param settings seed, number of draws and tail of unbounded counts
     * @return one row per derived quantity
     */
    public List<UncertaintyRow> uncertaintyRows(UncertaintySettings settings) {
        return records.uncertainty(Objects.requireNonNull(settings, "settings"));
    }

    /**
     * The table of {@link #uncertaintyRows}: values are decimals (whole numbers for people).
     *
     * @param settings seed, number of draws and tail of unbounded counts
     * @return columns {@link UncertaintyRow#COLUMNS}
     */
    public Table uncertainty(UncertaintySettings settings) {
        return UncertaintyRow.COLUMNS.table(uncertaintyRows(settings));
    }

    /**
     * Stocks and flows by where people came from: flows by their origin; stocks, which state no origin, in a
     * last row with an empty origin; then a {@code total} row.
     *
     * @return the rows, with the key an origin
     */
    public List<SummaryRow> byOriginRows() {
        return groups.byOrigin();
    }

    /** @return the table of {@link #byOriginRows()}, columns {@link SummaryRow#BY_ORIGIN} */
    public Table byOrigin() {
        return SummaryRow.BY_ORIGIN.table(byOriginRows());
    }

    /**
     * Stocks and flows by where people are or went: stocks by their place, flows by their destination (flows
     * that state none in a last row with an empty destination); then a {@code total} row.
     *
     * @return the rows, with the key a destination
     */
    public List<SummaryRow> byDestinationRows() {
        return groups.byDestination();
    }

    /** @return the table of {@link #byDestinationRows()}, columns {@link SummaryRow#BY_DESTINATION} */
    public Table byDestination() {
        return SummaryRow.BY_DESTINATION.table(byDestinationRows());
    }

    /**
     * Stocks and flows by period, ordered by start then end; then a {@code total} row. Stocks at different dates
     * are not added up: a group's stock is, for each place, its stocks at the latest date in the group, summed
     * over places. Flows are summed, except those that are part of another flow (their whole is summed) and
     * mentions with no number. A group with no stock or no flow has no estimate there, never 0.
     *
     * @return the rows, with the key a period ({@code 2016-12-31} or {@code 2016-01-01/2016-12-31})
     */
    public List<SummaryRow> byPeriodRows() {
        return groups.byPeriod();
    }

    /** @return the table of {@link #byPeriodRows()}, columns {@link SummaryRow#BY_PERIOD} */
    public Table byPeriod() {
        return SummaryRow.BY_PERIOD.table(byPeriodRows());
    }
}
