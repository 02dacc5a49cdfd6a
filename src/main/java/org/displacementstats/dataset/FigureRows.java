package org.displacementstats.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.figure.Count;
import org.displacementstats.figure.Estimate;
import org.displacementstats.figure.Figure;
import org.displacementstats.figure.Flow;
import org.displacementstats.figure.Period;
import org.displacementstats.figure.Place;
import org.displacementstats.figure.QuantifierPolicy;
import org.displacementstats.figure.Stock;
import org.displacementstats.provenance.Evidence;
import org.displacementstats.provenance.Lineage;
import org.displacementstats.provenance.Quote;
import org.displacementstats.provenance.Source;

/**
 * Reads the rows of figures.csv into stocks and flows: each row's count estimated under the dataset's policy, or
 * its {@code derived_as} formula evaluated over the rows above it; {@code part_of} resolved once every row is
 * read. A bad row is reported to the reader's {@link RowProblems} and skipped.
 */
final class FigureRows {
    private final QuantifierPolicy policy;
    private final String location;
    private final RowProblems problems;

    FigureRows(QuantifierPolicy policy, String location, RowProblems problems) {
        this.policy = policy;
        this.location = location;
        this.problems = problems;
    }

    /** Reads the figures of figures.csv, once the sources and places they name are read. */
    List<Figure> read(
            Optional<CsvFile> csv, Map<String, Source> sources, Map<String, Place> places, Map<String, String> texts) {
        Map<String, Estimate> estimates = new HashMap<>();
        Map<String, CsvRow> rowsById = new HashMap<>();
        List<Figure> figures = new ArrayList<>();
        problems.eachRow(csv, row -> {
            String id = row.text("id");
            CsvRow first = rowsById.putIfAbsent(id, row);
            if (first != null) {
                throw row.error(
                        "id",
                        "must be unique in " + DatasetReader.FIGURES + " (first used on line " + first.line() + ")",
                        id,
                        "give each figure its own id");
            }
            Optional<String> formula = row.optional("derived_as");
            Optional<Count> count = formula.isPresent() ? RowValues.noCount(row) : Optional.of(RowValues.count(row));
            Optional<Formula> parsed = formula.map(f -> Formula.parse(f, row));
            Optional<Lineage> lineage = parsed.map(Formula::lineage);
            Estimate estimate = parsed.isPresent()
                    ? parsed.get().evaluate(estimates, row)
                    : row.build(() -> Estimate.of(count.get(), policy));
            estimates.put(id, estimate);
            Optional<Source> source = row.optional("source").map(s -> RowValues.source(row, sources));
            Optional<Quote> quote = source.isPresent()
                    ? Optional.of(RowValues.quote(row, texts.get(source.get().id())))
                    : Optional.empty();
            Evidence evidence = evidence(row, source, quote, lineage);
            Period period = RowValues.period(row);
            String kind = row.text("kind");
            Figure figure = switch (kind) {
                case "stock" -> {
                    RowValues.requireEmpty(row, "origin", "a stock has a place, not an origin");
                    RowValues.requireEmpty(row, "destination", "a stock has a place, not a destination");
                    RowValues.requireEmpty(row, "part_of", "only flows are parts of flows");
                    Place place = RowValues.place(row, "place", places);
                    yield row.build(() -> (count.isPresent() ? Stock.stated(id).count(count.get()) : Stock.derived(id))
                            .what(row.text("what"))
                            .in(place)
                            .during(period)
                            .estimate(estimate)
                            .evidence(evidence));
                }
                case "flow" -> {
                    RowValues.requireEmpty(row, "place", "a flow has an origin and a destination, not a place");
                    Place origin = RowValues.place(row, "origin", places);
                    Optional<Place> destination =
                            row.optional("destination").map(d -> RowValues.place(row, "destination", places));
                    yield row.build(() -> {
                        Flow.Builder flow = (count.isPresent() ? Flow.stated(id).count(count.get()) : Flow.derived(id))
                                .what(row.text("what"))
                                .from(origin)
                                .during(period)
                                .estimate(estimate);
                        destination.ifPresent(flow::to);
                        row.optional("part_of").ifPresent(flow::partOf);
                        return flow.evidence(evidence);
                    });
                }
                default -> throw row.error("kind", "expected one of stock, flow", kind, "use one of those words");
            };
            figures.add(figure);
        });
        requireFlowsAsWholes(figures, rowsById);
        try {
            for (Figure derived : Remaining.stocks(figures)) {
                CsvRow row = rowsById.get(derived.id());
                if (row != null) {
                    problems.add(row.error(
                            "id",
                            "must not be an id that the dataset derives",
                            derived.id(),
                            Remaining.takenBy(derived)));
                }
            }
        } catch (DisplacementDataException e) {
            problems.add(e.in(location));
        }
        return figures;
    }

    /** part_of may name a flow further down the file, so it is resolved once every row is read. */
    private void requireFlowsAsWholes(List<Figure> figures, Map<String, CsvRow> rowsById) {
        Map<String, Figure> byId = new HashMap<>();
        figures.forEach(f -> byId.put(f.id(), f));
        for (Figure f : figures) {
            if (f instanceof Flow flow && flow.partOf().isPresent()) {
                String whole = flow.partOf().get();
                Figure target = byId.get(whole);
                // A whole whose own row was bad is reported at that row, not again here.
                if (!(target instanceof Flow) && !(target == null && rowsById.containsKey(whole))) {
                    CsvRow row = rowsById.get(f.id());
                    problems.add(
                            target == null
                                    ? row.error(
                                            "part_of",
                                            "must name a flow listed in " + DatasetReader.FIGURES,
                                            whole,
                                            "it is not in " + DatasetReader.FIGURES + "; fix the id or add that flow")
                                    : row.error(
                                            "part_of",
                                            "must name a flow listed in " + DatasetReader.FIGURES + ", not a stock",
                                            whole,
                                            "name the flow that this one is a part of"));
                }
            }
        }
    }

    /** A figure's evidence: its source with the quote, its lineage, or both; a figure with neither is refused. */
    private static Evidence evidence(
            CsvRow row, Optional<Source> source, Optional<Quote> quote, Optional<Lineage> lineage) {
        if (source.isEmpty()) {
            return Evidence.derived(lineage.orElseThrow(() -> row.error(
                    "source",
                    "must name the figure's source, unless derived_as computes the figure",
                    "",
                    "give the id of a source of " + DatasetReader.SOURCES + " or a derived_as formula")));
        }
        return lineage.isPresent()
                ? Evidence.derived(source.get(), quote.orElseThrow(), lineage.get())
                : Evidence.stated(source.get(), quote.orElseThrow());
    }
}
