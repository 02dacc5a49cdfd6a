package org.displacementstats.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalLong;
import org.displacementstats.DisplacementDataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EstimateTest {

    @ParameterizedTest(name = "{0} outside {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "4  | [5, 10]",
                "11 | [5, 10]",
                "-1 | [0, inf)",
                "3  | (-inf, 2]",
            })
    void rejects_a_point_outside_its_interval(long point, String interval) {
        // GIVEN a point outside the interval
        // WHEN the estimate is built THEN the message names the field, the interval and the point
        assertThatThrownBy(() -> new Estimate(OptionalLong.of(point), Interval.parse(interval)))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("Estimate.point", "within Estimate.interval " + interval, "but was " + point);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(
            delimiter = '|',
            value = {"5 | [5, 10]", "10 | [5, 10]", "7 | [0, inf)"})
    void accepts_a_point_within_or_on_the_bounds(long point, String interval) {
        // GIVEN a point inside the interval or on a bound
        // WHEN the estimate is built THEN it keeps both
        Estimate estimate = new Estimate(OptionalLong.of(point), Interval.parse(interval));
        assertThat(estimate.point()).hasValue(point);
        assertThat(estimate.interval()).hasToString(interval);
    }

    @Test
    void of_a_count_takes_its_point_and_interval() {
        // GIVEN « quelque 250.000 »
        // WHEN its estimate is taken under the default policy
        Estimate estimate = Estimate.of(Count.about(250_000), QuantifierPolicy.DEFAULT);

        // THEN the point is the stated value and the interval the policy's
        assertThat(estimate.point()).hasValue(250_000);
        assertThat(estimate.interval()).isEqualTo(Interval.closed(225_000, 275_000));
    }

    @Test
    void of_a_vague_count_has_no_point() {
        // GIVEN « des milliers »
        // WHEN its estimate is taken
        Estimate estimate = Estimate.of(Count.vague(), QuantifierPolicy.DEFAULT);

        // THEN there is no point and the interval is [0, inf)
        assertThat(estimate.point()).isEmpty();
        assertThat(estimate.interval()).isEqualTo(Interval.atLeast(0));
    }

    @Test
    void minus_gives_the_remaining_population_of_the_design() {
        // GIVEN about 250,000 residents and nearly 10,000 who fled
        Estimate residents = Estimate.of(Count.about(250_000), QuantifierPolicy.DEFAULT);
        Estimate fled = Estimate.of(Count.nearly(10_000), QuantifierPolicy.DEFAULT);

        // WHEN the fled are subtracted
        Estimate remaining = residents.minus(fled);

        // THEN 240,000 remain, within [215,000, 266,000] (architecture page, "The seed dataset")
        assertThat(remaining.point()).hasValue(240_000);
        assertThat(remaining.interval()).isEqualTo(Interval.closed(215_000, 266_000));
    }

    @Test
    void minus_gives_the_remainder_to_government_areas_of_the_design() {
        // GIVEN nearly 10,000 who fled and exactly 6,000 of them to Cheikh Maqsoud
        Estimate fled = Estimate.of(Count.nearly(10_000), QuantifierPolicy.DEFAULT);
        Estimate toSheikhMaqsoud = Estimate.of(Count.exact(6_000), QuantifierPolicy.DEFAULT);

        // WHEN the part is subtracted
        Estimate rest = fled.minus(toSheikhMaqsoud);

        // THEN 4,000 remain, within [3,000, 4,000] (architecture page, "The seed dataset")
        assertThat(rest.point()).hasValue(4_000);
        assertThat(rest.interval()).isEqualTo(Interval.closed(3_000, 4_000));
    }

    @Test
    void plus_adds_points_and_intervals() {
        // GIVEN 6,000 exactly and a remainder of 4,000 in [3,000, 4,000]
        Estimate part = Estimate.of(Count.exact(6_000), QuantifierPolicy.DEFAULT);
        Estimate rest = new Estimate(OptionalLong.of(4_000), Interval.closed(3_000, 4_000));

        // WHEN they are added
        Estimate total = part.plus(rest);

        // THEN the point and the interval add
        assertThat(total.point()).hasValue(10_000);
        assertThat(total.interval()).isEqualTo(Interval.closed(9_000, 10_000));
    }

    @Test
    void a_term_without_a_point_gives_a_result_without_a_point() {
        // GIVEN a stated count and a mention with no number
        Estimate stated = Estimate.of(Count.exact(6_000), QuantifierPolicy.DEFAULT);
        Estimate mention = Estimate.of(Count.vague(), QuantifierPolicy.DEFAULT);

        // WHEN they are combined either way
        // THEN no result has a point, and the intervals still combine
        assertThat(stated.plus(mention).point()).isEmpty();
        assertThat(mention.plus(stated).point()).isEmpty();
        assertThat(stated.minus(mention).point()).isEmpty();
        assertThat(mention.minus(stated).point()).isEmpty();
        assertThat(stated.plus(mention).interval()).isEqualTo(Interval.atLeast(6_000));
        assertThat(stated.minus(mention).interval()).isEqualTo(Interval.atMost(6_000));
    }

    @Test
    void plus_overflow_of_the_points_is_a_domain_error() {
        // GIVEN two estimates whose points sum past the top of long, in intervals unbounded above
        Estimate huge = new Estimate(OptionalLong.of(Long.MAX_VALUE), Interval.atLeast(0));

        // WHEN they are added THEN it fails with the domain exception, not an ArithmeticException
        assertThatThrownBy(() -> huge.plus(huge))
                .isExactlyInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("Estimate.point", String.valueOf(Long.MAX_VALUE), "overflows");
    }

    @Test
    void minus_overflow_of_the_points_is_a_domain_error() {
        // GIVEN points whose difference falls below the bottom of long, in unbounded intervals
        Estimate low = new Estimate(OptionalLong.of(Long.MIN_VALUE), Interval.atMost(0));
        Estimate one = new Estimate(OptionalLong.of(1), Interval.atMost(1));

        // WHEN one is subtracted THEN it fails with the domain exception, not an ArithmeticException
        assertThatThrownBy(() -> low.minus(one))
                .isExactlyInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("Estimate.point", String.valueOf(Long.MIN_VALUE), "overflows");
    }

    @Test
    void interval_overflow_in_a_sum_is_a_domain_error() {
        // GIVEN estimates whose points are small but whose intervals reach the top of long
        Estimate wide = new Estimate(OptionalLong.of(0), Interval.closed(0, Long.MAX_VALUE));

        // WHEN they are added THEN it fails with the interval's domain exception
        assertThatThrownBy(() -> wide.plus(wide))
                .isExactlyInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("Interval arithmetic", "overflows");
    }
}
