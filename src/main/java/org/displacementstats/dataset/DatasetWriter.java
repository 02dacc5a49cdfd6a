package org.displacementstats.dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.figure.Claim;
import org.displacementstats.figure.ControlChange;
import org.displacementstats.figure.Count;
import org.displacementstats.figure.Figure;
import org.displacementstats.figure.Flow;
import org.displacementstats.figure.Place;
import org.displacementstats.figure.Quantifier;
import org.displacementstats.figure.Stock;
import org.displacementstats.internal.AtomicDirectory;
import org.displacementstats.internal.CsvCells;
import org.displacementstats.provenance.Quote;
import org.displacementstats.provenance.Source;

/**
 * Writes a dataset in the layout that {@link DatasetReader} reads, so that reading it back gives equal records.
 * Figures the library derives by itself (the remaining population) are not written: reading derives them again.
 */
final class DatasetWriter {
    private DatasetWriter() {}

    /** Replaces {@code dir} with the dataset's files, atomically (see {@link AtomicDirectory}). */
    static void write(DisplacementDataset ds, Path dir) {
        AtomicDirectory.replace(dir, "the dataset", Set.copyOf(files()), temporary -> writeFiles(ds, temporary));
    }

    /** Writes the dataset's files into {@code dir}, an existing directory. */
    static void writeFiles(DisplacementDataset ds, Path dir) throws IOException {
        for (Source s : ds.sources()) {
            Optional<String> text = ds.sourceText(s.id());
            if (text.isPresent()) {
                Files.createDirectories(dir.resolve(TEXTS));
                Files.writeString(dir.resolve(textFile(s)), text.get(), StandardCharsets.UTF_8);
            }
        }
        write(dir.resolve(DatasetReader.SOURCES), DatasetReader.SOURCE_COLUMNS, sources(ds));
        write(dir.resolve(DatasetReader.PLACES), DatasetReader.PLACE_COLUMNS, places(ds));
        write(dir.resolve(DatasetReader.FIGURES), DatasetReader.FIGURE_COLUMNS, figures(ds));
        write(dir.resolve(DatasetReader.CONTROL_CHANGES), DatasetReader.CONTROL_CHANGE_COLUMNS, changes(ds));
        if (!ds.claims().isEmpty()) {
            write(dir.resolve(DatasetReader.CLAIMS), DatasetReader.CLAIM_COLUMNS, claims(ds));
        }
    }

    /** The folder beside the tables where {@link #writeFiles} copies the source texts. */
    static final String TEXTS = "texts";

    /** The files and folders {@link #writeFiles} may write: the tables, and the copies of the source texts. */
    static List<String> files() {
        return List.of(
                DatasetReader.SOURCES,
                DatasetReader.PLACES,
                DatasetReader.FIGURES,
                DatasetReader.CONTROL_CHANGES,
                DatasetReader.CLAIMS,
                TEXTS);
    }

    /** Where a copy of a source's text is written, so that the written dataset reads on its own. */
    private static String textFile(Source s) {
        return TEXTS + "/" + s.id() + ".txt";
    }

    private static List<List<String>> sources(DisplacementDataset ds) {
        List<List<String>> rows = new ArrayList<>();
        for (Source s : ds.sources()) {
            String textFile = ds.sourceText(s.id()).isPresent()
                    ? textFile(s)
                    : s.textFile().orElse("");
            rows.add(List.of(
                    s.id(),
                    s.publisher(),
                    s.document(),
                    s.date().toString(),
                    lower(s.dateBasis()),
                    textFile,
                    s.note()));
        }
        return rows;
    }

    private static List<List<String>> places(DisplacementDataset ds) {
        Map<String, Place> places = new LinkedHashMap<>();
        for (Figure f : ds.declaredFigures()) {
            if (f instanceof Stock s) {
                add(places, s.place());
            } else if (f instanceof Flow flow) {
                add(places, flow.origin());
                flow.destination().ifPresent(d -> add(places, d));
            }
        }
        ds.controlChanges().forEach(c -> add(places, c.place()));
        List<List<String>> rows = new ArrayList<>();
        for (Place p : places.values()) {
            rows.add(List.of(p.name(), lower(p.kind()), p.controlledBy().orElse("")));
        }
        return rows;
    }

    private static void add(Map<String, Place> places, Place p) {
        Place previous = places.putIfAbsent(p.name(), p);
        if (previous != null && !previous.equals(p)) {
            throw new DisplacementDataException("place '" + p.name() + "' must be the same place wherever it is used,"
                    + " but is " + previous + " and " + p + "; places.csv can hold only one of them");
        }
    }

    private static List<List<String>> figures(DisplacementDataset ds) {
        List<List<String>> rows = new ArrayList<>();
        for (Figure f : ds.declaredFigures()) {
            Optional<Count> count = f.count();
            List<String> row = new ArrayList<>(List.of(
                    f.id(),
                    f instanceof Stock ? "stock" : "flow",
                    f.what(),
                    f instanceof Stock s ? s.place().name() : "",
                    f instanceof Flow flow ? flow.origin().name() : "",
                    f instanceof Flow flow ? flow.destination().map(Place::name).orElse("") : "",
                    f.period().start().toString(),
                    f.period().end().toString(),
                    lower(f.period().accuracy()),
                    count.map(c -> c.quantifier().csvName()).orElse(""),
                    count.filter(c -> c.quantifier() != Quantifier.VAGUE)
                            .map(c -> Long.toString(c.value()))
                            .orElse(""),
                    count.filter(c -> c.quantifier() == Quantifier.BETWEEN)
                            .map(c -> Long.toString(c.upper()))
                            .orElse(""),
                    f instanceof Flow flow ? flow.partOf().orElse("") : "",
                    f.evidence().lineage().map(l -> l.formula()).orElse(""),
                    f.evidence().source().map(Source::id).orElse("")));
            row.addAll(quote(f.evidence().quote()));
            rows.add(row);
        }
        return rows;
    }

    private static List<List<String>> changes(DisplacementDataset ds) {
        List<List<String>> rows = new ArrayList<>();
        for (ControlChange c : ds.controlChanges()) {
            List<String> row = new ArrayList<>(List.of(
                    c.id(),
                    c.place().name(),
                    c.from(),
                    c.to(),
                    c.date().toString(),
                    c.evidence().source().map(Source::id).orElse("")));
            row.addAll(quote(c.evidence().quote()));
            rows.add(row);
        }
        return rows;
    }

    private static List<List<String>> claims(DisplacementDataset ds) {
        List<List<String>> rows = new ArrayList<>();
        for (Claim c : ds.claims()) {
            for (Quote q : c.quotes()) {
                Count n = c.count();
                List<String> row = new ArrayList<>(List.of(
                        c.id(),
                        c.figureId(),
                        c.role().csvName(),
                        n.quantifier().csvName(),
                        Long.toString(n.value()),
                        n.quantifier() == Quantifier.BETWEEN ? Long.toString(n.upper()) : "",
                        c.source().id()));
                row.addAll(quote(Optional.of(q)));
                rows.add(row);
            }
        }
        return rows;
    }

    /** The five quote columns, in {@link DatasetReader#QUOTE_COLUMNS} order. */
    private static List<String> quote(Optional<Quote> quote) {
        return quote.map(q -> List.of(
                        Integer.toString(q.start()), Integer.toString(q.end()), q.exact(), q.prefix(), q.suffix()))
                .orElse(List.of("", "", "", "", ""));
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    private static void write(Path file, List<String> header, List<List<String>> rows) throws IOException {
        CsvCells.writeFile(file, header, rows);
    }
}
