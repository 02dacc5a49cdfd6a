package org.displacementstats.dataset;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.figure.Claim;
import org.displacementstats.figure.ControlChange;
import org.displacementstats.figure.Figure;
import org.displacementstats.figure.Flow;
import org.displacementstats.figure.QuantifierPolicy;
import org.displacementstats.figure.Stock;
import org.displacementstats.provenance.Lineage;
import org.displacementstats.provenance.Source;
import org.displacementstats.stats.UncertaintySettings;

/**
 * An immutable, validated set of figures and control changes with their sources: read from files
 * ({@link #read(Path)}, {@link #aleppo2016()}), built in code ({@link #builder}) or imported ({@link #imported}).
 *
 * <p>{@link #figures()} holds the stated figures in file order, then the figures the library derives (the
 * population remaining in a place after the flows out of it), each with its {@link Lineage}. Immutable and safe to
 * share between threads: its lists and maps are unmodifiable copies of immutable records, and its derived figures,
 * reconciliations and checks are computed once, when it is built.
 */
public final class DisplacementDataset {
    private final DatasetContents contents;
    private final FigureIndex index;
    private final List<Reconciliation> reconciliations;
    private final List<Check> checks;

    /** The dataset of validated records, with its checks: they read the records, never a half-built dataset. */
    DisplacementDataset(DatasetContents contents) {
        this.contents = contents;
        this.index = new FigureIndex(contents.figures());
        this.reconciliations = Reconciliation.of(contents.figures(), contents.claims(), contents.policy());
        this.checks = List.copyOf(Checks.run(contents, index, reconciliations));
    }

    /**
     * Starts a dataset built in code; its stated figures are estimated under its policy (see
     * {@link DatasetBuilder}).
     *
     * @param name a short name for the dataset
     * @return a builder
     */
    public static DatasetBuilder builder(String name) {
        return new DatasetBuilder(name);
    }

    /**
     * The bundled dataset: the figures of the French article on the battle of Aleppo (29 November 2016),
     * read from the CSV files packaged in the jar, under the default quantifier policy.
     *
     * @return the dataset
     */
    public static DisplacementDataset aleppo2016() {
        return aleppo2016(QuantifierPolicy.DEFAULT);
    }

    /**
     * @param policy the margin for "about" and "nearly"
     * @return the bundled dataset under that margin
     */
    public static DisplacementDataset aleppo2016(QuantifierPolicy policy) {
        return new DatasetReader(DatasetFiles.resources(DatasetFiles.ALEPPO_2016), policy).read("aleppo-2016-11");
    }

    /**
     * Reads a dataset directory laid out like {@code data/aleppo-2016-11/}: {@code sources.csv},
     * {@code places.csv}, {@code figures.csv} and optionally {@code control-changes.csv}.
     *
     * @param dir the directory
     * @return the dataset
     * @throws DisplacementDataException holding every problem found, each naming its file, line, column and value
     */
    public static DisplacementDataset read(Path dir) {
        return read(dir, QuantifierPolicy.DEFAULT);
    }

    /**
     * Reads a dataset directory under a given quantifier policy; see {@link #read(Path)}.
     *
     * @param dir the directory
     * @param policy the margin for "about" and "nearly"
     * @return the dataset
     * @throws DisplacementDataException holding every problem found, each naming its file, line, column and value
     */
    public static DisplacementDataset read(Path dir, QuantifierPolicy policy) {
        return read(DatasetSource.directory(dir), policy);
    }

    /**
     * Reads a dataset's files from a directory, readers or streams ({@link DatasetSource}).
     *
     * @param source where the files are
     * @return the dataset
     * @throws DisplacementDataException holding every problem found, each naming its file, line, column and value
     */
    public static DisplacementDataset read(DatasetSource source) {
        return read(source, QuantifierPolicy.DEFAULT);
    }

    /**
     * @param source where the files are
     * @param policy the margin for "about" and "nearly"
     * @return the dataset
     * @throws DisplacementDataException holding every problem found, each naming its file, line, column and value
     */
    public static DisplacementDataset read(DatasetSource source, QuantifierPolicy policy) {
        return new DatasetReader(source.files(), policy).read(source.name());
    }

    /**
     * Builds a dataset from records as they are, with other sources' claims about its figures, and adds the derived
     * figures. Unlike {@link #builder}, it does not estimate the stated figures again: one estimated under another
     * margin than {@code policy} is a problem.
     *
     * @param name a short name for the dataset
     * @param policy the quantifier policy the estimates were made under
     * @param sources the sources
     * @param figures the figures (stated, and derived with lineage)
     * @param claims other sources' claims about the figures, all TRIANGULATION
     * @param controlChanges the control changes
     * @param sourceTexts each source's full text by source id, for checking quotes (may be partial)
     * @return the dataset
     * @throws DisplacementDataException holding every problem found: an id duplicated or unresolved, an estimate
     *     made under another margin, a declared id that the dataset gives to a derived remaining population
     */
    public static DisplacementDataset of(
            String name,
            QuantifierPolicy policy,
            List<Source> sources,
            List<Figure> figures,
            List<Claim> claims,
            List<ControlChange> controlChanges,
            Map<String, String> sourceTexts) {
        return new DisplacementDataset(
                DatasetContents.curated(name, policy, sources, figures, claims, controlChanges, sourceTexts));
    }

    /**
     * Builds a dataset from figures imported from a statistical file under the default policy, with no source texts.
     * Unlike {@link #of}, it derives nothing and does not check flows against stocks of the same place (separate
     * statistics there); the importer declares what the file states about its own numbers ({@link Expectation}).
     *
     * @param name a short name for the dataset
     * @param sources the sources (one per file)
     * @param figures the figures, stated and derived
     * @param expectations what the file states about its numbers, checked and reported
     * @return the dataset
     * @throws DisplacementDataException naming every id that is duplicated or unresolved
     */
    public static DisplacementDataset imported(
            String name, List<Source> sources, List<Figure> figures, List<Expectation> expectations) {
        return new DisplacementDataset(DatasetContents.imported(name, sources, figures, expectations));
    }

    /** @return the dataset's short name ({@code aleppo-2016-11}) */
    public String name() {
        return contents.name();
    }

    /** @return the margin used for "about" and "nearly" */
    public QuantifierPolicy policy() {
        return contents.policy();
    }

    /** @return the sources, in file order */
    public List<Source> sources() {
        return contents.sources();
    }

    /** @return every figure: stated ones in file order, then derived ones, each with its provenance */
    public List<Figure> figures() {
        return contents.figures();
    }

    /** @return the figures given to the dataset (read or built), without those the library derives itself */
    List<Figure> declaredFigures() {
        return contents.declared();
    }

    /**
     * The people remaining of a stated stock after the flows out of its place, as the dataset derives them
     * ({@code <stock id>-remaining}); never a figure that the dataset was given, whatever its id.
     *
     * @param stockId the id of a stated stock
     * @return the derived stock, or empty when no flow leaves the stock's place (and in imported datasets)
     */
    public Optional<Figure> remainingOf(String stockId) {
        return Remaining.of(contents, stockId);
    }

    /**
     * @param id a figure id
     * @return the figure
     * @throws IllegalArgumentException if no figure has that id (see {@link #find})
     */
    public Figure figure(String id) {
        return index.get(id);
    }

    /**
     * @param id a figure id
     * @return the figure with that id, or empty if the dataset has none
     */
    public Optional<Figure> find(String id) {
        return index.find(id);
    }

    /** @return the stocks of {@link #figures()}, stated then derived, in that order */
    public List<Stock> stocks() {
        return index.stocks();
    }

    /** @return the flows of {@link #figures()}, in that order */
    public List<Flow> flows() {
        return index.flows();
    }

    /**
     * @return other sources' claims about the figures, in file order (TRIANGULATION: shown and reconciled, never
     *     summed; each figure's own row is its RECOMMENDED claim)
     */
    public List<Claim> claims() {
        return contents.claims();
    }

    /**
     * For each figure that other sources also state: what all claims agree on, or their conflict.
     *
     * @return one reconciliation per figure with claims, in the order of {@link #figures()}
     */
    public List<Reconciliation> reconciliations() {
        return reconciliations;
    }

    /**
     * Propagates the uncertainty of the stated counts into every derived figure, share and rate by seeded Monte
     * Carlo (see {@link org.displacementstats.stats.MonteCarlo} for the distribution of each quantifier).
     *
     * @param settings seed, number of draws and tail of unbounded counts
     * @return one quantity per derived figure, then per stock's share out and rate, then per part's share
     */
    public List<DerivedQuantity> uncertainty(UncertaintySettings settings) {
        return Propagation.run(this, settings);
    }

    /**
     * Writes the dataset in the layout that {@link #read(Path)} reads, so that reading it back gives equal records:
     * derived figures are not written, each source text the dataset holds is copied beside the tables as
     * {@code texts/<source id>.txt} (which {@code text_file} then names), and cells a spreadsheet would run as
     * formulas are guarded.
     *
     * @param dir the directory; created if missing, replaced if it holds only dataset files
     * @throws DisplacementDataException if {@code dir} holds other files or cannot be written; nothing is then
     *     changed
     */
    public void write(Path dir) {
        DatasetWriter.write(this, dir);
    }

    /** @return the control changes, in file order */
    public List<ControlChange> controlChanges() {
        return contents.controlChanges();
    }

    /**
     * @param sourceId a source id
     * @return the source's full text, if the dataset has it
     */
    public Optional<String> sourceText(String sourceId) {
        return Optional.ofNullable(contents.sourceTexts().get(sourceId));
    }

    /** @return whether the dataset was imported from a statistical file ({@link #imported}) */
    public boolean isImported() {
        return contents.imported();
    }

    /** @return what an imported file states about its own numbers; empty for a curated dataset */
    public List<Expectation> expectations() {
        return contents.expectations();
    }

    /** @return the consistency checks, in a stable order: by rule, then by the subject's order in the dataset */
    public List<Check> checks() {
        return checks;
    }

    @Override
    public String toString() {
        return "DisplacementDataset[" + name() + ": " + figures().size() + " figures, " + claims().size() + " claims, "
                + controlChanges().size() + " control changes, " + sources().size() + " sources]";
    }
}
