package org.displacementstats.stats;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A whole-number linear combination of named inputs plus a constant: {@code fled-east-aleppo −
 * fled-to-sheikh-maqsoud}, or the constant 2 (days).
 *
 * @param terms the coefficient of each input, by input id (sorted, so iteration order is stable)
 * @param constant the constant term
 */
public record LinearSum(Map<String, Integer> terms, long constant) {

    /**
     * Copies the terms in id order and drops zero coefficients.
     *
     * @param terms the coefficient of each input, by input id (sorted, so iteration order is stable)
     * @param constant the constant term
     */
    public LinearSum {
        Objects.requireNonNull(terms, "LinearSum.terms");
        TreeMap<String, Integer> sorted = new TreeMap<>();
        terms.forEach((id, c) -> {
            if (c != 0) {
                sorted.put(id, c);
            }
        });
        terms = Collections.unmodifiableSortedMap(sorted);
    }

    /**
     * One input with coefficient 1.
     *
     * @param id the input id
     * @return the sum
     */
    public static LinearSum of(String id) {
        return new LinearSum(Map.of(id, 1), 0);
    }

    /**
     * A constant and no input (named apart from the accessor {@link #constant()}, which returns a {@code long}).
     *
     * @param value the constant
     * @return the sum
     */
    public static LinearSum ofConstant(long value) {
        return new LinearSum(Map.of(), value);
    }

    /**
     * This plus {@code sign} times {@code other}.
     *
     * @param other the sum to add
     * @param sign +1 or −1
     * @return the combined sum
     * @throws IllegalArgumentException if {@code sign} is neither
     */
    public LinearSum plus(LinearSum other, int sign) {
        if (sign != 1 && sign != -1) {
            throw new IllegalArgumentException("LinearSum.plus sign must be 1 or -1 but was " + sign);
        }
        Map<String, Integer> all = new TreeMap<>(terms);
        other.terms.forEach((id, c) -> all.merge(id, sign * c, Integer::sum));
        return new LinearSum(all, Math.addExact(constant, sign * other.constant));
    }

    /**
     * The sum on every draw, term by term in id order (so each draw's sum has the bits of a one-draw loop).
     *
     * @param draws each input's draws
     * @param n the number of draws
     * @return the sum of each draw
     */
    double[] evaluate(Map<String, double[]> draws, int n) {
        double[] sum = new double[n];
        Arrays.fill(sum, constant);
        for (Map.Entry<String, Integer> t : terms.entrySet()) {
            int c = t.getValue();
            double[] x = draws.get(t.getKey());
            for (int i = 0; i < n; i++) {
                sum[i] += c * x[i];
            }
        }
        return sum;
    }
}
