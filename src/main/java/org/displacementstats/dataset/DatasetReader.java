package org.displacementstats.dataset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.figure.Claim;
import org.displacementstats.figure.ClaimRole;
import org.displacementstats.figure.ControlChange;
import org.displacementstats.figure.Count;
import org.displacementstats.figure.Figure;
import org.displacementstats.figure.Place;
import org.displacementstats.figure.PlaceKind;
import org.displacementstats.figure.QuantifierPolicy;
import org.displacementstats.provenance.DateBasis;
import org.displacementstats.provenance.Evidence;
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
    private final RowProblems problems = new RowProblems();

    DatasetReader(DatasetFiles files, QuantifierPolicy policy) {
        this.files = files;
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    DisplacementDataset read(String name) {
        Map<String, Source> sources = new LinkedHashMap<>();
        Map<String, String> texts = new HashMap<>();
        problems.eachRow(file(SOURCES, SOURCE_COLUMNS), row -> {
            Source s = row.build(() -> {
                Source.Builder source = Source.builder(row.text("id"))
                        .publisher(row.text("publisher"))
                        .document(row.text("document"));
                LocalDate date = row.date("date");
                if (row.enumValue("date_basis", DateBasis.class) == DateBasis.INFERRED) {
                    source.inferred(date, row.raw("note"));
                } else {
                    source.published(date).note(row.raw("note"));
                }
                row.optional("text_file").ifPresent(source::textFile);
                return source.build();
            });
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
                                            "give the path of the source's text relative to the dataset"
                                                    + " directory, or leave the cell empty to keep the quotes as"
                                                    + " unchecked citations"))));
        });
        Map<String, Place> places = new LinkedHashMap<>();
        problems.eachRow(file(PLACES, PLACE_COLUMNS), row -> {
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
        problems.throwIfAny();
        List<Figure> figures = new FigureRows(policy, files.location(), problems)
                .read(file(FIGURES, FIGURE_COLUMNS), sources, places, texts);
        problems.throwIfAny();
        List<ControlChange> changes = new ArrayList<>();
        problems.eachRow(optionalFile(CONTROL_CHANGES, CONTROL_CHANGE_COLUMNS), row -> {
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
        problems.throwIfAny();
        // Built first without claims, so that a claim about an unknown figure is reported at its row and cell.
        DisplacementDataset withoutClaims = build(name, sources, figures, List.of(), changes, texts);
        Set<String> figureIds = new HashSet<>();
        withoutClaims.figures().forEach(f -> figureIds.add(f.id()));
        List<Claim> claims = readClaims(sources, figureIds, texts);
        problems.throwIfAny();
        return claims.isEmpty() ? withoutClaims : build(name, sources, figures, claims, changes, texts);
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

    /** Reads claims.csv, if present; rows that repeat a claim's id add a quote to that claim. */
    private List<Claim> readClaims(Map<String, Source> sources, Set<String> figureIds, Map<String, String> texts) {
        Map<String, Claim> claims = new LinkedHashMap<>();
        problems.eachRow(optionalFile(CLAIMS, CLAIM_COLUMNS), row -> {
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
}
