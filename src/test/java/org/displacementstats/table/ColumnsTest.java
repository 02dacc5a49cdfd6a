package org.displacementstats.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.displacementstats.figure.Estimate;
import org.displacementstats.figure.Interval;
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
        assertThat(empty.columnNames()).containsExactly("name", "people", "point", "low", "high", "share", "yes");
        assertThat(empty.types())
                .containsExactly(
                        ColumnType.STRING,
                        ColumnType.LONG,
                        ColumnType.LONG,
                        ColumnType.LONG,
                        ColumnType.LONG,
                        ColumnType.DOUBLE,
                        ColumnType.BOOLEAN);
        assertThat(COLUMNS.columns()).extracting(ColumnSpec::toString).startsWith("name (string)", "people (long)");
    }

    @Test
    void empty_values_are_missing_cells_never_zero_and_an_unbounded_estimate_misses_only_its_high() {
        Table t = COLUMNS.table(List.of(
                new Row("absent", OptionalLong.empty(), Optional.empty(), OptionalDouble.empty(), false),
                new Row(
                        "unbounded",
                        OptionalLong.of(0),
                        Optional.of(new Estimate(OptionalLong.of(5), Interval.atLeast(5))),
                        OptionalDouble.of(0.5),
                        true)));

        assertThat(List.of("people", "point", "low", "high", "share"))
                .allSatisfy(c -> assertThat(t.column(c).isMissing(0)).as(c).isTrue());
        assertThat(t.longColumn("people").get(1)).isZero();
        assertThat(t.longColumn("low").get(1)).isEqualTo(5L);
        assertThat(t.longColumn("high").isMissing(1)).isTrue();
        assertThat(t.booleanColumn("yes").asList()).containsExactly(false, true);
    }

    @Test
    void a_column_declared_twice_is_refused() {
        assertThatThrownBy(() -> Columns.<Row>named("t").text("name", Row::name).text("name", Row::name))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("t declares column name twice");
    }
}
