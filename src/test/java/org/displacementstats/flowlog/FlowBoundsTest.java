package org.displacementstats.flowlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.displacementstats.figure.Count;
import org.displacementstats.figure.Interval;
import org.displacementstats.figure.Quantifier;
import org.displacementstats.figure.QuantifierPolicy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FlowBoundsTest {

    @ParameterizedTest
    @EnumSource(
            value = Quantifier.class,
            names = {"EXACT", "ABOUT", "NEARLY", "AT_LEAST", "MORE_THAN", "UP_TO", "LESS_THAN"})
    void hot_path_bounds_equal_count_interval_for_every_quantifier_margin_and_value(Quantifier q) {
        // GIVEN small values, values near the limit and seeded random values, under several margins
        SplittableRandom random = new SplittableRandom(q.ordinal());
        long[] values = LongStream.concat(
                        LongStream.concat(
                                LongStream.rangeClosed(0, 1_000),
                                LongStream.rangeClosed(Count.MAX_VALUE - 1_000, Count.MAX_VALUE)),
                        LongStream.generate(() -> random.nextLong(Count.MAX_VALUE + 1))
                                .limit(20_000))
                .toArray();
        for (int margin : new int[] {0, 1, 10, 15, 33, 50, 99, 100}) {
            QuantifierPolicy policy = new QuantifierPolicy(margin);
            for (long v : values) {
                if (q == Quantifier.LESS_THAN && v == 0) {
                    continue;
                }
                // WHEN both compute the interval
                Interval expected = Count.of(q, v).interval(policy);
                long high = FlowBounds.high(q, v, policy);

                // THEN they agree on both bounds
                assertThat(OptionalLong.of(FlowBounds.low(q, v, policy)))
                        .as("%s %d margin %d", q, v, margin)
                        .isEqualTo(expected.low());
                assertThat(high == FlowBounds.UNBOUNDED ? OptionalLong.empty() : OptionalLong.of(high))
                        .as("%s %d margin %d", q, v, margin)
                        .isEqualTo(expected.high());
                assertThat(OptionalLong.of(FlowBounds.point(q, v)))
                        .as("%s %d point", q, v)
                        .isEqualTo(Count.of(q, v).point());
            }
        }
    }
}
