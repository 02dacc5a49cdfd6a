package org.displacementstats.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.displacementstats.DisplacementDataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodTest {
    @Test
    void an_accuracy_is_named_in_csv_files_in_lower_case() {
        assertThat(PeriodAccuracy.DAY.csvName()).isEqualTo("day");
        assertThat(PeriodAccuracy.APPROXIMATE.csvName()).isEqualTo("approximate");
    }

    @Test
    void the_27th_to_the_28th_of_november_is_two_days() {
        // GIVEN the two days of the flight from Alep-Est
        Period period = Period.days(LocalDate.of(2016, 11, 27), LocalDate.of(2016, 11, 28));

        // WHEN its length is taken THEN both days count
        assertThat(period.lengthInDays()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0} to {1} is {2} days")
    @CsvSource({
        "2016-11-27, 2016-11-27, 1",
        "2016-11-26, 2016-11-28, 3",
        "2016-02-28, 2016-03-01, 3",
        "2015-02-28, 2015-03-01, 2",
        "2016-01-01, 2016-12-31, 366",
        "2016-12-31, 2017-01-01, 2",
    })
    void length_counts_both_ends(LocalDate start, LocalDate end, long days) {
        // GIVEN a period
        Period period = new Period(start, end, PeriodAccuracy.APPROXIMATE);

        // WHEN its length is taken THEN it counts the first and last day
        assertThat(period.lengthInDays()).isEqualTo(days);
    }

    @Test
    void days_are_known_to_the_day() {
        // GIVEN a period built with days
        // WHEN its accuracy is read THEN it is DAY
        assertThat(Period.days(LocalDate.of(2016, 11, 27), LocalDate.of(2016, 11, 28))
                        .accuracy())
                .isEqualTo(PeriodAccuracy.DAY);
    }

    @Test
    void rejects_an_end_before_the_start() {
        // GIVEN an end the day before the start
        // WHEN the period is built THEN the message names both fields and both dates
        assertThatThrownBy(() -> Period.days(LocalDate.of(2016, 11, 28), LocalDate.of(2016, 11, 27)))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("Period.end", "not be before Period.start", "2016-11-28", "2016-11-27");
    }
}
