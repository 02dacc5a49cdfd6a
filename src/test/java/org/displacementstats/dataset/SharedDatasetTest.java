package org.displacementstats.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.displacementstats.stats.UncertaintySettings;
import org.junit.jupiter.api.Test;

/** One dataset shared by eight threads gives each of them what it gives one: it is immutable. */
class SharedDatasetTest {
    private static final int THREADS = 8;

    @Test
    void eight_threads_sharing_one_dataset_see_the_same_figures_checks_and_uncertainty() throws Exception {
        DisplacementDataset ds = DisplacementDataset.aleppo2016();
        UncertaintySettings settings = new UncertaintySettings(20161129L, 2_000, 10);
        List<Object> alone = everything(ds, settings);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Object>>> results = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return everything(ds, settings);
                }));
            }
            start.countDown();
            for (Future<List<Object>> r : results) {
                assertThat(r.get()).isEqualTo(alone);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Object> everything(DisplacementDataset ds, UncertaintySettings settings) {
        return List.of(
                ds.figures(),
                ds.stocks(),
                ds.flows(),
                ds.checks(),
                ds.reconciliations(),
                ds.find("fled-east-aleppo"),
                ds.remainingOf("east-aleppo-population"),
                ds.uncertainty(settings),
                ds.toString());
    }
}
