package org.displacementstats.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.stats.UncertaintySettings;
import org.displacementstats.table.CheckRow;
import org.displacementstats.table.Columns;
import org.displacementstats.table.ControlChangeRow;
import org.displacementstats.table.ControllerFlowRow;
import org.displacementstats.table.DestinationFlowRow;
import org.displacementstats.table.FigureRow;
import org.displacementstats.table.PopulationBalanceRow;
import org.displacementstats.table.ReconciliationRow;
import org.displacementstats.table.SeedDatasetCopy;
import org.displacementstats.table.SummaryRow;
import org.displacementstats.table.SummaryTables;
import org.displacementstats.table.UncertaintyRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rows a streamed import writes without building a table ({@link ReportRow}) print as the table of their columns
 * prints ({@link ReportColumn}): every table of a report, with unbounded, missing and guarded cells.
 */
class ReportRowTest {
    @TempDir
    Path tmp;

    @Test
    void every_table_of_a_report_prints_the_same_cells_without_its_tablesaw_table() {
        Path data = SeedDatasetCopy.copyTo(tmp.resolve("data"));
        SeedDatasetCopy.replaceOnce(data.resolve("figures.csv"), ",day,nearly,10000,", ",day,at_least,10000,");
        for (DisplacementDataset ds : List.of(DisplacementDataset.read(data), HostileData.dataset())) {
            SummaryTables t = SummaryTables.of(ds);
            assertSameCells(FigureRow.COLUMNS, t.figureRows());
            assertSameCells(PopulationBalanceRow.COLUMNS, t.populationBalanceRows());
            assertSameCells(DestinationFlowRow.COLUMNS, t.flowsByDestinationRows());
            assertSameCells(ControllerFlowRow.COLUMNS, t.flowsByControllerRows());
            assertSameCells(ControlChangeRow.COLUMNS, t.controlChangeRows());
            assertSameCells(CheckRow.COLUMNS, t.checkRows());
            assertSameCells(ReconciliationRow.COLUMNS, t.reconciliationRows());
            assertSameCells(UncertaintyRow.COLUMNS, t.uncertaintyRows(new UncertaintySettings(1L, 1_000, 10)));
            assertSameCells(SummaryRow.BY_ORIGIN, t.byOriginRows());
            assertSameCells(SummaryRow.BY_DESTINATION, t.byDestinationRows());
            assertSameCells(SummaryRow.BY_PERIOD, t.byPeriodRows());
        }
    }

    @Test
    void an_at_least_figure_prints_inf_for_its_open_bound_and_nothing_for_its_missing_cells() {
        Path data = SeedDatasetCopy.copyTo(tmp.resolve("data"));
        SeedDatasetCopy.replaceOnce(data.resolve("figures.csv"), ",day,nearly,10000,", ",day,at_least,10000,");
        FigureRow atLeast = SummaryTables.of(DisplacementDataset.read(data)).figureRows().stream()
                .filter(r ->
                        r.quantifier().map(q -> q.csvName().equals("at_least")).orElse(false))
                .findFirst()
                .orElseThrow();
        ReportRow<FigureRow> printer = new ReportRow<>(FigureRow.COLUMNS);
        List<String> names = printer.names();

        List<String> cells = List.of(printer.cells(atLeast));

        assertThat(names).doesNotContain(FigureRow.HIGH_UNBOUNDED, FigureRow.LOW_UNBOUNDED);
        assertThat(cells.get(names.indexOf(FigureRow.LOW))).isEqualTo("10000");
        assertThat(cells.get(names.indexOf(FigureRow.HIGH))).isEqualTo("inf");
        assertThat(cells.get(names.indexOf(FigureRow.COUNT_HIGH))).isEmpty();
    }

    private static <R> void assertSameCells(Columns<R> columns, List<R> rows) {
        List<ReportColumn> table = ReportColumn.of(columns.table(rows));
        ReportRow<R> printer = new ReportRow<>(columns);
        assertThat(printer.names())
                .as(columns.name())
                .containsExactlyElementsOf(
                        table.stream().map(ReportColumn::name).toList());
        for (int row = 0; row < rows.size(); row++) {
            List<String> expected = new ArrayList<>();
            for (ReportColumn c : table) {
                expected.add(c.cell(row));
            }
            assertThat(printer.cells(rows.get(row)))
                    .as(columns.name() + " row " + row)
                    .containsExactlyElementsOf(expected);
        }
    }
}
