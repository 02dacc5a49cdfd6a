package org.displacementstats.dataset;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
 * An immutable, validated set of figures and control changes with their sources.
 *
 * <pre>{@code
 * DisplacementDataset ds = DisplacementDataset.aleppo2016();
 * Figure fled = ds.figure("fled-east-aleppo");        // « Près de 10.000 … ont fui »
 * fled.estimate().interval();                          // [9000, 10000]
 * ds.checks();                                         // consistency checks, as data
 * }</pre>
 *
 * <p>{@link #figures()} holds the stated figures in file order, then the figures the library derives (the
 * population remaining in a place after the flows out of it), each with its {@link Lineage}.
 *
 * <p>Immutable and safe to share between threads: its lists and maps are unmodifiable copies of immutable
 * records, and its derived figures, reconciliations and checks are computed once, when it is built.
 */
public final class DisplacementDataset {
    /** The resource folder of the bundled Aleppo dataset. */
    static final String ALEPPO_2016 = "org/displacementstats/data/aleppo-2016-11/";

    private final DatasetContents contents;
    private final Map<String, Figure> byId;
    private final List<Reconciliation> reconciliations;
    private final List<Check> checks;

    private DisplacementDataset(DatasetContents contents, List<Check> checks) {
        this.contents = contents;
        Map<String, Figure> index = new HashMap<>();
        contents.figures().forEach(f -> index.put(f.id(), f));
        this.byId = Map.copyOf(index);
        this.reconciliations = Reconciliation.of(contents.figures(), contents.claims(), contents.policy());
        this.checks = List.copyOf(checks);
    }

    /** The dataset of validated records, with its checks: they run on a dataset that is already whole. */
    static DisplacementDataset of(DatasetContents contents) {
        return new DisplacementDataset(contents, Checks.run(new DisplacementDataset(contents, List.of())));
    }

    /**
     * Starts a dataset built in code; its stated figures are estimated under its policy.
     *
     * <pre>{@code
     * DisplacementDataset ds = DisplacementDataset.builder("tal-rifaat").source(article).figures(residents, fled)
     *         .build();
     * }</pre>
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
     * The bundled dataset under another margin for "about" and "nearly".
     *
     * @param policy the quantifier policy
     * @return the dataset
     */
    public static DisplacementDataset aleppo2016(QuantifierPolicy policy) {
        return new DatasetReader(DatasetFiles.resources(ALEPPO_2016), policy).read("aleppo-2016-11");
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
     * Reads a dataset directory under a given quantifier policy.
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
     * Reads a dataset's files under a given quantifier policy.
     *
     * @param source where the files are
     * @param policy the margin for "about" and "nearly"
     * @return the dataset
     * @throws DisplacementDataException holding every problem found, each naming its file, line, column and value
     */
    public static DisplacementDataset read(DatasetSource source, QuantifierPolicy policy) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(policy, "policy");
        return new DatasetReader(source.files(), policy).read(source.name());
    }

    /**
     * Builds a dataset from records, checks that ids are unique and that every reference resolves, and adds
     * the derived figures.
     *
     * @param name a short name for the dataset
     * @param policy the quantifier policy the estimates were made under
     * @param sources the sources
     * @param figures the figures (stated, and derived with lineage)
     * @param controlChanges the control changes
     * @param sourceTexts each source's full text by source id, for checking quotes (may be partial)
     * @return the dataset
     * @throws DisplacementDataException naming the id that is duplicated or unresolved, or a declared
     *     figure's id that the dataset gives to a derived remaining population
     */
    public static DisplacementDataset of(String name, QuantifierPolicy policy, List<Source> sources,
            List<Figure> figures, List<ControlChange> controlChanges, Map<String, String> sourceTexts) {
        return of(name, policy, sources, figures, List.of(), controlChanges, sourceTexts);
    }

    /**
     * Builds a dataset from records, with other sources' claims about its figures (see {@link #claims()}).
     *
     * @param name a short name for the dataset
     * @param policy the quantifier policy the estimates were made under
     * @param sources the sources
     * @param figures the figures (stated, and derived with lineage)
     * @param claims other sources' claims about the figures, all TRIANGULATION
     * @param controlChanges the control changes
     * @param sourceTexts each source's full text by source id, for checking quotes (may be partial)
     * @return the dataset
     * @throws DisplacementDataException naming the id that is duplicated or unresolved, or a declared
     *     figure's id that the dataset gives to a derived remaining population
     */
    public static DisplacementDataset of(String name, QuantifierPolicy policy, List<Source> sources,
            List<Figure> figures, List<Claim> claims, List<ControlChange> controlChanges,
            Map<String, String> sourceTexts) {
        return of(DatasetContents.curated(name, policy, sources, figures, claims, controlChanges, sourceTexts));
    }

    /**
     * Builds a dataset from figures imported from a statistical file (HXL, IDMC, a time series, a matrix),
     * under the default policy and with no source texts, so that each source's quotes are reported as one
     * skipped {@code quote-found} check.
     *
     * <p>Unlike {@link #of}, it derives no remaining population and does not check flows against stocks of
     * the same place: in such files a stock (people displaced at a date) and a flow (displacements during a
     * period) are separate statistics of a place, not a population and the people who left it. The importer
     * declares instead what the file states about its own numbers, as {@link Expectation}s.
     *
     * @param name a short name for the dataset
     * @param sources the sources (one per file)
     * @param figures the figures, stated and derived
     * @param expectations what the file states about its numbers, checked and reported
     * @return the dataset
     * @throws DisplacementDataException naming every id that is duplicated or unresolved
     */
    public static DisplacementDataset imported(String name, List<Source> sources, List<Figure> figures,
            List<Expectation> expectations) {
        return of(DatasetContents.imported(name, sources, figures, expectations));
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
        String id = Remaining.id(stockId);
        List<Figure> all = contents.figures();
        return all.subList(contents.declared().size(), all.size()).stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /**
     * @param id a figure id
     * @return the figure
     * @throws DisplacementDataException if no figure has that id (see {@link #find})
     */
    public Figure figure(String id) {
        return find(id).orElseThrow(() -> new DisplacementDataException("figure id '" + id
                + "' must be one of the dataset's figures but is unknown"));
    }

    /**
     * @param id a figure id
     * @return the figure with that id, or empty if the dataset has none
     */
    public Optional<Figure> find(String id) {
        return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id")));
    }

    /** @return the stocks of {@link #figures()}, stated then derived, in that order */
    public List<Stock> stocks() {
        return contents.figures().stream().filter(Stock.class::isInstance).map(Stock.class::cast).toList();
    }

    /** @return the flows of {@link #figures()}, in that order */
    public List<Flow> flows() {
        return contents.figures().stream().filter(Flow.class::isInstance).map(Flow.class::cast).toList();
    }

    /**
     * Other sources' claims about the dataset's figures (TRIANGULATION: shown and reconciled, never summed).
     * Each figure's own row is its RECOMMENDED claim.
     *
     * @return the claims, in file order
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
     * Propagates the uncertainty of the stated counts into every derived figure, share and rate by seeded
     * Monte Carlo (see {@link org.displacementstats.stats.MonteCarlo} for the distribution of each quantifier).
     *
     * @param settings seed, number of draws and tail of unbounded counts
     * @return one quantity per derived figure, then per stock's share out and rate, then per part's share
     */
    public List<DerivedQuantity> uncertainty(UncertaintySettings settings) {
        return Propagation.run(this, settings);
    }

    /**
     * Writes the dataset in the layout that {@link #read(Path)} reads ({@code sources.csv}, {@code places.csv},
     * {@code figures.csv}, {@code control-changes.csv}, {@code claims.csv} when there are claims), so that
     * reading it back gives equal records. Figures the library derives itself are not written; source texts are
     * not copied ({@code text_file} is kept as it is). Text cells that a spreadsheet would run as formulas are
     * guarded with a leading {@code '}, which reading removes.
     *
     * @param dir the directory; created if missing, replaced if it holds only dataset files
     * @throws DisplacementDataException if {@code dir} holds other files or cannot be written; nothing is then
     *     changed
     */
    public void write(Path dir) {
        AtomicDirectory.replace(dir, "the dataset", Set.copyOf(DatasetWriter.files()),
                temporary -> DatasetWriter.writeFiles(this, temporary));
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
