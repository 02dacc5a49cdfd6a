package org.displacementstats.dataset;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.displacementstats.figure.Claim;
import org.displacementstats.figure.ClaimRole;
import org.displacementstats.figure.ControlChange;
import org.displacementstats.figure.Count;
import org.displacementstats.figure.Estimate;
import org.displacementstats.figure.Figure;
import org.displacementstats.figure.Flow;
import org.displacementstats.figure.Period;
import org.displacementstats.figure.PeriodAccuracy;
import org.displacementstats.figure.Place;
import org.displacementstats.figure.PlaceKind;
import org.displacementstats.figure.Quantifier;
import org.displacementstats.figure.QuantifierPolicy;
import org.displacementstats.figure.RandomCounts;
import org.displacementstats.figure.Stock;
import org.displacementstats.provenance.DateBasis;
import org.displacementstats.provenance.Evidence;
import org.displacementstats.provenance.Lineage;
import org.displacementstats.provenance.Quote;
import org.displacementstats.provenance.Source;

/**
 * Valid datasets drawn from a seeded generator, with hostile text in every text field: CSV metacharacters
 * (comma, double quote, LF, CRLF, CR), the characters a spreadsheet runs as a formula at the start of a cell
 * ({@code = + - @}, tab, CR, and {@code '}), characters outside the BMP, and a few others that trip locale- or
 * charset-dependent code. Every generated text is recorded under its field's name, so a test can check that
 * the generator really reaches each case.
 */
final class RandomDatasets {
    /** What may start a cell; TAB and CR only where the field may start with white space. */
    static final String LEADING = "=+-@'\t\r";

    private static final String[] PIECES = {
        ",",
        "\"",
        "\"\"",
        "\n",
        "\r\n",
        "\r",
        "=",
        "+",
        "-",
        "@",
        "'",
        "\t",
        " ",
        ";",
        "|",
        " + ",
        " - ",
        "..",
        "~",
        "<~",
        ">=",
        "=HYPERLINK(\"http://example.org\",\"x\")",
        "\uD83D\uDE00",
        "\uD835\uDD38",
        "\uD841\uDF0E",
        "é",
        "İ",
        "ı",
        "ß",
        "\u0663",
        "\u0644\u0627",
        "«",
        "»",
        "\u00a0",
        "\u2028",
        "\uFEFF",
        "Alep-Est",
        "Cheikh Maqsoud",
        "près de",
        "a",
        "z",
        "0",
        "9"
    };
    private static final List<String> NON_BMP = List.of("\uD83D\uDE00", "\uD835\uDD38", "\uD841\uDF0E");

    private final Random random;
    private final Map<String, List<String>> texts;

    /**
     * @param random the generator
     * @param texts where each generated text is recorded by field, or a throw-away map
     */
    RandomDatasets(Random random, Map<String, List<String>> texts) {
        this.random = random;
        this.texts = texts;
    }

    /** @return a valid dataset, built as {@link DisplacementDataset#of} builds one */
    DisplacementDataset next() {
        List<Source> sources = sources();
        List<Place> places = places();
        List<Figure> figures = figures(sources, places);
        List<ControlChange> changes = controlChanges(sources, places);
        DisplacementDataset withoutClaims = DisplacementDataset.of(
                "generated", QuantifierPolicy.DEFAULT, sources, figures, List.of(), changes, Map.of());
        List<Claim> claims = claims(sources, withoutClaims.figures());
        return DisplacementDataset.of(
                "generated", QuantifierPolicy.DEFAULT, sources, figures, claims, changes, Map.of());
    }

    private List<Source> sources() {
        List<Source> sources = new ArrayList<>();
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            DateBasis basis = random.nextBoolean() ? DateBasis.STATED : DateBasis.INFERRED;
            String note = loose("sources.note", 0);
            if (basis == DateBasis.INFERRED && note.isBlank()) {
                note = note + "x";
            }
            Optional<String> textFile = random.nextInt(3) == 0 ? Optional.of(fileName()) : Optional.empty();
            Source.Builder source = Source.builder("s" + i)
                    .publisher(strict("sources.publisher"))
                    .document(strict("sources.document"));
            LocalDate date = date();
            if (basis == DateBasis.INFERRED) {
                source.inferred(date, note);
            } else {
                source.published(date).note(note);
            }
            textFile.ifPresent(source::textFile);
            sources.add(source.build());
        }
        return sources;
    }

    private List<Place> places() {
        Set<String> names = new LinkedHashSet<>();
        int n = 2 + random.nextInt(4);
        while (names.size() < n) {
            names.add(strict("places.name"));
        }
        List<Place> places = new ArrayList<>();
        PlaceKind[] kinds = PlaceKind.values();
        for (String name : names) {
            PlaceKind kind = kinds[random.nextInt(kinds.length)];
            places.add(
                    random.nextBoolean()
                            ? Place.controlled(name, kind, strict("places.controlled_by"))
                            : Place.of(name, kind));
        }
        return places;
    }

    private List<Figure> figures(List<Source> sources, List<Place> places) {
        int n = 1 + random.nextInt(8);
        boolean[] isFlow = new boolean[n];
        List<String> flowIds = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            isFlow[i] = random.nextInt(3) > 0;
            if (isFlow[i]) {
                flowIds.add(id(i));
            }
        }
        List<Figure> figures = new ArrayList<>();
        Map<String, Estimate> withNumber = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String id = id(i);
            String what = strict("figures.what");
            LocalDate start = date();
            Period period = new Period(
                    start,
                    start.plusDays(random.nextInt(30)),
                    random.nextBoolean() ? PeriodAccuracy.DAY : PeriodAccuracy.APPROXIMATE);
            Optional<Count> count;
            Estimate estimate;
            Evidence evidence;
            if (!withNumber.isEmpty() && random.nextInt(4) == 0) {
                // derived_as: ids of figures above this row, joined by " + " and " - ", evaluated as the reader does
                List<String> known = new ArrayList<>(withNumber.keySet());
                known.sort(null);
                StringBuilder formula = new StringBuilder();
                List<String> inputs = new ArrayList<>();
                estimate = null;
                for (int t = 1 + random.nextInt(3); t > 0; t--) {
                    String input = known.get(random.nextInt(known.size()));
                    boolean minus = random.nextBoolean();
                    Estimate term = withNumber.get(input);
                    if (estimate == null) {
                        formula.append(input);
                        estimate = term;
                    } else {
                        formula.append(minus ? " - " : " + ").append(input);
                        estimate = minus ? estimate.minus(term) : estimate.plus(term);
                    }
                    inputs.add(input);
                }
                count = Optional.empty();
                Lineage lineage = new Lineage(formula.toString(), inputs);
                Source source = pick(sources);
                evidence = random.nextBoolean()
                        ? Evidence.derived(lineage)
                        : Evidence.derived(source, quote("figures"), lineage);
            } else {
                Count c = RandomCounts.any(random);
                count = Optional.of(c);
                estimate = Estimate.of(c, QuantifierPolicy.DEFAULT);
                evidence = Evidence.stated(pick(sources), quote("figures"));
            }
            if (estimate.point().isPresent()) {
                withNumber.put(id, estimate);
            }
            if (isFlow[i]) {
                Place origin = pick(places);
                List<Place> others =
                        places.stream().filter(p -> !p.equals(origin)).toList();
                Optional<Place> destination = random.nextInt(4) > 0 ? Optional.of(pick(others)) : Optional.empty();
                List<String> wholes =
                        flowIds.stream().filter(f -> !f.equals(id)).toList();
                Optional<String> partOf =
                        !wholes.isEmpty() && random.nextBoolean() ? Optional.of(pick(wholes)) : Optional.empty();
                Flow.Builder flow = (count.isPresent() ? Flow.stated(id).count(count.get()) : Flow.derived(id))
                        .what(what)
                        .from(origin)
                        .during(period)
                        .estimate(estimate);
                destination.ifPresent(flow::to);
                partOf.ifPresent(flow::partOf);
                figures.add(flow.evidence(evidence));
            } else {
                figures.add((count.isPresent() ? Stock.stated(id).count(count.get()) : Stock.derived(id))
                        .what(what)
                        .in(pick(places))
                        .during(period)
                        .estimate(estimate)
                        .evidence(evidence));
            }
        }
        return figures;
    }

    private List<ControlChange> controlChanges(List<Source> sources, List<Place> places) {
        List<ControlChange> changes = new ArrayList<>();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            String from = strict("control-changes.from");
            String to = strict("control-changes.to");
            if (to.equals(from)) {
                to = to + "x";
            }
            changes.add(new ControlChange(
                    "k" + i, pick(places), from, to, date(), Evidence.stated(pick(sources), quote("control-changes"))));
        }
        return changes;
    }

    private List<Claim> claims(List<Source> sources, List<Figure> figures) {
        List<Claim> claims = new ArrayList<>();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            Count count = RandomCounts.any(random);
            if (count.quantifier() == Quantifier.VAGUE) {
                count = Count.about(count.value() + 1);
            }
            List<Quote> quotes = new ArrayList<>();
            for (int q = 1 + random.nextInt(3); q > 0; q--) {
                quotes.add(quote("claims"));
            }
            claims.add(new Claim("c" + i, pick(figures).id(), ClaimRole.TRIANGULATION, count, pick(sources), quotes));
        }
        return claims;
    }

    private Quote quote(String file) {
        String exact = loose(file + ".quote_exact", 1);
        int start = random.nextInt(3) == 0 ? 0 : random.nextInt(1_000_000);
        return new Quote(
                exact,
                loose(file + ".quote_prefix", 0),
                loose(file + ".quote_suffix", 0),
                start,
                start + exact.codePointCount(0, exact.length()));
    }

    /** Text that a record requires to be non-blank without surrounding white space (names, publishers). */
    private String strict(String field) {
        String text = hostile(LEADING.substring(0, 5), 1);
        if (!text.stripLeading().equals(text) || text.isEmpty()) {
            text = "x" + text;
        }
        if (!text.stripTrailing().equals(text)) {
            text = text + "x";
        }
        return record(field, text);
    }

    /** Text a record takes as it is (a note, a quote and its context): may be empty, may start with TAB or CR. */
    private String loose(String field, int minLength) {
        return record(field, hostile(LEADING, minLength));
    }

    /** A short text_file name: a valid relative path of one component; the round trip puts an empty text there. */
    private String fileName() {
        String name;
        do {
            name = hostile(LEADING.substring(0, 5), 1)
                    .replace("/", "")
                    .replace("\u0000", "")
                    .strip();
        } while (name.isEmpty()
                || name.equals(".")
                || name.equals("..")
                || name.getBytes(StandardCharsets.UTF_8).length > 200);
        return record("sources.text_file", name);
    }

    private String hostile(String leading, int minLength) {
        StringBuilder text = new StringBuilder();
        if (random.nextInt(3) > 0) {
            text.append(leading.charAt(random.nextInt(leading.length())));
        }
        int pieces = random.nextInt(7);
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        while (text.length() < minLength) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    private String record(String field, String text) {
        texts.computeIfAbsent(field, f -> new ArrayList<>()).add(text);
        return text;
    }

    private LocalDate date() {
        return LocalDate.of(1990, 1, 1).plusDays(random.nextInt(20_000));
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private static String id(int i) {
        return "f" + i;
    }

    /** @return the characters outside the Basic Multilingual Plane that texts may hold */
    static List<String> nonBmp() {
        return NON_BMP;
    }
}
