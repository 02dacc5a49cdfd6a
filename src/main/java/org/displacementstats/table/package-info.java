/**
 * Summary tables of a dataset and of a flow log, as typed rows and as Tablesaw tables built from them: population
 * balance, flows by destination and by controller, figures, control changes, checks, reconciliation,
 * uncertainty, and the summaries by origin, destination and period.
 *
 * <p>Each table's columns are declared once, in a {@link org.displacementstats.table.Columns} beside its row type
 * ({@link org.displacementstats.table.PopulationBalanceRow#COLUMNS}), with the column names as constants; the
 * rows are computed by {@link org.displacementstats.table.SummaryTables} and
 * {@link org.displacementstats.table.FlowLogTables}.
 */
package org.displacementstats.table;
