package org.displacementstats.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.displacementstats.assertj.TableAssert;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.figure.Interval;
import org.displacementstats.stats.UncertaintySettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.Table;

/**
 * src/site/markdown/tables.md lists, for each table, exactly the columns its declaration has, with their types,
 * in order; and its Java example is the one this test runs.
 */
class TablesPageTest {
    private static final Path PAGE = Path.of("src", "site", "markdown", "tables.md");
    private static final Pattern HEADING = Pattern.compile("^## (?:flow log: )?(\\S+)$");
    private static final Pattern COLUMN_ROW = Pattern.compile("^\\| `(\\w+)` \\| (\\w+) \\|");

    /** Every table's declaration, in the page's order: the dataset's summaries, then the flow log's. */
    private static final List<Columns<?>> DECLARED = List.of(
            FigureRow.COLUMNS,
            PopulationBalanceRow.COLUMNS,
            DestinationFlowRow.COLUMNS,
            ControllerFlowRow.COLUMNS,
            ControlChangeRow.COLUMNS,
            CheckRow.COLUMNS,
            ReconciliationRow.COLUMNS,
            UncertaintyRow.COLUMNS,
            SummaryRow.BY_ORIGIN,
            SummaryRow.BY_DESTINATION,
            SummaryRow.BY_PERIOD,
            FlowLogTables.BY_ORIGIN_DESTINATION,
            FlowLogTables.BY_DATE,
            FlowLogTables.BY_DESTINATION,
            FlowLogTables.REJECTED);

    @Test
    void the_page_lists_each_declared_table_with_its_columns_and_types_in_order() throws IOException {
        List<String> documented = new ArrayList<>();
        for (String line : Files.readAllLines(PAGE, StandardCharsets.UTF_8)) {
            Matcher heading = HEADING.matcher(line);
            Matcher column = COLUMN_ROW.matcher(line);
            if (heading.matches()) {
                documented.add("table " + heading.group(1));
            } else if (column.find()) {
                documented.add(column.group(1) + " " + column.group(2));
            }
        }

        List<String> declared = new ArrayList<>();
        for (Columns<?> table : DECLARED) {
            declared.add("table " + table.name());
            table.columns()
                    .forEach(c -> declared.add(c.name() + " " + c.type().name().toLowerCase(Locale.ROOT)));
        }
        assertThat(documented).containsExactlyElementsOf(declared);
    }

    @Test
    void every_flag_follows_its_bound_whose_name_says_low_or_high() {
        for (Columns<?> table : DECLARED) {
            List<String> names = table.names();
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                if (name.endsWith(Columns.UNBOUNDED)) {
                    String bound = names.get(i - 1);
                    assertThat(Columns.unboundedFlag(bound)).as(table.name()).isEqualTo(name);
                    assertThat(bound).as(table.name()).matches(".*(low|high)");
                    assertThat(table.columns().get(i).type().name()).isEqualTo("BOOLEAN");
                }
            }
        }
    }

    @Test
    void each_summary_table_is_built_with_its_declared_columns() {
        SummaryTables t = SummaryTables.of(DisplacementDataset.aleppo2016());
        List<Table> tables = List.of(
                t.figures(),
                t.populationBalance(),
                t.flowsByDestination(),
                t.flowsByController(),
                t.controlChanges(),
                t.checks(),
                t.reconciliation(),
                t.uncertainty(UncertaintySettings.DEFAULT),
                t.byOrigin(),
                t.byDestination(),
                t.byPeriod());
        for (int i = 0; i < tables.size(); i++) {
            Columns<?> declared = DECLARED.get(i);
            assertThat(tables.get(i).name()).isEqualTo(declared.name());
            assertThat(tables.get(i).columnNames()).as(declared.name()).containsExactlyElementsOf(declared.names());
            assertThat(tables.get(i).types())
                    .as(declared.name())
                    .containsExactlyElementsOf(
                            declared.columns().stream().map(ColumnSpec::type).toList());
        }
    }

    @Test
    void the_page_s_java_example_runs() throws IOException {
        // spotless:off
        // EXAMPLE:begin
        SummaryTables tables = SummaryTables.of(DisplacementDataset.aleppo2016());
        PopulationBalanceRow alep = tables.populationBalanceRows().get(0);
        alep.remaining().interval();                      // [215000, 266000]
        Table balance = tables.populationBalance();       // the same rows as a Tablesaw table
        TableAssert.assertThat(balance).row("Alep-Est")
                .has(PopulationBalanceRow.REMAINING_POINT, 240_000)
                .has(PopulationBalanceRow.REMAINING_LOW, 215_000);
        // EXAMPLE:end
        // spotless:on
        assertThat(alep.remaining().interval()).isEqualTo(Interval.closed(215_000, 266_000));

        String page = Files.readString(PAGE, StandardCharsets.UTF_8);
        Matcher block = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(page);
        Matcher region = Pattern.compile("// EXAMPLE:begin\\n(.*?)// EXAMPLE:end", Pattern.DOTALL)
                .matcher(Files.readString(
                        Path.of("src", "test", "java", "org", "displacementstats", "table", "TablesPageTest.java"),
                        StandardCharsets.UTF_8));
        assertThat(block.find()).isTrue();
        assertThat(region.find()).isTrue();
        assertThat(lines(region.group(1))).isEqualTo(lines(block.group(1)));
    }

    @Test
    void the_page_s_unbounded_example_tells_an_unbounded_bound_from_an_absent_one(@TempDir Path tmp) {
        // GIVEN « au moins 10.000 » fled: 250,000 minus it leaves a remainder unbounded below
        Path data = SeedDatasetCopy.copyTo(tmp);
        SeedDatasetCopy.replaceOnce(data.resolve("figures.csv"), ",day,nearly,10000,", ",day,at_least,10000,");
        DisplacementDataset ds = DisplacementDataset.read(data);
        // spotless:off
        // EXAMPLE:begin
        Table balance = SummaryTables.of(ds).populationBalance();
        BooleanColumn open = balance.booleanColumn(PopulationBalanceRow.REMAINING_LOW_UNBOUNDED);
        boolean unbounded = balance.longColumn(PopulationBalanceRow.REMAINING_LOW).isMissing(0) && open.get(0);
        // EXAMPLE:end
        // spotless:on
        assertThat(unbounded).isTrue();
        assertThat(balance.longColumn(PopulationBalanceRow.REMAINING_HIGH).get(0))
                .isEqualTo(265_000L);
        assertThat(balance.booleanColumn(PopulationBalanceRow.REMAINING_HIGH_UNBOUNDED)
                        .get(0))
                .isFalse();
    }

    @Test
    void the_columns_javadoc_example_lists_the_names_in_order() {
        // spotless:off
        // EXAMPLE:begin
        Columns<PopulationBalanceRow> columns = PopulationBalanceRow.COLUMNS;
        List<String> names = columns.names();   // place, controlled_by, population_point, ...
        // EXAMPLE:end
        // spotless:on
        assertThat(names)
                .startsWith(
                        PopulationBalanceRow.PLACE,
                        PopulationBalanceRow.CONTROLLED_BY,
                        PopulationBalanceRow.POPULATION_POINT)
                .hasSize(33);
    }

    private static List<String> lines(String code) {
        return code.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
