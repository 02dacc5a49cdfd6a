package org.displacementstats.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.figure.PlaceKind;
import org.junit.jupiter.api.Test;

/** ImportOptions, MatrixLayout and SeriesLayout: built by factories and withers, compared by value. */
class ImportLayoutsTest {

    @Test
    void a_series_layout_says_where_what_and_from_where() {
        SeriesLayout turkey = SeriesLayout.defaults()
                .in("Turkey", PlaceKind.COUNTRY)
                .counting("registered Syrian refugees")
                .from("Syria");

        assertThat(turkey.place()).contains("Turkey");
        assertThat(turkey.kind()).isEqualTo(PlaceKind.COUNTRY);
        assertThat(turkey.what()).isEqualTo("registered Syrian refugees");
        assertThat(turkey.origin()).contains("Syria");
        assertThat(turkey)
                .isEqualTo(SeriesLayout.defaults()
                        .from("Syria")
                        .counting("registered Syrian refugees")
                        .in("Turkey", PlaceKind.COUNTRY))
                .hasSameHashCodeAs(SeriesLayout.defaults()
                        .from("Syria")
                        .counting("registered Syrian refugees")
                        .in("Turkey", PlaceKind.COUNTRY))
                .isNotEqualTo(SeriesLayout.defaults().in("Turkey", PlaceKind.COUNTRY));
        assertThat(turkey.toString()).contains("place=Optional[Turkey]", "origin=Optional[Syria]");
        assertThat(SeriesLayout.defaults().place()).isEmpty();
        assertThat(SeriesLayout.defaults().origin()).isEmpty();
    }

    @Test
    void a_series_layout_refuses_blank_names_and_nulls() {
        assertThatThrownBy(() -> SeriesLayout.defaults().from(" ")).isInstanceOf(DisplacementDataException.class);
        assertThatThrownBy(() -> SeriesLayout.defaults().from(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> SeriesLayout.defaults().in("Turkey", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void matrix_layouts_built_alike_are_equal_and_families_may_come_without_a_size() {
        MatrixLayout sized = MatrixLayout.of(List.of("Governorate", "District"), "Individuals_(.+)")
                .withFamilies("Families_(.+)", new BigDecimal("6"))
                .on(LocalDate.of(2024, 3, 31));
        MatrixLayout unsized =
                MatrixLayout.of(List.of("Governorate"), "Individuals_(.+)").withFamilies("Families_(.+)");

        assertThat(sized)
                .isEqualTo(MatrixLayout.of(List.of("Governorate", "District"), "Individuals_(.+)")
                        .on(LocalDate.of(2024, 3, 31))
                        .withFamilies("Families_(.+)", new BigDecimal("6")))
                .hasSameHashCodeAs(MatrixLayout.of(List.of("Governorate", "District"), "Individuals_(.+)")
                        .on(LocalDate.of(2024, 3, 31))
                        .withFamilies("Families_(.+)", new BigDecimal("6")))
                .isNotEqualTo(unsized);
        assertThat(sized.householdSize()).contains(new BigDecimal("6"));
        assertThat(sized.date()).contains(LocalDate.of(2024, 3, 31));
        assertThat(unsized.familiesColumns())
                .hasValueSatisfying(p -> assertThat(p.pattern()).isEqualTo("Families_(.+)"));
        assertThat(unsized.householdSize()).isEmpty();
        assertThat(unsized.date()).isEmpty();
        assertThat(unsized.toString()).contains("placeColumns=[Governorate]", "householdSize=Optional.empty");
    }

    @Test
    void a_matrix_layout_refuses_a_pattern_without_a_group_and_a_size_out_of_range() {
        MatrixLayout layout = MatrixLayout.of(List.of("Governorate"), "Individuals_(.+)");

        assertThatThrownBy(() -> layout.withFamilies("Families"))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContaining("MatrixLayout.familiesColumns must have a group 1");
        assertThatThrownBy(() -> layout.withFamilies("Families_(.+)", BigDecimal.ZERO))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContaining("MatrixLayout.householdSize must be > 0 and <= 100 but was 0");
        assertThatThrownBy(() -> MatrixLayout.of(List.of(), "Individuals_(.+)"))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContaining("placeColumns must name at least one column");
        assertThatThrownBy(() -> layout.on(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void import_options_withers_keep_the_other_choices() {
        Consumer<String> progress = line -> {};
        ImportOptions options = ImportOptions.skippingBadRows().on("2022-10").withProgress(progress);

        assertThat(options.skipBadRows()).isTrue();
        assertThat(options.progress()).isSameAs(progress);
        assertThat(options.date()).hasValueSatisfying(p -> assertThat(p.start()).hasToString("2022-10-01"));
        assertThat(options.sink()).isEmpty();
        assertThat(options)
                .isEqualTo(
                        ImportOptions.skippingBadRows().withProgress(progress).on("2022-10"))
                .isNotEqualTo(ImportOptions.strict().withProgress(progress).on("2022-10"));
        assertThat(options.toString()).startsWith("ImportOptions[skipBadRows=true,");
        assertThat(ImportOptions.strict().date()).isEmpty();
        assertThatThrownBy(() -> options.withProgress(null)).isInstanceOf(NullPointerException.class);
    }
}
