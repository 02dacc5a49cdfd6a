package org.displacementstats.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Property: {@code Count.parse(c.toString())} gives {@code c} back, over seeded generated counts. */
class CountRoundTripTest {
    private static final long SEED = 0x59a92f6e1361203dL;
    private static final int CASES = 10_000;

    /** A valid count with the given quantifier; see {@link RandomCounts}. */
    static Count generate(Quantifier q, Random random) {
        return RandomCounts.of(q, random);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Quantifier.class)
    void parse_reads_back_what_to_string_prints_for_every_quantifier(Quantifier quantifier) {
        // GIVEN many seeded counts with this quantifier
        Random random = new Random(SEED + quantifier.ordinal());
        for (int i = 0; i < CASES; i++) {
            Count count = generate(quantifier, random);

            // WHEN each is printed and parsed back
            String printed = count.toString();
            Count parsed = Count.parse(printed);

            // THEN the same count comes back, and prints the same
            assertThat(parsed).as(printed).isEqualTo(count);
            assertThat(parsed).as(printed).hasToString(printed);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Quantifier.class)
    void the_printed_form_starts_with_the_quantifiers_symbol(Quantifier quantifier) {
        // GIVEN many seeded counts with this quantifier (other than BETWEEN, whose symbol sits between)
        Random random = new Random(SEED - quantifier.ordinal());
        for (int i = 0; i < CASES / 10; i++) {
            Count count = generate(quantifier, random);

            // WHEN each is printed
            String printed = count.toString();

            // THEN the symbol leads (BETWEEN: separates the two values) and the rest is plain digits
            if (quantifier == Quantifier.BETWEEN) {
                assertThat(printed).isEqualTo(count.value() + ".." + count.upper());
            } else if (quantifier == Quantifier.VAGUE) {
                assertThat(printed).isEqualTo("?");
            } else {
                assertThat(printed).isEqualTo(quantifier.symbol() + count.value());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Quantifier.class)
    void the_generator_reaches_the_largest_count(Quantifier quantifier) {
        // GIVEN the generator used by the round trip, so a weak generator cannot pass silently
        Random random = new Random(SEED + quantifier.ordinal());
        Set<Boolean> reachedMax = new HashSet<>();
        Set<Quantifier> seen = EnumSet.noneOf(Quantifier.class);

        // WHEN it generates the round trip's cases
        for (int i = 0; i < CASES; i++) {
            Count count = generate(quantifier, random);
            seen.add(count.quantifier());
            reachedMax.add(count.upper() == Count.MAX_VALUE);
        }

        // THEN every case has the quantifier, and the boundary value occurs (except for VAGUE's fixed 0)
        assertThat(seen).containsExactly(quantifier);
        assertThat(reachedMax).contains(quantifier != Quantifier.VAGUE);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = Quantifier.class,
            names = {"VAGUE"},
            mode = EnumSource.Mode.EXCLUDE)
    void the_generator_reaches_the_smallest_count_each_quantifier_allows(Quantifier quantifier) {
        // GIVEN the generator used by the round trip
        Random random = new Random(SEED + quantifier.ordinal());
        long smallest = Long.MAX_VALUE;

        // WHEN it generates the round trip's cases
        for (int i = 0; i < CASES; i++) {
            smallest = Math.min(smallest, generate(quantifier, random).value());
        }

        // THEN the lower boundary occurs: 1 for LESS_THAN (fewer than 0 is impossible), 0 otherwise
        assertThat(smallest).isEqualTo(quantifier == Quantifier.LESS_THAN ? 1 : 0);
    }
}
