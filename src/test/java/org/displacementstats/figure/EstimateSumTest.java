package org.displacementstats.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import org.displacementstats.DisplacementDataException;
import org.junit.jupiter.api.Test;

class EstimateSumTest {
    @Test
    void adds_up_to_what_plus_gives_term_by_term_with_unbounded_and_pointless_terms() {
        Random random = new Random(20161128);
        for (int run = 0; run < 2_000; run++) {
            List<Estimate> terms = new ArrayList<>();
            int n = random.nextInt(6);
            for (int i = 0; i < n; i++) {
                terms.add(estimate(random));
            }
            EstimateSum sum = new EstimateSum();
            Estimate chained = null;
            for (Estimate e : terms) {
                sum.add(e);
                chained = chained == null ? e : chained.plus(e);
            }

            assertThat(sum.sum()).as("%s", terms).isEqualTo(Optional.ofNullable(chained));
        }
    }

    @Test
    void the_documented_example_sums_the_estimates_of_figures() {
        List<Figure> figures = List.of(
                Flow.stated("fled-east-aleppo")
                        .what("fled")
                        .from(Fixtures.EAST_ALEPPO)
                        .count(Count.nearly(10_000))
                        .during(Fixtures.TWO_DAYS)
                        .evidence(Fixtures.STATED),
                Flow.stated("fled-to-sheikh-maqsoud")
                        .what("fled")
                        .from(Fixtures.EAST_ALEPPO)
                        .to(Fixtures.SHEIKH_MAQSOUD)
                        .count(Count.exact(6_000))
                        .during(Fixtures.TWO_DAYS)
                        .evidence(Fixtures.STATED));
        // spotless:off
        // EXAMPLE:begin
        EstimateSum sum = new EstimateSum();
        figures.forEach(f -> sum.add(f.estimate()));
        Optional<Estimate> total = sum.sum();   // empty when nothing was added
        // EXAMPLE:end
        // spotless:on

        assertThat(total).contains(new Estimate(OptionalLong.of(16_000), Interval.closed(15_000, 16_000)));
        assertThat(new EstimateSum().sum()).isEmpty();
    }

    @Test
    void starts_again_when_cleared() {
        EstimateSum sum = new EstimateSum();
        sum.add(new Estimate(OptionalLong.of(5), Interval.closed(4, 6)));
        sum.clear();
        sum.add(new Estimate(OptionalLong.of(10), Interval.atLeast(10)));
        sum.add(new Estimate(OptionalLong.of(1), Interval.point(1)));

        assertThat(sum.sum()).contains(new Estimate(OptionalLong.of(11), Interval.atLeast(11)));
    }

    @Test
    void overflow_is_the_error_plus_gives() {
        Estimate big = new Estimate(OptionalLong.of(Long.MAX_VALUE - 1), Interval.point(Long.MAX_VALUE - 1));
        EstimateSum sum = new EstimateSum();
        sum.add(big);

        assertThatThrownBy(() -> sum.add(big))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessage(catchMessage(() -> big.plus(big)));
        assertThatThrownBy(() -> sum.add(null)).isInstanceOf(NullPointerException.class);
    }

    private static String catchMessage(Runnable r) {
        try {
            r.run();
        } catch (DisplacementDataException e) {
            return e.getMessage();
        }
        throw new AssertionError("no overflow");
    }

    private static Estimate estimate(Random random) {
        long low = random.nextInt(1_000);
        long high = low + random.nextInt(1_000);
        Interval interval = switch (random.nextInt(4)) {
            case 0 -> Interval.atLeast(low);
            case 1 -> Interval.atMost(high);
            default -> Interval.closed(low, high);
        };
        boolean point = random.nextInt(5) > 0;
        return new Estimate(point ? OptionalLong.of(interval.low().orElse(high)) : OptionalLong.empty(), interval);
    }
}
