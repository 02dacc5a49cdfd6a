package org.displacementstats.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.figure.Count;
import org.displacementstats.figure.Figure;
import org.displacementstats.figure.Flow;
import org.displacementstats.figure.Period;
import org.displacementstats.figure.Place;
import org.displacementstats.figure.PlaceKind;
import org.displacementstats.figure.QuantifierPolicy;
import org.displacementstats.figure.Stock;
import org.displacementstats.provenance.Evidence;
import org.displacementstats.provenance.Quote;
import org.displacementstats.provenance.Source;

/** Small datasets for chart tests: one source, one period, stocks and flows between named places. */
final class ChartData {
    private static final Source SOURCE = Source.builder("test")
            .publisher("Test")
            .document("chart test")
            .published(LocalDate.of(2016, 11, 29))
            .build();
    private static final Period DAYS = Period.days(LocalDate.of(2016, 11, 27), LocalDate.of(2016, 11, 28));

    private final Map<String, Place> places = new LinkedHashMap<>();
    private final List<Figure> figures = new ArrayList<>();

    /** A place held by {@code controller}. */
    ChartData place(String name, String controller) {
        places.put(name, Place.controlled(name, PlaceKind.DISTRICT, controller));
        return this;
    }

    /** The population of a place declared with {@link #place}. */
    ChartData population(String place, Count count) {
        figures.add(Stock.stated(id(place))
                .what("residents")
                .in(places.get(place))
                .count(count)
                .during(DAYS)
                .evidence(evidence(count)));
        return this;
    }

    /** A flow between places declared with {@link #place}. */
    ChartData flow(String origin, String destination, Count count) {
        figures.add(Flow.stated(id(origin) + "-to-" + id(destination))
                .what("fled")
                .from(places.get(origin))
                .to(places.get(destination))
                .count(count)
                .during(DAYS)
                .evidence(evidence(count)));
        return this;
    }

    DisplacementDataset build() {
        return DisplacementDataset.of(
                "chart-test", QuantifierPolicy.DEFAULT, List.of(SOURCE), figures, List.of(), List.of(), Map.of());
    }

    private static String id(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private static Evidence evidence(Count count) {
        String words = count.toString();
        return Evidence.stated(SOURCE, new Quote(words, "", "", 0, words.codePointCount(0, words.length())));
    }
}
