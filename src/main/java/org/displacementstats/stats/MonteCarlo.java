package org.displacementstats.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.figure.Count;
import org.displacementstats.figure.Interval;
import org.displacementstats.figure.QuantifierPolicy;

/**
 * Seeded Monte Carlo propagation of the uncertainty in stated counts into derived figures, shares and rates.
 *
 * <p>Each stated count is drawn from a distribution chosen by its quantifier, within the interval that
 * {@link QuantifierPolicy} gives it, then rounded to whole people:
 * <ul>
 *   <li>EXACT: the value itself;</li>
 *   <li>ABOUT: triangular on [low, high] with its mode at the stated value;</li>
 *   <li>NEARLY, UP_TO, LESS_THAN: triangular on [low, high] with its mode at the high bound (the stated value
 *       is an upper edge that the truth is close to);</li>
 *   <li>BETWEEN: uniform on [a, b];</li>
 *   <li>AT_LEAST, MORE_THAN (unbounded): the low bound plus an exponential excess whose mean is
 *       {@link UncertaintySettings#tailPercent()} percent of the stated value.</li>
 * </ul>
 * Each input has its own generator (Well19937c seeded with the settings' seed and the input's id), so results
 * do not depend on the order of inputs, and the same seed gives the same numbers. Percentiles are taken with
 * the inverse empirical distribution (Commons Math R_1), so a count's percentile is one of the drawn values.
 * The driver of an output is the input with the strongest Spearman correlation to it ({@link Ranks}).
 */
public final class MonteCarlo {
    private final UncertaintySettings settings;
    private final QuantifierPolicy policy;

    private MonteCarlo(UncertaintySettings settings, QuantifierPolicy policy) {
        this.settings = settings;
        this.policy = policy;
    }

    /**
     * @param settings seed, draws and tail
     * @param policy the margin of "about" and "nearly"
     * @return a propagator
     */
    public static MonteCarlo of(UncertaintySettings settings, QuantifierPolicy policy) {
        return new MonteCarlo(settings, policy);
    }

    /**
     * Draws every input and evaluates every expression on each draw.
     *
     * @param inputs the stated counts, by id; none may be VAGUE
     * @param expressions the outputs
     * @return one result per expression, in the given order
     * @throws IllegalArgumentException if an expression reads an input that is not given
     */
    public List<Uncertainty> propagate(Map<String, Count> inputs, List<Expression> expressions) {
        Set<String> ids = new LinkedHashSet<>();
        Optional<IllegalArgumentException> missing = Optional.empty();
        for (Expression e : expressions) {
            for (String id : e.inputs()) {
                if (missing.isEmpty() && inputs.get(id) == null) {
                    missing = Optional.of(new IllegalArgumentException("Expression '" + e.name() + "' reads input '"
                            + id + "', which must be a stated count but is not given"));
                } else if (missing.isEmpty()) {
                    ids.add(id);
                }
            }
        }
        List<String> order = List.copyOf(ids);
        // The inputs before a missing one are drawn first, so that a VAGUE one among them is reported first.
        List<double[]> drawn = inParallel(order.size(), i -> draw(order.get(i), inputs.get(order.get(i))));
        if (missing.isPresent()) {
            throw missing.get();
        }
        Map<String, double[]> draws = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            draws.put(order.get(i), drawn.get(i));
        }
        Map<String, Ranks> ranks = new ConcurrentHashMap<>();
        return inParallel(expressions.size(), i -> evaluate(expressions.get(i), draws, ranks));
    }

    /**
     * Runs {@code n} independent tasks on the common pool and the calling thread, and returns their results in
     * order; the first task (in order) that failed throws its own exception, as a loop would. Results do not
     * depend on which thread runs what: each input has its own generator, each expression reads only draws.
     */
    private static <T> List<T> inParallel(int n, IntFunction<T> task) {
        Object[] results = new Object[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            try {
                results[i] = task.apply(i);
            } catch (RuntimeException e) {
                results[i] = e;
            }
        });
        List<T> out = new ArrayList<>(n);
        for (Object r : results) {
            if (r instanceof RuntimeException e) {
                throw e;
            }
            @SuppressWarnings("unchecked")
            T t = (T) r;
            out.add(t);
        }
        return out;
    }

    /**
     * The draws of one count, whole people, as doubles.
     *
     * @param id the input id, part of the generator's seed
     * @param count the stated count
     * @return {@link UncertaintySettings#draws()} values
     */
    double[] draw(String id, Count count) {
        RandomGenerator rng = new Well19937c(seed(settings.seed(), id));
        Interval interval = count.interval(policy);
        double low = interval.low().orElseThrow();
        double[] values = new double[settings.draws()];
        Optional<RealDistribution> distribution = switch (count.quantifier()) {
            case EXACT -> Optional.empty();
            case ABOUT -> triangular(rng, low, count.value(), interval.high().orElseThrow());
            case NEARLY, UP_TO, LESS_THAN ->
                triangular(
                        rng, low, interval.high().orElseThrow(), interval.high().orElseThrow());
            case BETWEEN ->
                low < count.upper()
                        ? Optional.of(new UniformRealDistribution(rng, low, count.upper() + 0.0))
                        : Optional.empty();
            case AT_LEAST, MORE_THAN ->
                settings.tailPercent() == 0 || count.value() == 0
                        ? Optional.empty()
                        : Optional.of(new ExponentialDistribution(rng, count.value() * settings.tailPercent() / 100.0));
            case VAGUE ->
                throw new DisplacementDataException(
                        "Count '" + id + "' is VAGUE (« des milliers »): it has no number to draw");
        };
        boolean excess = count.quantifier() == org.displacementstats.figure.Quantifier.AT_LEAST
                || count.quantifier() == org.displacementstats.figure.Quantifier.MORE_THAN;
        for (int i = 0; i < values.length; i++) {
            double x = distribution.isEmpty()
                    ? low
                    : excess
                            ? low + distribution.get().sample()
                            : distribution.get().sample();
            values[i] = Math.rint(x);
        }
        return values;
    }

    /**
     * The generator's seed: the settings' seed and every code point of the id, so that two inputs never share a
     * stream (the id's hash code would: "aq" and "c3" have the same one). The generator keeps the first 624 ints.
     */
    static int[] seed(long seed, String id) {
        int[] cps = id.codePoints().toArray();
        int[] all = new int[cps.length + 2];
        all[0] = (int) (seed >>> 32);
        all[1] = (int) seed;
        System.arraycopy(cps, 0, all, 2, cps.length);
        return all;
    }

    private static Optional<RealDistribution> triangular(RandomGenerator rng, double low, double mode, double high) {
        return low < high ? Optional.of(new TriangularDistribution(rng, low, mode, high)) : Optional.empty();
    }

    private Uncertainty evaluate(Expression e, Map<String, double[]> draws, Map<String, Ranks> ranks) {
        int n = settings.draws();
        double[] out = e.numerator().evaluate(draws, n);
        if (e.denominator().isPresent()) {
            double[] den = e.denominator().get().evaluate(draws, n);
            int zeros = 0;
            for (int i = 0; i < n; i++) {
                if (den[i] == 0) {
                    zeros++;
                }
                out[i] = out[i] / den[i];
            }
            if (zeros > 0) {
                throw new DisplacementDataException("Expression '" + e.name() + "' divides by zero in " + zeros + " of "
                        + n + " draws; its denominator must stay above 0");
            }
        }
        Percentile p = new Percentile().withEstimationType(Percentile.EstimationType.R_1);
        p.setData(out);
        String driver = null;
        double strongest = 0;
        Ranks outRanks = null;
        for (String id : e.inputs()) {
            double[] in = draws.get(id);
            if (varies(in) && varies(out)) {
                if (outRanks == null) {
                    outRanks = Ranks.of(out);
                }
                double rho = ranks.computeIfAbsent(id, k -> Ranks.of(in)).correlation(outRanks);
                if (Math.abs(rho) > Math.abs(strongest)) {
                    strongest = rho;
                    driver = id;
                }
            }
        }
        return new Uncertainty(
                e.name(),
                p.evaluate(5),
                p.evaluate(50),
                p.evaluate(95),
                n,
                Optional.ofNullable(driver),
                driver == null ? OptionalDouble.empty() : OptionalDouble.of(strongest));
    }

    private static boolean varies(double[] values) {
        for (double v : values) {
            if (v != values[0]) {
                return true;
            }
        }
        return false;
    }
}
