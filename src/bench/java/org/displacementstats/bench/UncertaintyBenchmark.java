package org.displacementstats.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.displacementstats.dataset.DerivedQuantity;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.stats.UncertaintySettings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The time of the Monte Carlo propagation over the bundled dataset: every derived figure, share and rate of
 * {@code uncertainty.csv}, at the default seed and tail, for 100,000 draws unless {@code -p draws=N}.
 * The dataset is read once, outside the measurement.
 *
 * <pre>mvn -B -Pbench test-compile exec:exec@uncertainty-benchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(2)
public class UncertaintyBenchmark {
    /** The number of draws. */
    @Param("100000")
    public int draws;

    private DisplacementDataset dataset;
    private UncertaintySettings settings;

    /** Reads the bundled dataset. */
    @Setup
    public void read() {
        dataset = DisplacementDataset.aleppo2016();
        settings = new UncertaintySettings(
                UncertaintySettings.DEFAULT.seed(), draws, UncertaintySettings.DEFAULT.tailPercent());
    }

    /**
     * Draws every stated count and evaluates every derived quantity.
     *
     * @return the quantities, so that the work is not optimised away
     */
    @Benchmark
    public List<DerivedQuantity> uncertaintyOfTheBundledDataset() {
        return dataset.uncertainty(settings);
    }
}
