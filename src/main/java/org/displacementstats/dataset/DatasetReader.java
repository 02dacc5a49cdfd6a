package org.displacementstats.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.figure.Claim;
import org.displacementstats.figure.ClaimRole;
import org.displacementstats.figure.ControlChange;
import org.displacementstats.figure.Count;
import org.displacementstats.figure.Estimate;
import org.displacementstats.figure.Figure;
import org.displacementstats.figure.Flow;
import org.displacementstats.figure.Period;
import org.displacementstats.figure.Place;
import org.displacementstats.figure.PlaceKind;
import org.displacementstats.figure.QuantifierPolicy;
import org.displacementstats.figure.Stock;
import org.displacementstats.provenance.DateBasis;
import org.displacementstats.provenance.Evidence;
import org.displacementstats.provenance.Lineage;
import org.displacementstats.provenance.Quote;
import org.displacementstats.provenance.Source;

/** Reads the four CSV files of a dataset directory (see README, "Data format") into validated records. */
final class DatasetReader {
    static final String SOURCES = "sources.csv";
    static final String PLACES = "places.csv";
    static final String FIGURES = "figures.csv";
    static final String CONTROL_CHANGES = "control-changes.csv";
    static final String CLAIMS = "claims.csv";

    static final List<String> SOURCE_COLUMNS =
            List.of("id", "publisher", "document", "date", "date_basis", "text_file", "note");
    static final List<String> PLACE_COLUMNS = List.of("name", "kind", "controlled_by");
    static final List<String> QUOTE_COLUMNS =
            List.of("quote_start", "quote_end", "quote_exact", "quote_prefix", "quote_suffix");
    static final List<String> FIGURE_COLUMNS = concat(
            List.of(
                    "id",
                    "kind",
                    "what",
                    "place",
                    "origin",
                    "destination",
                    "period_start",
                    "period_end",
                    "period_accuracy",
                    "quantifier",
                    "count",
                    "count_high",
                    "part_of",
                    "derived_as",
                    "source"),
            QUOTE_COLUMNS);
    static final List<String> CLAIM_COLUMNS =
            concat(List.of("id", "figure", "role", "quantifier", "count", "count_high", "source"), QUOTE_COLUMNS);
    static final List<String> CONTROL_CHANGE_COLUMNS =
            concat(List.of("id", "place", "from", "to", "date", "source"), QUOTE_COLUMNS);

    private final DatasetFiles files;
    private final QuantifierPolicy policy;
    /** Every problem found so far: a bad row is reported and skipped, and reading goes on. */
    private final List<DisplacementDataException> problems = new ArrayList<>();

    DatasetReader(DatasetFiles files, QuantifierPolicy policy) {
        this.files = files;
        this.policy = java.util.Objects.requireNonNull(policy, "policy");
    }

    DisplacementDataset read(String name) {
        Map<String, Source> sources = new LinkedHashMap<>();
        Map<String, String> texts = new HashMap<>();
        eachRow(file(SOURCES, SOURCE_COLUMNS), row -> {
            Source s = row.build(() -> new Source(
                    row.text("id"),
                    row.text("publisher"),
                    row.text("document"),
                    row.date("date"),
                    row.enumValue("date_basis", DateBasis.class),
                    row.optional("text_file"),
                    row.raw("note")));
            if (sources.put(s.id(), s) != null) {
                throw row.error("id", "must be unique in " + SOURCES, s.id(), "give each source its own id");
            }
            // A named text that is not there is a typo or a moved dataset: the quote checks would silently
            // become "skipped".
            s.textFile()
                    .ifPresent(f -> texts.put(
                            s.id(),
                            files.text(f)
                                    .orElseThrow(() -> row.error(
                                            "text_file",
                                            "must name a file that exists (" + files.displayName(f) + ")",
                                            f,
                                            "give the path of the source's text relative to the dataset directory, or leave the cell"
                                                    + " empty to keep the quotes as unchecked citations"))));
        });
        Map<String, Place> places = new LinkedHashMap<>();
        eachRow(file(PLACES, PLACE_COLUMNS), row -> {
            Place p = row.build(() -> {
                String placeName = row.text("name");
                PlaceKind kind = row.enumValue("kind", PlaceKind.class);
                return row.optional("controlled_by")
                        .map(who -> Place.controlled(placeName, kind, who))
                        .orElseGet(() -> Place.of(placeName, kind));
            });
            if (places.put(p.name(), p) != null) {
                throw row.error("name", "must be unique in " + PLACES, p.name(), "list each place once");
            }
        });
        // Each stage reads files that name the records of the stages before, so a bad row stops the next stage
        // rather than making its rows fail too.
        throwProblems();
        List<Figure> figures = readFigures(sources, places, texts);
        throwProblems();
        List<ControlChange> changes = new ArrayList<>();
        eachRow(optionalFile(CONTROL_CHANGES, CONTROL_CHANGE_COLUMNS), row -> {
            Place place = RowValues.place(row, "place", places);
            Source source = RowValues.source(row, sources);
            Quote quote = RowValues.quote(row, texts.get(source.id()));
            changes.add(row.build(() -> new ControlChange(
                    row.text("id"),
                    place,
                    row.text("from"),
                    row.text("to"),
                    row.date("date"),
                    Evidence.stated(source, quote))));
        });
        throwProblems();
        // Built first without claims, so that a claim about an unknown figure is reported at its row and cell.
        DisplacementDataset withoutClaims = build(name, sources, figures, List.of(), changes, texts);
        Set<String> figureIds = new HashSet<>();
        withoutClaims.figures().forEach(f -> figureIds.add(f.id()));
        List<Claim> claims = readClaims(sources, figureIds, texts);
        throwProblems();
        return claims.isEmpty() ? withoutClaims : build(name, sources, figures, claims, changes, texts);
    }

    private void throwProblems() {
        if (!problems.isEmpty()) {
            throw DisplacementDataException.all(problems);
        }
    }

    /** Reads each row of a file, if it could be parsed; a row that breaks a rule is reported and skipped. */
    private void eachRow(Optional<CsvFile> csv, Consumer<CsvRow> read) {
        for (CsvRow row : csv.map(CsvFile::rows).orElse(List.of())) {
            try {
                read.accept(row);
            } catch (DisplacementDataException e) {
                problems.add(e);
            }
        }
    }

    private DisplacementDataset build(
            String name,
            Map<String, Source> sources,
            List<Figure> figures,
            List<Claim> claims,
            List<ControlChange> changes,
            Map<String, String> texts) {
        try {
            return DisplacementDataset.of(name, policy, List.copyOf(sources.values()), figures, claims, changes, texts);
        } catch (DisplacementDataException e) {
            throw e.in(files.location());
        }
    }

    private List<Figure> readFigures(
            Map<String, Source> sources, Map<String, Place> places, Map<String, String> texts) {
        Map<String, Estimate> estimates = new HashMap<>();
        Map<String, CsvRow> rowsById = new HashMap<>();
        List<Figure> figures = new ArrayList<>();
        eachRow(file(FIGURES, FIGURE_COLUMNS), row -> {
            String id = row.text("id");
            CsvRow first = rowsById.putIfAbsent(id, row);
            if (first != null) {
                throw row.error(
                        "id",
                        "must be unique in " + FIGURES + " (first used on line " + first.line() + ")",
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
                    yield row.build(() -> new Stock(id, row.text("what"), place, period, count, estimate, evidence));
                }
                case "flow" -> {
                    RowValues.requireEmpty(row, "place", "a flow has an origin and a destination, not a place");
                    Place origin = RowValues.place(row, "origin", places);
                    Optional<Place> destination =
                            row.optional("destination").map(d -> RowValues.place(row, "destination", places));
                    yield row.build(() -> new Flow(
                            id,
                            row.text("what"),
                            origin,
                            destination,
                            period,
                            count,
                            estimate,
                            row.optional("part_of"),
                            evidence));
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
            problems.add(e.in(files.location()));
        }
        return figures;
    }

    /** Reads claims.csv, if present; rows that repeat a claim's id add a quote to that claim. */
    private List<Claim> readClaims(Map<String, Source> sources, Set<String> figureIds, Map<String, String> texts) {
        Map<String, Claim> claims = new LinkedHashMap<>();
        eachRow(optionalFile(CLAIMS, CLAIM_COLUMNS), row -> {
            String id = row.text("id");
            ClaimRole role = row.enumValue("role", ClaimRole.class);
            if (role != ClaimRole.TRIANGULATION) {
                throw row.error(
                        "role",
                        "must be triangulation: the figure's own row in " + FIGURES + " is its recommended claim",
                        row.raw("role"),
                        "write triangulation");
            }
            String figure = row.text("figure");
            if (!figureIds.contains(figure)) {
                throw row.error(
                        "figure",
                        "must be the id of a figure in " + FIGURES + " (or of one derived from" + " them)",
                        figure,
                        "fix the id, or add the figure to " + FIGURES);
            }
            Count count = RowValues.count(row);
            Source source = RowValues.source(row, sources);
            Quote quote = RowValues.quote(row, texts.get(source.id()));
            Claim previous = claims.get(id);
            if (previous == null) {
                claims.put(id, row.build(() -> new Claim(id, row.text("figure"), role, count, source, List.of(quote))));
            } else if (previous.figureId().equals(row.text("figure"))
                    && previous.count().equals(count)
                    && previous.source().equals(source)) {
                List<Quote> quotes = new ArrayList<>(previous.quotes());
                quotes.add(quote);
                claims.put(id, new Claim(id, previous.figureId(), role, count, source, quotes));
            } else {
                throw row.error(
                        "id",
                        "must be unique in " + CLAIMS + ", unless the row repeats the same figure, count"
                                + " and source to add a quote",
                        id,
                        "give this claim its own id");
            }
        });
        return List.copyOf(claims.values());
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
                                            "must name a flow listed in " + FIGURES,
                                            whole,
                                            "it is not in " + FIGURES + "; fix the id or add that flow")
                                    : row.error(
                                            "part_of",
                                            "must name a flow listed in " + FIGURES + ", not a stock",
                                            whole,
                                            "name the flow that this one is a part of"));
                }
            }
        }
    }

    /** A file the dataset must hold, parsed; a missing or malformed file is reported, and read as no rows. */
    private Optional<CsvFile> file(String name, List<String> columns) {
        return parse(name, columns, true);
    }

    /** A file the dataset may hold, parsed; a malformed file is reported, and read as no rows. */
    private Optional<CsvFile> optionalFile(String name, List<String> columns) {
        return parse(name, columns, false);
    }

    private Optional<CsvFile> parse(String name, List<String> columns, boolean required) {
        String shown = files.displayName(name);
        try {
            Optional<String> text = files.text(name);
            if (text.isEmpty() && required) {
                problems.add(
                        DisplacementDataException.problem(shown + ": missing; a dataset directory must hold " + SOURCES
                                        + ", " + PLACES + " and " + FIGURES + " (and may hold " + CONTROL_CHANGES + ")")
                                .file(shown)
                                .build());
            }
            return text.map(t -> CsvFile.parse(shown, t, columns, List.of()));
        } catch (DisplacementDataException e) {
            problems.add(e);
            return Optional.empty();
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    /** A figure's evidence: its source with the quote, its lineage, or both; a figure with neither is refused. */
    private static Evidence evidence(
            CsvRow row, Optional<Source> source, Optional<Quote> quote, Optional<Lineage> lineage) {
        if (source.isEmpty()) {
            return Evidence.derived(lineage.orElseThrow(() -> row.error(
                    "source",
                    "must name the figure's source, unless derived_as computes the figure",
                    "",
                    "give the id of a source of " + SOURCES + " or a derived_as formula")));
        }
        return lineage.isPresent()
                ? Evidence.derived(source.get(), quote.orElseThrow(), lineage.get())
                : Evidence.stated(source.get(), quote.orElseThrow());
    }
}
