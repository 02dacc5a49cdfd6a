package org.displacementstats.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Laws of interval arithmetic, checked over seeded generated intervals. */
class IntervalLawsTest {
    private static final long SEED = 20161128L;
    private static final int CASES = 10_000;
    /** Bounds stay within ±10^15 so that sums and differences of three never overflow. */
    private static final long RANGE = 1_000_000_000_000_000L;

    private static long bound(Random random) {
        return random.nextBoolean() ? random.nextInt(2_001) - 1_000 : random.nextLong(-RANGE, RANGE + 1);
    }

    /** An interval that is bounded, half-unbounded either way or unbounded, mostly bounded. */
    static Interval generate(Random random) {
        long a = bound(random);
        long b = bound(random);
        long low = Math.min(a, b);
        long high = Math.max(a, b);
        return switch (random.nextInt(8)) {
            case 0 -> Interval.atLeast(low);
            case 1 -> Interval.atMost(high);
            case 2 -> Interval.parse("(-inf, inf)");
            case 3 -> Interval.point(low);
            default -> Interval.closed(low, high);
        };
    }

    /** A sub-interval of {@code outer}: each bound moved inward or kept, an unbounded side perhaps bounded. */
    static Interval inside(Interval outer, Random random) {
        long low = outer.low().orElse(-RANGE - random.nextInt(1_000));
        long high = outer.high().orElse(RANGE + random.nextInt(1_000));
        long a = random.nextLong(low, high + 1);
        long b = random.nextLong(low, high + 1);
        boolean keepLowOpen = outer.low().isEmpty() && random.nextBoolean();
        boolean keepHighOpen = outer.high().isEmpty() && random.nextBoolean();
        if (keepLowOpen && keepHighOpen) {
            return outer;
        }
        if (keepLowOpen) {
            return Interval.atMost(Math.max(a, b));
        }
        if (keepHighOpen) {
            return Interval.atLeast(Math.min(a, b));
        }
        return Interval.closed(Math.min(a, b), Math.max(a, b));
    }

    @Test
    void adding_then_subtracting_the_same_interval_encloses_the_original() {
        // GIVEN many seeded pairs of intervals
        Random random = new Random(SEED);
        for (int i = 0; i < CASES; i++) {
            Interval a = generate(random);
            Interval b = generate(random);

            // WHEN b is added to a and then subtracted
            Interval back = a.plus(b).minus(b);

            // THEN the result encloses a (interval arithmetic widens, it never loses values)
            assertThat(back.encloses(a))
                    .as("(%s + %s) - %s = %s", a, b, b, back)
                    .isTrue();
        }
    }

    @Test
    void adding_then_subtracting_a_single_value_gives_the_original_back() {
        // GIVEN many seeded intervals and single values
        Random random = new Random(SEED + 1);
        for (int i = 0; i < CASES; i++) {
            Interval a = generate(random);
            Interval p = Interval.point(bound(random));

            // WHEN the value is added and subtracted THEN nothing widens: a width-zero term is exact
            assertThat(a.plus(p).minus(p)).as("(%s + %s) - %s", a, p, p).isEqualTo(a);
        }
    }

    @Test
    void plus_is_commutative() {
        // GIVEN many seeded pairs of intervals
        Random random = new Random(SEED + 2);
        for (int i = 0; i < CASES; i++) {
            Interval a = generate(random);
            Interval b = generate(random);

            // WHEN they are added in both orders THEN the sums are equal
            assertThat(a.plus(b)).as("%s + %s", a, b).isEqualTo(b.plus(a));
        }
    }

    @Test
    void plus_is_associative() {
        // GIVEN many seeded triples of intervals
        Random random = new Random(SEED + 3);
        for (int i = 0; i < CASES; i++) {
            Interval a = generate(random);
            Interval b = generate(random);
            Interval c = generate(random);

            // WHEN they are added grouped both ways THEN the sums are equal
            assertThat(a.plus(b).plus(c)).as("%s + %s + %s", a, b, c).isEqualTo(a.plus(b.plus(c)));
        }
    }

    @Test
    void plus_and_minus_are_monotone_in_the_enclosing_order() {
        // GIVEN many seeded intervals a, a2 inside a, and b
        Random random = new Random(SEED + 4);
        for (int i = 0; i < CASES; i++) {
            Interval a = generate(random);
            Interval a2 = inside(a, random);
            Interval b = generate(random);
            assertThat(a.encloses(a2)).as("generator: %s encloses %s", a, a2).isTrue();

            // WHEN b is added to and subtracted from both, and both are subtracted from b
            // THEN the results from a enclose the results from a2
            assertThat(a.plus(b).encloses(a2.plus(b)))
                    .as("%s + %s vs %s + %s", a, b, a2, b)
                    .isTrue();
            assertThat(a.minus(b).encloses(a2.minus(b)))
                    .as("%s - %s vs %s - %s", a, b, a2, b)
                    .isTrue();
            assertThat(b.minus(a).encloses(b.minus(a2)))
                    .as("%s - %s vs %s - %s", b, a, b, a2)
                    .isTrue();
        }
    }

    @Test
    void sums_and_differences_contain_the_sums_and_differences_of_members() {
        // GIVEN many seeded pairs of bounded intervals and a member of each
        Random random = new Random(SEED + 5);
        for (int i = 0; i < CASES; i++) {
            long a1 = bound(random);
            long a2 = bound(random);
            long b1 = bound(random);
            long b2 = bound(random);
            Interval a = Interval.closed(Math.min(a1, a2), Math.max(a1, a2));
            Interval b = Interval.closed(Math.min(b1, b2), Math.max(b1, b2));
            long x = random.nextLong(a.low().orElseThrow(), a.high().orElseThrow() + 1);
            long y = random.nextLong(b.low().orElseThrow(), b.high().orElseThrow() + 1);

            // WHEN the intervals are added and subtracted
            // THEN x + y lies in the sum and x - y in the difference, and the bounds themselves are reached
            assertThat(a.plus(b).contains(x + y))
                    .as("%d + %d in %s + %s", x, y, a, b)
                    .isTrue();
            assertThat(a.minus(b).contains(x - y))
                    .as("%d - %d in %s - %s", x, y, a, b)
                    .isTrue();
            assertThat(a.plus(b).low()).hasValue(a.low().orElseThrow() + b.low().orElseThrow());
            assertThat(a.minus(b).high())
                    .hasValue(a.high().orElseThrow() - b.low().orElseThrow());
        }
    }

    @Test
    void a_sum_with_an_unbounded_high_is_unbounded_above() {
        // GIVEN many seeded intervals and an interval unbounded above
        Random random = new Random(SEED + 6);
        for (int i = 0; i < CASES; i++) {
            Interval a = generate(random);
            Interval unboundedAbove = Interval.atLeast(bound(random));

            // WHEN they are added THEN the sum is unbounded above, whichever side the term is on
            assertThat(a.plus(unboundedAbove).high())
                    .as("%s + %s", a, unboundedAbove)
                    .isEmpty();
            assertThat(unboundedAbove.plus(a).high())
                    .as("%s + %s", unboundedAbove, a)
                    .isEmpty();
        }
    }

    @Test
    void subtracting_an_interval_unbounded_above_gives_a_difference_unbounded_below() {
        // GIVEN many seeded intervals and an interval unbounded above
        Random random = new Random(SEED + 7);
        for (int i = 0; i < CASES; i++) {
            Interval a = generate(random);
            Interval unboundedAbove = Interval.atLeast(bound(random));

            // WHEN it is subtracted THEN the difference has no low bound
            assertThat(a.minus(unboundedAbove).low())
                    .as("%s - %s", a, unboundedAbove)
                    .isEmpty();
        }
    }

    @Test
    void subtracting_an_interval_unbounded_below_gives_a_difference_unbounded_above() {
        // GIVEN many seeded intervals and an interval unbounded below
        Random random = new Random(SEED + 8);
        for (int i = 0; i < CASES; i++) {
            Interval a = generate(random);
            Interval unboundedBelow = Interval.atMost(bound(random));

            // WHEN it is subtracted THEN the difference has no high bound
            assertThat(a.minus(unboundedBelow).high())
                    .as("%s - %s", a, unboundedBelow)
                    .isEmpty();
        }
    }

    @Test
    void times_distributes_over_repeated_addition() {
        // GIVEN many seeded intervals and small factors
        Random random = new Random(SEED + 9);
        for (int i = 0; i < CASES; i++) {
            Interval a = generate(random);
            int factor = 1 + random.nextInt(5);

            // WHEN the interval is scaled
            Interval sum = a;
            for (int k = 1; k < factor; k++) {
                sum = sum.plus(a);
            }

            // THEN it equals adding it to itself that many times
            assertThat(a.times(factor)).as("%s * %d", a, factor).isEqualTo(sum);
        }
    }

    @Test
    void parse_reads_back_what_to_string_prints() {
        // GIVEN many seeded intervals, unbounded ones included
        Random random = new Random(SEED + 10);
        for (int i = 0; i < CASES; i++) {
            Interval a = generate(random);

            // WHEN each is printed and parsed THEN the same interval comes back
            assertThat(Interval.parse(a.toString())).as(a.toString()).isEqualTo(a);
        }
    }

    @Test
    void overlaps_exactly_when_some_value_lies_in_both() {
        // GIVEN many seeded pairs of small intervals, so every shared value can be searched for
        Random random = new Random(SEED + 11);
        for (int i = 0; i < CASES; i++) {
            Interval a = small(random);
            Interval b = small(random);

            // WHEN overlap is asked
            boolean shared = false;
            for (long v = -25; v <= 25 && !shared; v++) {
                shared = a.contains(v) && b.contains(v);
            }

            // THEN it agrees with a search for a common value
            assertThat(a.overlaps(b)).as("%s overlaps %s", a, b).isEqualTo(shared);
        }
    }

    @Test
    void encloses_exactly_when_every_value_of_the_other_lies_inside() {
        // GIVEN many seeded pairs of small intervals
        Random random = new Random(SEED + 12);
        for (int i = 0; i < CASES; i++) {
            Interval a = small(random);
            Interval b = small(random);

            // WHEN enclosure is asked
            boolean all = true;
            for (long v = -25; v <= 25 && all; v++) {
                all = !b.contains(v) || a.contains(v);
            }

            // THEN it agrees with a check of every value (the search range covers both unbounded tails' edges)
            assertThat(a.encloses(b)).as("%s encloses %s", a, b).isEqualTo(all);
        }
    }

    /** Intervals with bounds in [-10, 10], so values in [-25, 25] reach past every finite bound. */
    private static Interval small(Random random) {
        long x = random.nextInt(21) - 10;
        long y = random.nextInt(21) - 10;
        return switch (random.nextInt(5)) {
            case 0 -> Interval.atLeast(x);
            case 1 -> Interval.atMost(x);
            case 2 -> Interval.parse("(-inf, inf)");
            default -> Interval.closed(Math.min(x, y), Math.max(x, y));
        };
    }
}
