package org.displacementstats.io;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.figure.Count;
import org.displacementstats.figure.Figure;
import org.displacementstats.figure.Flow;
import org.displacementstats.figure.Place;
import org.displacementstats.figure.Quantifier;
import org.displacementstats.figure.Stock;
import org.displacementstats.internal.CsvCells;

/**
 * Writes a dataset's stated figures as an HXL-tagged CSV that {@link Importers#hxl} reads back to the same
 * figures: a header row, a hashtag row, one row per figure. Stocks have their number under
 * {@code #population+ind}, flows under {@code #affected+displaced+ind}; {@code #meta+count} keeps the
 * source's quantifier ({@code <~10000}). Derived figures are not written (an import derives them again).
 *
 * <pre>{@code
 * HxlWriter.write(DisplacementDataset.aleppo2016(), Path.of("aleppo-hxl.csv"));
 * }</pre>
 *
 * <p>UTF-8 without BOM, {@code \n}, RFC 4180; a text cell a spreadsheet would run as a formula gets a
 * leading {@code '}, which the reader removes. The file is written beside its target and moved in place.
 */
public final class HxlWriter {
    /** The header row. */
    static final List<String> HEADER = List.of(
            "id",
            "kind",
            "what",
            "place",
            "place_kind",
            "origin",
            "origin_kind",
            "destination",
            "destination_kind",
            "controlled_by",
            "origin_controlled_by",
            "period_start",
            "period_end",
            "period_accuracy",
            "count",
            "stock_people",
            "flow_people",
            "part_of",
            "source");
    /** The hashtag row, one tag per header column. */
    static final List<String> TAGS = List.of(
            "#meta+id",
            "#meta+kind",
            "#meta+what",
            "#loc+name",
            "#meta+place_kind",
            "#loc+origin+name",
            "#meta+origin_kind",
            "#loc+dest+name",
            "#meta+destination_kind",
            "#meta+controlled_by",
            "#meta+origin_controlled_by",
            "#date+start",
            "#date+end",
            "#meta+period_accuracy",
            "#meta+count",
            "#population+ind",
            "#affected+displaced+ind",
            "#meta+part_of",
            "#meta+source");

    private HxlWriter() {}

    /**
     * Writes the stated figures of {@code dataset} to {@code file}, replacing it.
     *
     * @param dataset the dataset
     * @param file the CSV file to write
     * @throws DisplacementDataException if the file cannot be written; a previous file is then unchanged
     */
    public static void write(DisplacementDataset dataset, Path file) {
        Path target = file.toAbsolutePath().normalize();
        Path temporary = target.resolveSibling("." + target.getFileName() + ".tmp");
        try {
            try (Writer out = new OutputStreamWriter(Files.newOutputStream(temporary), StandardCharsets.UTF_8);
                    CsvWriter csv =
                            CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out)) {
                csv.writeRecord(HEADER);
                csv.writeRecord(TAGS);
                for (Figure f : dataset.figures()) {
                    if (f.count().isPresent()) {
                        csv.writeRecord(row(f));
                    }
                }
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UncheckedIOException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // The temporary file is hidden and harmless.
            }
            throw new DisplacementDataException(file + ": cannot write the HXL file (" + e + ")", e);
        }
    }

    private static List<String> row(Figure f) {
        Optional<Place> place = f instanceof Stock s ? Optional.of(s.place()) : Optional.empty();
        Optional<Place> origin = f instanceof Flow fl ? Optional.of(fl.origin()) : Optional.empty();
        Optional<Place> destination = f instanceof Flow fl ? fl.destination() : Optional.empty();
        Count count = f.count().orElseThrow();
        String number = count.quantifier() == Quantifier.VAGUE
                ? ""
                : String.valueOf(count.point().getAsLong());
        return List.of(
                f.id(),
                f instanceof Stock ? "stock" : "flow",
                CsvCells.guard(f.what()),
                name(place),
                kind(place),
                name(origin),
                kind(origin),
                name(destination),
                kind(destination),
                CsvCells.guard(
                        place.or(() -> destination).flatMap(Place::controlledBy).orElse("")),
                CsvCells.guard(origin.flatMap(Place::controlledBy).orElse("")),
                f.period().start().toString(),
                f.period().end().toString(),
                f.period().accuracy().csvName(),
                count.toString(),
                f instanceof Stock ? number : "",
                f instanceof Flow ? number : "",
                f instanceof Flow fl ? fl.partOf().orElse("") : "",
                CsvCells.guard(f.evidence().source().map(s -> s.publisher()).orElse("")));
    }

    private static String name(Optional<Place> p) {
        return CsvCells.guard(p.map(Place::name).orElse(""));
    }

    private static String kind(Optional<Place> p) {
        return p.map(x -> x.kind().name().toLowerCase(Locale.ROOT)).orElse("");
    }
}
