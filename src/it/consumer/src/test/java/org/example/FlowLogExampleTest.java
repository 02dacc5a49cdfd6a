package org.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.displacementstats.flowlog.FlowLogGenerator;
import org.displacementstats.flowlog.FlowLogSummary;
import org.displacementstats.report.FlowLogReport;
import org.displacementstats.table.FlowLogTables;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** The README's flow-log example, compiled and run against the installed artifact. */
class FlowLogExampleTest {

    @Test
    void readme_flow_log_example_summarises_builds_a_table_and_writes_the_files() throws Exception {
        FlowLogGenerator.write(Path.of("flows.csv"), 10_000, 40, 1);

        // spotless:off
        // EXAMPLE:begin
        FlowLogSummary s = FlowLogSummary.summarize(Path.of("flows.csv"),
                FlowLogSummary.Options.defaults().withThreads(2).withSkipBadRows(true));
        Table od = FlowLogTables.of(s).byOriginDestination();           // origin, destination, rows, point, low, high
        FlowLogReport.write(s, Path.of("flows-summary"), FlowLogReport.Option.REJECTED_ROWS);  // the CSV files above
        // EXAMPLE:end
        // spotless:on

        assertThat(s.rows()).isEqualTo(10_000);
        assertThat(od.columnNames())
                .containsExactly("origin", "destination", "rows", "point", "low", "high", "high_unbounded");
        assertThat(Files.readString(Path.of("flows-summary/flows-by-date.csv")))
                .startsWith("date,rows,point,low,high\n");
    }
}
