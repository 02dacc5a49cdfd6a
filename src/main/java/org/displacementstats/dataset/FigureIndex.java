package org.displacementstats.dataset;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.displacementstats.figure.Figure;
import org.displacementstats.figure.Flow;
import org.displacementstats.figure.Stock;

/** A dataset's figures by id and by kind, indexed once, when the dataset is built. */
final class FigureIndex {
    private final Map<String, Figure> byId;
    private final List<Stock> stocks;
    private final List<Flow> flows;

    FigureIndex(List<Figure> figures) {
        this.byId = figures.stream().collect(Collectors.toUnmodifiableMap(Figure::id, f -> f));
        this.stocks = figures.stream()
                .filter(Stock.class::isInstance)
                .map(Stock.class::cast)
                .toList();
        this.flows = figures.stream()
                .filter(Flow.class::isInstance)
                .map(Flow.class::cast)
                .toList();
    }

    /** @throws IllegalArgumentException if no figure has that id: the caller asked for one that is not there */
    Figure get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException(
                "figure id '" + id + "' must be one of the dataset's figures but is unknown"));
    }

    Optional<Figure> find(String id) {
        return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id")));
    }

    /** @return the stocks, in the figures' order */
    List<Stock> stocks() {
        return stocks;
    }

    /** @return the flows, in the figures' order */
    List<Flow> flows() {
        return flows;
    }
}
