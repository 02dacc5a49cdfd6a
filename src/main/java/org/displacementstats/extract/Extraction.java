package org.displacementstats.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.displacementstats.dataset.DatasetDirectory;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.figure.Count;
import org.displacementstats.figure.Quantifier;
import org.displacementstats.internal.AtomicDirectory;
import org.displacementstats.internal.CsvCells;

/**
 * Writes what {@code extract} found: {@code mentions.csv}, one row per mention, and optionally a draft dataset
 * ({@code sources.csv} naming a copy of each text under {@code texts/}, {@code places.csv}, {@code figures.csv},
 * {@code claims.csv}) that {@link DisplacementDataset#read} reads as it is. The directory is written all at once.
 */
public final class Extraction {
    /** The file with one row per mention. */
    public static final String MENTIONS = "mentions.csv";
    /** The folder of the draft dataset that holds copies of the texts. */
    public static final String TEXTS = "texts";
    /** The columns of {@value #MENTIONS}; offsets in code points of the text, quantifiers as in dataset files. */
    public static final List<String> COLUMNS = List.of(
            "source",
            "mention",
            "claim",
            "kind",
            "what",
            "unit",
            "quantifier",
            "count",
            "count_high",
            "number_start",
            "number_end",
            "number_text",
            "quote_start",
            "quote_end",
            "quote_exact",
            "quote_prefix",
            "quote_suffix",
            "place_hint",
            "origin_hint",
            "destination_hint",
            "period_hint",
            "attribution");

    private Extraction() {}

    /**
     * Writes {@value #MENTIONS} (a header only when nothing was found) and, when {@code dataset}, the draft dataset.
     *
     * @param dir the output directory; created if missing, replaced if it holds only files of a previous run
     * @param texts the texts and their mentions
     * @param dataset whether to write the draft dataset too
     * @throws org.displacementstats.DisplacementDataException if the directory holds other files or cannot be
     *     written; nothing is changed then
     */
    public static void write(Path dir, List<ExtractedText> texts, boolean dataset) {
        DisplacementDataset draft = dataset ? DraftDataset.of(texts) : null;
        Set<String> own = new HashSet<>(DatasetDirectory.fileNames());
        own.add(MENTIONS);
        own.add(TEXTS);
        AtomicDirectory.replace(dir, "the extraction", own, temporary -> {
            CsvCells.writeFile(temporary.resolve(MENTIONS), COLUMNS, rows(texts));
            if (draft != null) {
                // The dataset writer copies each source text under texts/, where sources.csv names it.
                DatasetDirectory.writeInto(draft, temporary);
            }
        });
    }

    /**
     * @param texts the texts and their mentions
     * @return the rows of {@value #MENTIONS}, in {@link #COLUMNS} order
     */
    public static List<List<String>> rows(List<ExtractedText> texts) {
        List<List<String>> rows = new ArrayList<>();
        for (ExtractedText t : texts) {
            int[] codePoints =
                    t.mentions().isEmpty() ? new int[0] : t.text().codePoints().toArray();
            for (Mention m : t.mentions()) {
                Count c = m.count();
                rows.add(List.of(
                        t.sourceId(),
                        m.id(),
                        m.claim(),
                        m.kind().csvName(),
                        m.what(),
                        m.unit().csvName(),
                        c.quantifier().csvName(),
                        c.quantifier() == Quantifier.VAGUE ? "" : Long.toString(c.value()),
                        c.quantifier() == Quantifier.BETWEEN ? Long.toString(c.upper()) : "",
                        Integer.toString(m.numberStart()),
                        Integer.toString(m.numberEnd()),
                        new String(codePoints, m.numberStart(), m.numberEnd() - m.numberStart()),
                        Integer.toString(m.quote().start()),
                        Integer.toString(m.quote().end()),
                        m.quote().exact(),
                        m.quote().prefix(),
                        m.quote().suffix(),
                        m.hints().place().orElse(""),
                        m.hints().origin().orElse(""),
                        m.hints().destination().orElse(""),
                        m.hints().period().orElse(""),
                        m.hints().attribution().orElse("")));
            }
        }
        return rows;
    }
}
