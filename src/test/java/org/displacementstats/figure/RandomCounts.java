package org.displacementstats.figure;

import java.util.Random;

/**
 * Valid counts drawn from a seeded generator: small, large and boundary values (0, 1, {@link Count#MAX_VALUE}) all
 * occur. Shared by the count round trip and the dataset round trip, so both exercise the same cases.
 */
public final class RandomCounts {
    private RandomCounts() {}

    /**
     * @param q the quantifier
     * @param random the generator
     * @return a valid count with that quantifier
     */
    public static Count of(Quantifier q, Random random) {
        long v = switch (random.nextInt(4)) {
            case 0 -> random.nextInt(100);
            case 1 -> random.nextInt(1_000_000);
            case 2 -> Count.MAX_VALUE - random.nextInt(3);
            default -> random.nextLong(Count.MAX_VALUE + 1);
        };
        return switch (q) {
            case VAGUE -> Count.vague();
            case BETWEEN -> {
                long low = Math.min(v, Count.MAX_VALUE - 1);
                yield Count.between(low, random.nextLong(low + 1, Count.MAX_VALUE + 1));
            }
            case LESS_THAN -> Count.lessThan(Math.max(1, v));
            default -> Count.of(q, v);
        };
    }

    /**
     * @param random the generator
     * @return a valid count with a quantifier drawn uniformly from all of them
     */
    public static Count any(Random random) {
        Quantifier[] all = Quantifier.values();
        return of(all[random.nextInt(all.length)], random);
    }
}
