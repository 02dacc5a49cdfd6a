package org.displacementstats.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.dataset.CheckStatus;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.figure.Figure;
import org.displacementstats.figure.Flow;
import org.displacementstats.figure.PlaceKind;
import org.displacementstats.figure.Stock;
import org.displacementstats.table.SummaryTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

class SeriesImportTest {
    private static final SeriesLayout TURKEY = SeriesLayout.defaults()
            .in("Turkey", PlaceKind.COUNTRY)
            .counting("registered Syrian refugees")
            .from("Syria");
    private static final DisplacementDataset UNHCR = Importers.series(
                    Fixtures.path(Fixtures.UNHCR), TURKEY, ImportOptions.strict())
            .dataset();

    @Test
    void first_and_last_values_are_the_published_ones() {
        List<Figure> stocks =
                UNHCR.figures().stream().filter(f -> f instanceof Stock).toList();

        assertThat(stocks).hasSize(7);
        assertThat(stocks.get(0).id()).isEqualTo("series-2011-12-16");
        assertThat(stocks.get(0).estimate().point()).hasValue(8_000);
        assertThat(stocks.get(6).id()).isEqualTo("series-2015-08-25");
        assertThat(stocks.get(6).estimate().point()).hasValue(1_938_999);
        assertThat(stocks).allMatch(s -> s.estimate().point().getAsLong() <= 1_938_999);
    }

    @Test
    void the_falls_are_warnings_not_rejections() {
        var falls = UNHCR.checks().stream()
                .filter(c -> c.rule().equals("stock-not-falling"))
                .filter(c -> c.status() == CheckStatus.WARN)
                .toList();

        assertThat(falls).hasSize(2);
        assertThat(falls)
                .anySatisfy(c -> assertThat(c.detail())
                        .startsWith("stock fell by 34407 on 2013-12-31 (from 594536 on 2013-12-29 to 560129"));
        assertThat(UNHCR.checks()).noneMatch(c -> c.status() == CheckStatus.FAIL);
    }

    @Test
    void change_between_consecutive_dates_is_a_derived_flow_with_lineage() {
        Figure change = UNHCR.figure("series-change-2013-12-31");

        assertThat(change).isInstanceOf(Flow.class);
        assertThat(change.isDerived()).isTrue();
        assertThat(change.estimate().point()).hasValue(560_129 - 594_536);
        assertThat(change.evidence().lineage().orElseThrow().formula())
                .isEqualTo("series-2013-12-31 - series-2013-12-29");
        assertThat(change.period().start()).hasToString("2013-12-30");
        assertThat(((Flow) change).origin().name()).isEqualTo("Syria");
        assertThat(((Flow) change).destination().orElseThrow().name()).isEqualTo("Turkey");
    }

    @Test
    void summaries_give_the_last_stock_and_the_net_change_since_the_first() {
        Table byDestination = SummaryTables.of(UNHCR).byDestination();

        assertThat(byDestination.stringColumn("destination").asList()).containsExactly("Turkey", "total");
        assertThat(byDestination.longColumn("stock_point").get(1)).isEqualTo(1_938_999L);
        assertThat(byDestination.longColumn("flow_point").get(1)).isEqualTo(1_938_999L - 8_000L);
    }

    @Test
    void a_date_that_does_not_increase_is_a_bad_row(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("s.csv");
        Files.writeString(file, "2013-12-29;594536\n2013-12-29;560129\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Importers.series(file))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("s.csv:2:1:", "dates must increase", "line 1");
    }

    @Test
    void skipping_bad_rows_keeps_the_others_and_says_why(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("s.csv");
        Files.writeString(file, "2013-12-27;590000\n2013-12-28;1.200\n2013-12-29;594536\n", StandardCharsets.UTF_8);

        ImportResult r = Importers.series(file, SeriesLayout.defaults(), ImportOptions.skippingBadRows());

        assertThat(r.dataset().figures()).extracting(Figure::id).contains("series-2013-12-27", "series-2013-12-29");
        assertThat(r.rejected()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(2);
            assertThat(row.column()).isEqualTo(2);
            assertThat(row.value()).isEqualTo("1.200");
            assertThat(row.reason()).contains("1.200 could be 1.2", "write 1200");
            assertThat(row.record()).isEqualTo("2013-12-28;1.200");
        });
    }
}
