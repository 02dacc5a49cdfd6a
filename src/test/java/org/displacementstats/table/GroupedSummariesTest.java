package org.displacementstats.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.displacementstats.assertj.TableAssert;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.figure.Count;
import org.displacementstats.figure.Figure;
import org.displacementstats.figure.Flow;
import org.displacementstats.figure.Period;
import org.displacementstats.figure.Place;
import org.displacementstats.figure.PlaceKind;
import org.displacementstats.figure.Stock;
import org.displacementstats.provenance.Evidence;
import org.displacementstats.provenance.Quote;
import org.displacementstats.provenance.Source;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class GroupedSummariesTest {
    private static final Source FILE = Source.builder("f")
            .publisher("IDMC")
            .document("f.csv")
            .inferred(LocalDate.of(2017, 12, 31), "latest date in the file")
            .build();
    private static final Place SYRIA = Place.of("Syria", PlaceKind.COUNTRY);
    private static final Place IRAQ = Place.of("Iraq", PlaceKind.COUNTRY);
    private static int offset;

    private static Evidence quote() {
        offset += 10;
        return Evidence.stated(FILE, new Quote("row", "", "", offset, offset + 3));
    }

    private static Stock stock(String id, Place place, int year, Count count) {
        return stock(id, "idps", place, year, count);
    }

    private static Stock stock(String id, String what, Place place, int year, Count count) {
        LocalDate end = LocalDate.of(year, 12, 31);
        return Stock.stated(id)
                .what(what)
                .in(place)
                .count(count)
                .during(Period.days(end, end))
                .evidence(quote());
    }

    private static Flow flow(String id, Place origin, Optional<Place> destination, int year, long n) {
        Flow.Builder flow = Flow.stated(id)
                .what("new displacements")
                .from(origin)
                .count(Count.exact(n))
                .during(Period.days(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        destination.ifPresent(flow::to);
        return flow.evidence(quote());
    }

    private static SummaryTables tables() {
        List<Figure> figures = List.of(
                stock("syr-2016", SYRIA, 2016, Count.exact(6_325_978)),
                stock("syr-2017", SYRIA, 2017, Count.exact(6_784_000)),
                stock("irq-2016", IRAQ, 2016, Count.atLeast(3_000_000)),
                flow("syr-2016-new", SYRIA, Optional.empty(), 2016, 2_148_498),
                flow("syr-2017-new", SYRIA, Optional.of(IRAQ), 2017, 1_000));
        return SummaryTables.of(DisplacementDataset.imported("f", List.of(FILE), figures, List.of()));
    }

    @Test
    void by_period_keeps_stock_and_flow_apart_and_never_adds_stocks_of_different_dates() {
        Table t = tables().byPeriod();

        // THEN one row per period, then the total: latest stock per place, all flows
        assertThat(t.stringColumn("period").asList())
                .containsExactly("2016-01-01/2016-12-31", "2016-12-31", "2017-01-01/2017-12-31", "2017-12-31", "total");
        assertThat(t.longColumn("stock_point").getString(1)).isEqualTo(String.valueOf(6_325_978 + 3_000_000));
        assertThat(t.longColumn("stock_point").isMissing(0)).isTrue();
        assertThat(t.longColumn("flow_point").get(0)).isEqualTo(2_148_498L);
        int total = t.rowCount() - 1;
        assertThat(t.longColumn("stock_point").get(total)).isEqualTo(6_784_000L + 3_000_000L);
        assertThat(t.longColumn("stock_high").isMissing(total))
                .as("at least: unbounded, not Long.MAX_VALUE")
                .isTrue();
        assertThat(t.longColumn("flow_point").get(total)).isEqualTo(2_149_498L);
        assertThat(t.intColumn("stocks").get(total)).isEqualTo(2);
    }

    @Test
    void a_group_lists_what_its_stocks_count_once_each_in_name_order_over_one_place_or_several() {
        SummaryGroups groups = new SummaryGroups();
        groups.add(stock("syr-refugees", "refugees", SYRIA, 2017, Count.exact(100)));
        groups.add(stock("syr-idps", "idps", SYRIA, 2017, Count.exact(10)));
        groups.add(stock("irq-returnees", "returnees", IRAQ, 2017, Count.exact(5)));
        groups.add(stock("irq-idps", "idps", IRAQ, 2017, Count.exact(20)));
        groups.add(stock("irq-idps-again", "idps", IRAQ, 2017, Count.exact(1)));

        assertThat(groups.byDestinationRows())
                .extracting(r -> r.key().orElse("") + ": " + r.stockWhat().orElse(""))
                .containsExactly("Iraq: idps; returnees", "Syria: idps; refugees", "total: idps; refugees; returnees");
        assertThat(groups.byOriginRows())
                .extracting(r -> r.stockWhat().orElse(""))
                .containsExactly("idps; refugees; returnees", "idps; refugees; returnees");
        assertThat(groups.byPeriodRows())
                .extracting(r -> r.stockWhat().orElse(""))
                .containsExactly("idps; refugees; returnees", "idps; refugees; returnees");
    }

    @Test
    void by_origin_puts_stocks_without_origin_in_an_empty_origin_row_before_the_total() {
        Table t = tables().byOrigin();

        assertThat(t.stringColumn("origin").asList()).containsExactly("Syria", "", "total");
        assertThat(t.longColumn("flow_point").get(0)).isEqualTo(2_149_498L);
        assertThat(t.longColumn("stock_point").isMissing(0)).isTrue();
        assertThat(t.longColumn("stock_point").get(1)).isEqualTo(9_784_000L);
        assertThat(t.stringColumn("stock_what").get(1)).isEqualTo("idps");
    }

    @Test
    void by_destination_groups_stocks_by_place_and_flows_by_destination() {
        Table t = tables().byDestination();

        assertThat(t.stringColumn("destination").asList()).containsExactly("Iraq", "Syria", "", "total");
        assertThat(t.longColumn("flow_point").get(0)).isEqualTo(1_000L);
        assertThat(t.longColumn("stock_point").get(1)).isEqualTo(6_784_000L);
        assertThat(t.dateColumn("stock_as_of").get(1)).isEqualTo(LocalDate.of(2017, 12, 31));
        assertThat(t.longColumn("flow_point").get(2)).isEqualTo(2_148_498L);
        assertThat(t.longColumn("flow_point").get(3)).isEqualTo(2_149_498L);
    }

    @Test
    void an_absent_stock_or_flow_is_told_apart_from_an_unbounded_one_in_the_rows_and_in_the_table() {
        List<SummaryRow> rows = tables().byOriginRows();
        SummaryRow stocksOnly = rows.get(rows.size() - 2);

        assertThat(stocksOnly.key()).isEmpty();
        assertThat(stocksOnly.flow()).isEmpty();
        assertThat(stocksOnly.stock()).hasValueSatisfying(e -> {
            assertThat(e.interval().low()).hasValue(6_784_000L + 3_000_000L);
            assertThat(e.interval().high()).isEmpty();
        });
        TableAssert.assertThat(tables().byOrigin())
                .row(SummaryRow.ORIGIN, "")
                .has(SummaryRow.STOCK_LOW, 9_784_000)
                .has(SummaryRow.STOCK_LOW_UNBOUNDED, false)
                .hasMissing(SummaryRow.STOCK_HIGH)
                .has(SummaryRow.STOCK_HIGH_UNBOUNDED, true)
                .has(SummaryRow.FLOWS, 0)
                .hasMissing(SummaryRow.FLOW_POINT)
                .hasMissing(SummaryRow.FLOW_LOW)
                .hasMissing(SummaryRow.FLOW_LOW_UNBOUNDED)
                .hasMissing(SummaryRow.FLOW_HIGH)
                .hasMissing(SummaryRow.FLOW_HIGH_UNBOUNDED);
    }
}
