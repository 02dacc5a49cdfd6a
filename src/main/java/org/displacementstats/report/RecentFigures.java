package org.displacementstats.report;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.displacementstats.dataset.Expectation;
import org.displacementstats.figure.Figure;
import org.displacementstats.figure.Flow;
import org.displacementstats.provenance.Lineage;

/**
 * The figures a streamed import wrote last ({@link StreamedImport}), by id: a batch of figures is checked as a
 * dataset of its own, with the figures before it that its figures and expectations name (the stock a series'
 * change is computed from, the stock it should not fall below).
 */
final class RecentFigures {
    /** How many figures before a batch its figures may name, beyond one batch (a series' change names one). */
    static final int NAMED_BACK = 16;

    private final int kept;
    /**
     * The figures written last, oldest first, looked up one by one: a batch names few figures before it, and a map
     * by id would cost an entry per figure written.
     */
    private final ArrayDeque<Figure> written = new ArrayDeque<>();
    /** The ids of the batch being named, emptied for each batch. */
    private final Set<String> own = new HashSet<>();

    /** @param batch figures per batch */
    RecentFigures(int batch) {
        this.kept = batch + NAMED_BACK;
    }

    /** Remembers the figures of a batch written, forgetting the oldest beyond a batch and {@value #NAMED_BACK}. */
    void written(List<Figure> batch) {
        written.addAll(batch);
        while (written.size() > kept) {
            written.removeFirst();
        }
    }

    /** @return the figure written last with that id, or null */
    private Figure written(String id) {
        for (Iterator<Figure> latest = written.descendingIterator(); latest.hasNext(); ) {
            Figure f = latest.next();
            if (f.id().equals(id)) {
                return f;
            }
        }
        return null;
    }

    /**
     * The figures before a batch that it names, in the order named.
     *
     * @param batch the batch's figures
     * @param expectations the batch's expectations
     * @return the named figures by id, none of the batch
     * @throws IllegalStateException if a figure named was written too long ago to be remembered
     */
    Map<String, Figure> namedBy(List<Figure> batch, List<Expectation> expectations) {
        own.clear();
        batch.forEach(f -> own.add(f.id()));
        Map<String, Figure> named = new LinkedHashMap<>();
        Consumer<String> name = id -> {
            if (own.contains(id) || named.containsKey(id)) {
                return;
            }
            Figure f = written(id);
            if (f == null) {
                throw new IllegalStateException("figure '" + id + "' is named by a figure more than " + NAMED_BACK
                        + " figures after the batch it was written with; such a file must be checked whole");
            }
            named.put(id, f);
        };
        for (Figure f : batch) {
            f.evidence().lineage().map(Lineage::inputs).orElse(List.of()).forEach(name);
            if (f instanceof Flow fl) {
                fl.partOf().ifPresent(name);
            }
        }
        for (Expectation e : expectations) {
            if (e instanceof Expectation.NotFalling nf) {
                nf.stockIds().forEach(name);
            }
        }
        return named;
    }
}
