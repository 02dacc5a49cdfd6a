package org.displacementstats.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.displacementstats.figure.Estimate;
import org.displacementstats.figure.Interval;
import org.displacementstats.stats.Ratio;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

class ColumnsTest {
    private record Row(
            String name, OptionalLong people, Optional<Estimate> estimate, OptionalDouble share, boolean yes) {}

    private static final Columns<Row> COLUMNS = Columns.<Row>named("t")
            .text("name", Row::name)
            .optionalPeople("people", Row::people)
            .optionalEstimate("point", "low", "high", Row::estimate)
            .decimal("share", Row::share)
            .bool("yes", Row::yes)
            .build();

    @Test
    void a_table_has_the_declared_columns_in_order_with_their_types_even_without_rows() {
        Table empty = COLUMNS.table(List.of());

        assertThat(empty.name()).isEqualTo("t");
        assertThat(empty.columnNames())
                .containsExactly(
                        "name", "people", "point", "low", "low_unbounded", "high", "high_unbounded", "share", "yes");
        assertThat(empty.types())
                .containsExactly(
                        ColumnType.STRING,
                        ColumnType.LONG,
                        ColumnType.LONG,
                        ColumnType.LONG,
                        ColumnType.BOOLEAN,
                        ColumnType.LONG,
                        ColumnType.BOOLEAN,
                        ColumnType.DOUBLE,
                        ColumnType.BOOLEAN);
        assertThat(COLUMNS.columns()).extracting(ColumnSpec::toString).startsWith("name (string)", "people (long)");
    }

    @Test
    void empty_values_are_missing_cells_never_zero_and_an_unbounded_high_is_missing_with_its_flag_true() {
        Table t = COLUMNS.table(List.of(
                new Row("absent", OptionalLong.empty(), Optional.empty(), OptionalDouble.empty(), false),
                new Row(
                        "unbounded",
                        OptionalLong.of(0),
                        Optional.of(new Estimate(OptionalLong.of(5), Interval.atLeast(5))),
                        OptionalDouble.of(0.5),
                        true)));

        assertThat(List.of("people", "point", "low", "low_unbounded", "high", "high_unbounded", "share"))
                .allSatisfy(c -> assertThat(t.column(c).isMissing(0)).as(c).isTrue());
        assertThat(t.longColumn("people").get(1)).isZero();
        assertThat(t.longColumn("low").get(1)).isEqualTo(5L);
        assertThat(t.booleanColumn("low_unbounded").get(1)).isFalse();
        assertThat(t.longColumn("high").isMissing(1)).isTrue();
        assertThat(t.booleanColumn("high_unbounded").get(1)).isTrue();
        assertThat(t.booleanColumn("yes").asList()).containsExactly(false, true);
    }

    @Test
    void an_infinite_ratio_bound_is_unbounded_and_an_undefined_one_absent() {
        Columns<Ratio> ratios =
                Columns.<Ratio>named("r").ratio("point", "low", "high", r -> r).build();
        Estimate atLeast = new Estimate(OptionalLong.of(6_000), Interval.atLeast(6_000));
        Table t = ratios.table(List.of(
                Ratio.of(atLeast, new Estimate(OptionalLong.of(10_000), Interval.closed(9_000, 10_000))),
                Ratio.of(atLeast, new Estimate(OptionalLong.of(5), Interval.closed(0, 10)))));

        assertThat(t.doubleColumn("low").get(0)).isEqualTo(6_000.0 / 10_000);
        assertThat(t.booleanColumn("low_unbounded").get(0)).isFalse();
        assertThat(t.doubleColumn("high").isMissing(0)).isTrue();
        assertThat(t.booleanColumn("high_unbounded").get(0)).isTrue();
        assertThat(List.of("low", "low_unbounded", "high", "high_unbounded"))
                .allSatisfy(c -> assertThat(t.column(c).isMissing(1)).as(c).isTrue());
        assertThat(t.doubleColumn("point").get(1)).isEqualTo(1_200.0);
    }

    @Test
    void the_flag_of_a_bound_is_named_after_it() {
        assertThat(Columns.unboundedFlag(PopulationBalanceRow.REMAINING_LOW))
                .isEqualTo(PopulationBalanceRow.REMAINING_LOW_UNBOUNDED);
        assertThat(Columns.unboundedFlag(FlowLogTables.HIGH)).isEqualTo(FlowLogTables.HIGH_UNBOUNDED);
        assertThat(FigureRow.COLUMNS.names())
                .containsSubsequence(FigureRow.LOW, FigureRow.LOW_UNBOUNDED, FigureRow.HIGH, FigureRow.HIGH_UNBOUNDED)
                .doesNotContain(FigureRow.COUNT_HIGH + Columns.UNBOUNDED);
    }

    @Test
    void a_column_declared_twice_is_refused() {
        assertThatThrownBy(() -> Columns.<Row>named("t").text("name", Row::name).text("name", Row::name))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("t declares column name twice");
    }
}
