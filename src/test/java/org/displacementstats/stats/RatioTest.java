package org.displacementstats.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.displacementstats.figure.Estimate;
import org.displacementstats.figure.Interval;
import org.junit.jupiter.api.Test;

/** Shares and rates: interval division, with infinite bounds where unbounded and empty ones where undefined. */
class RatioTest {
    private static Estimate of(long point, Interval interval) {
        return new Estimate(OptionalLong.of(point), interval);
    }

    @Test
    void share_of_a_part_divides_the_bounds_crosswise() {
        // GIVEN 6,000 of « près de 10.000 » [9000, 10000]

        Ratio r = Ratio.of(of(6_000, Interval.point(6_000)), of(10_000, Interval.closed(9_000, 10_000)));
        // THEN [6000/10000, 6000/9000]
        assertThat(r.point()).hasValue(0.6);
        assertThat(r.low()).hasValue(0.6);
        assertThat(r.high()).hasValue(6_000.0 / 9_000);
    }

    @Test
    void a_negative_numerator_takes_its_low_over_the_smallest_denominator() {
        // GIVEN [-5500, -3500] remaining out of [4500, 5500]

        Ratio r = Ratio.of(of(-5_000, Interval.closed(-5_500, -3_500)), of(5_000, Interval.closed(4_500, 5_500)));

        assertThat(r.point()).hasValue(-1.0);
        assertThat(r.low()).hasValue(-5_500.0 / 4_500);
        assertThat(r.high()).hasValue(-3_500.0 / 5_500);
    }

    @Test
    void an_unbounded_denominator_gives_zero_as_the_bound_it_can_shrink_to() {
        // GIVEN 6,000 of « au moins 10.000 », and -6,000 of it
        Estimate atLeast = of(10_000, Interval.atLeast(10_000));

        Ratio positive = Ratio.of(of(6_000, Interval.point(6_000)), atLeast);
        Ratio negative = Ratio.of(of(-6_000, Interval.point(-6_000)), atLeast);

        assertThat(positive.low()).hasValue(0.0);
        assertThat(positive.high()).hasValue(0.6);
        assertThat(negative.low()).hasValue(-0.6);
        assertThat(negative.high()).hasValue(0.0);
    }

    @Test
    void an_unbounded_numerator_gives_an_infinite_bound_not_an_undefined_one() {
        // WHEN « au moins 6.000 » of [9000, 10000], and (-inf, 4000] of it
        Ratio r = Ratio.of(of(6_000, Interval.atLeast(6_000)), of(10_000, Interval.closed(9_000, 10_000)));
        Ratio below = Ratio.of(of(4_000, Interval.atMost(4_000)), of(10_000, Interval.closed(9_000, 10_000)));

        assertThat(r.low()).hasValue(0.6);
        assertThat(r.high()).hasValue(Double.POSITIVE_INFINITY);
        assertThat(below.low()).hasValue(Double.NEGATIVE_INFINITY);
        assertThat(below.high()).hasValue(4_000.0 / 9_000);
    }

    @Test
    void a_denominator_that_can_be_zero_leaves_the_bounds_undefined() {
        // WHEN 5 out of [0, 10], and out of exactly 0
        Ratio r = Ratio.of(of(5, Interval.point(5)), of(5, Interval.closed(0, 10)));
        Ratio zero = Ratio.of(of(5, Interval.point(5)), of(0, Interval.point(0)));

        assertThat(r.point()).hasValue(1.0);
        assertThat(r.low()).isEmpty();
        assertThat(r.high()).isEmpty();
        assertThat(zero.point()).isEmpty();
        assertThat(Ratio.of(of(5, Interval.point(5)), of(1, Interval.closed(1, 2)))
                        .low())
                .hasValue(2.5);
    }

    @Test
    void per_day_spreads_a_count_over_its_days_and_rejects_fewer_than_one_day() {
        // WHEN « près de 10.000 » over 2 days
        Ratio r = Ratio.perDay(of(10_000, Interval.closed(9_000, 10_000)), 2);

        assertThat(r.point()).hasValue(5_000.0);
        assertThat(r.low()).hasValue(4_500.0);
        assertThat(r.high()).hasValue(5_000.0);
        assertThat(Ratio.perDay(of(7, Interval.point(7)), 1).point()).hasValue(7.0);
        assertThatThrownBy(() -> Ratio.perDay(of(7, Interval.point(7)), 0))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll("days", ">= 1", "0");
    }

    @Test
    void rejects_bounds_out_of_order_and_a_point_outside_them() {
        assertThatThrownBy(() -> new Ratio(OptionalDouble.empty(), OptionalDouble.of(2), OptionalDouble.of(1)))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Ratio.low must be <= Ratio.high");
        assertThatThrownBy(() -> new Ratio(OptionalDouble.of(0.5), OptionalDouble.of(1), OptionalDouble.empty()))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Ratio.point must lie within");
        assertThatThrownBy(() -> new Ratio(OptionalDouble.of(3), OptionalDouble.empty(), OptionalDouble.of(2)))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Ratio.point must lie within");
        assertThat(new Ratio(OptionalDouble.of(1), OptionalDouble.of(1), OptionalDouble.of(1)).point())
                .hasValue(1.0);
    }
}
