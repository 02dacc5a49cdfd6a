package org.displacementstats.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UncertaintySettingsTest {

    @Test
    void default_is_100000_draws_seed_20161129_and_a_10_percent_tail() {
        assertThat(UncertaintySettings.DEFAULT).isEqualTo(new UncertaintySettings(20161129L, 100_000, 10));
    }

    @ParameterizedTest(name = "draws {0}, tail {1}")
    @CsvSource({"1000, 0", "10000000, 1000", "100000, 10"})
    void accepts_draws_and_tail_at_the_ends_of_their_ranges(int draws, int tail) {
        UncertaintySettings s = new UncertaintySettings(-1L, draws, tail);

        assertThat(s.draws()).isEqualTo(draws);
        assertThat(s.tailPercent()).isEqualTo(tail);
    }

    @ParameterizedTest(name = "draws {0}, tail {1}")
    @CsvSource(delimiter = '|', textBlock = """
        999      | 10   | UncertaintySettings.draws       | between 1000 and 10000000 | 999
        0        | 10   | UncertaintySettings.draws       | between 1000 and 10000000 | 0
        -5       | 10   | UncertaintySettings.draws       | between 1000 and 10000000 | -5
        10000001 | 10   | UncertaintySettings.draws       | between 1000 and 10000000 | 10000001
        100000   | -1   | UncertaintySettings.tailPercent | between 0 and 1000        | -1
        100000   | 1001 | UncertaintySettings.tailPercent | between 0 and 1000        | 1001
        """)
    void rejects_out_of_range_settings_with_field_range_and_value_in_message(
            int draws, int tail, String field, String range, String value) {
        assertThatThrownBy(() -> new UncertaintySettings(20161129L, draws, tail))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll(field, range, "but was " + value);
    }

    @Test
    void named_factories_change_one_setting_and_keep_the_others() {
        // spotless:off
        // EXAMPLE:begin
        UncertaintySettings quick = UncertaintySettings.defaults().withSeed(7).withDraws(10_000);
        // EXAMPLE:end
        // spotless:on

        assertThat(quick).isEqualTo(new UncertaintySettings(7L, 10_000, 10));
        assertThat(quick.withTailPercent(0)).isEqualTo(new UncertaintySettings(7L, 10_000, 0));
        assertThat(UncertaintySettings.defaults()).isSameAs(UncertaintySettings.DEFAULT);
    }

    @Test
    void named_factories_check_the_ranges_as_the_constructor_does() {
        assertThatThrownBy(() -> UncertaintySettings.defaults().withDraws(999))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("but was 999");
    }
}
