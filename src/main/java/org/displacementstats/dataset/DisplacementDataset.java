package org.displacementstats.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.figure.Claim;
import org.displacementstats.figure.ClaimRole;
import org.displacementstats.figure.ControlChange;
import org.displacementstats.figure.Estimate;
import org.displacementstats.figure.Figure;
import org.displacementstats.figure.Flow;
import org.displacementstats.figure.Period;
import org.displacementstats.figure.PeriodAccuracy;
import org.displacementstats.figure.QuantifierPolicy;
import org.displacementstats.figure.Stock;
import org.displacementstats.provenance.Evidence;
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
 */
public final class DisplacementDataset {
    /** The resource folder of the bundled Aleppo dataset. */
    static final String ALEPPO_2016 = "org/displacementstats/data/aleppo-2016-11/";

    private final String name;
    private final QuantifierPolicy policy;
    private final List<Source> sources;
    private final List<Figure> figures;
    private final List<Figure> declared;
    private final List<Claim> claims;
    private final List<ControlChange> controlChanges;
    private final Map<String, String> sourceTexts;
    private final boolean imported;
    private final List<Expectation> expectations;
    private final Map<String, Figure> byId;
    private final List<Check> checks;

    private DisplacementDataset(String name, QuantifierPolicy policy, List<Source> sources, List<Figure> declared,
            List<Figure> figures, List<Claim> claims, List<ControlChange> controlChanges,
            Map<String, String> sourceTexts, boolean imported, List<Expectation> expectations) {
        this.name = name;
        this.policy = policy;
        this.sources = sources;
        this.declared = declared;
        this.figures = figures;
        this.claims = claims;
        this.controlChanges = controlChanges;
        this.sourceTexts = sourceTexts;
        this.imported = imported;
        this.expectations = expectations;
        Map<String, Figure> index = new HashMap<>();
        figures.forEach(f -> index.put(f.id(), f));
        this.byId = Map.copyOf(index);
        this.checks = List.copyOf(Checks.run(this));
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
     * @throws DisplacementDataException naming the file, line, column and value of the first bad cell
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
     * @throws DisplacementDataException naming the file, line, column and value of the first bad cell
     */
    public static DisplacementDataset read(Path dir, QuantifierPolicy policy) {
        if (!Files.isDirectory(dir)) {
            throw new DisplacementDataException(dir + ": must be a dataset directory (with " + DatasetReader.SOURCES
                    + ", " + DatasetReader.PLACES + " and " + DatasetReader.FIGURES + ") but is "
                    + (Files.exists(dir) ? "a file" : "missing"));
        }
        Path name = dir.toAbsolutePath().normalize().getFileName();
        return new DatasetReader(DatasetFiles.directory(dir), policy).read(name == null ? dir.toString()
                : name.toString());
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
        Objects.requireNonNull(name, "DisplacementDataset.name");
        Objects.requireNonNull(policy, "DisplacementDataset.policy");
        List<Figure> all = new ArrayList<>(figures);
        validate(sources, all, controlChanges);
        List<Figure> derived = remainingStocks(all);
        Set<String> declaredIds = new HashSet<>();
        all.forEach(f -> declaredIds.add(f.id()));
        for (Figure d : derived) {
            if (declaredIds.contains(d.id())) {
                throw new DisplacementDataException("figure id '" + d.id() + "': " + takenByRemaining(d));
            }
        }
        all.addAll(derived);
        validateClaims(sources, all, claims);
        return new DisplacementDataset(name, policy, List.copyOf(sources), List.copyOf(figures), List.copyOf(all),
                List.copyOf(claims), List.copyOf(controlChanges), Map.copyOf(sourceTexts), false, List.of());
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
     * @throws DisplacementDataException naming the id that is duplicated or unresolved
     */
    public static DisplacementDataset imported(String name, List<Source> sources, List<Figure> figures,
            List<Expectation> expectations) {
        Objects.requireNonNull(name, "DisplacementDataset.name");
        List<Figure> all = List.copyOf(figures);
        validate(sources, all, List.of());
        Map<String, Figure> ids = new HashMap<>();
        all.forEach(f -> ids.put(f.id(), f));
        for (Expectation e : expectations) {
            if (e instanceof Expectation.NotFalling nf) {
                for (String id : nf.stockIds()) {
                    if (!(ids.get(id) instanceof Stock)) {
                        throw new DisplacementDataException("expectation not-falling: '" + id
                                + "' must be a stock of the dataset but is " + (ids.containsKey(id) ? "a flow" : "unknown"));
                    }
                }
            }
        }
        return new DisplacementDataset(name, QuantifierPolicy.DEFAULT, List.copyOf(sources), all, all, List.of(),
                List.of(), Map.of(), true, List.copyOf(expectations));
    }

    private static void validateClaims(List<Source> sources, List<Figure> figures, List<Claim> claims) {
        Set<String> sourceIds = new HashSet<>();
        sources.forEach(s -> sourceIds.add(s.id()));
        Set<String> figureIds = new HashSet<>();
        figures.forEach(f -> figureIds.add(f.id()));
        Set<String> claimIds = new HashSet<>();
        for (Claim c : claims) {
            if (!claimIds.add(c.id()) || figureIds.contains(c.id())) {
                throw new DisplacementDataException("claim id '" + c.id() + "' must be unique among claims and figures"
                        + " (a figure's own claim has the figure's id) but appears twice");
            }
            if (c.role() != ClaimRole.TRIANGULATION) {
                throw new DisplacementDataException("claim '" + c.id() + "': role must be TRIANGULATION (the figure's"
                        + " own statement is its recommended claim) but was " + c.role());
            }
            if (!figureIds.contains(c.figureId())) {
                throw new DisplacementDataException("claim '" + c.id() + "': figure '" + c.figureId()
                        + "' must be a figure of the dataset but is unknown");
            }
            requireSource(sourceIds, c.source(), "claim '" + c.id() + "'");
        }
    }

    private static void validate(List<Source> sources, List<Figure> figures, List<ControlChange> changes) {
        Set<String> sourceIds = new HashSet<>();
        for (Source s : sources) {
            if (!sourceIds.add(s.id())) {
                throw new DisplacementDataException("source id '" + s.id() + "' must be unique but appears twice");
            }
        }
        Map<String, Figure> ids = new HashMap<>();
        for (Figure f : figures) {
            if (ids.put(f.id(), f) != null) {
                throw new DisplacementDataException("figure id '" + f.id() + "' must be unique but appears twice");
            }
            f.evidence().source().ifPresent(s -> requireSource(sourceIds, s, "figure '" + f.id() + "'"));
        }
        for (Figure f : figures) {
            for (String input : f.evidence().lineage().map(Lineage::inputs).orElse(List.of())) {
                if (!ids.containsKey(input)) {
                    throw new DisplacementDataException("figure '" + f.id() + "': lineage input '" + input
                            + "' must be a figure of the dataset but is unknown");
                }
            }
            if (f instanceof Flow flow && flow.partOf().isPresent()) {
                Figure whole = ids.get(flow.partOf().get());
                if (!(whole instanceof Flow)) {
                    throw new DisplacementDataException("figure '" + f.id() + "': part_of '" + flow.partOf().get()
                            + "' must be a flow of the dataset but is " + (whole == null ? "unknown" : "a stock"));
                }
            }
        }
        Set<String> changeIds = new HashSet<>();
        for (ControlChange c : changes) {
            if (!changeIds.add(c.id())) {
                throw new DisplacementDataException("control change id '" + c.id() + "' must be unique but appears twice");
            }
            c.evidence().source().ifPresent(s -> requireSource(sourceIds, s, "control change '" + c.id() + "'"));
        }
    }

    private static void requireSource(Set<String> sourceIds, Source s, String who) {
        if (!sourceIds.contains(s.id())) {
            throw new DisplacementDataException(who + ": source '" + s.id() + "' must be one of the dataset's sources");
        }
    }

    /**
     * For each stated stock with stated flows out of its place (not parts of other flows, not mentions,
     * starting on or after the stock's period), the stock remaining after them, derived.
     */
    static List<Figure> remainingStocks(List<Figure> figures) {
        List<Figure> derived = new ArrayList<>();
        for (Figure f : figures) {
            if (!(f instanceof Stock stock) || stock.isDerived()) {
                continue;
            }
            List<Flow> out = outflows(figures, stock);
            if (out.isEmpty()) {
                continue;
            }
            Estimate remaining = stock.estimate();
            LocalDate end = stock.period().end();
            boolean approximate = stock.period().accuracy() == PeriodAccuracy.APPROXIMATE;
            for (Flow flow : out) {
                remaining = remaining.minus(flow.estimate());
                end = flow.period().end().isAfter(end) ? flow.period().end() : end;
                approximate |= flow.period().accuracy() == PeriodAccuracy.APPROXIMATE;
            }
            Lineage lineage = Lineage.difference(stock.id(), out.stream().map(Flow::id).toList());
            derived.add(new Stock(remainingId(stock.id()), stock.what() + " remaining", stock.place(),
                    new Period(end, end, approximate ? PeriodAccuracy.APPROXIMATE : PeriodAccuracy.DAY),
                    Optional.empty(), remaining, Evidence.derived(lineage)));
        }
        return derived;
    }

    /** The id of the people remaining of a stock, as {@link #remainingStocks} derives them. */
    private static String remainingId(String stockId) {
        return stockId + "-remaining";
    }

    /** Why a declared figure may not have the id of a derived remaining stock. */
    static String takenByRemaining(Figure derived) {
        String stock = derived.evidence().lineage().orElseThrow().inputs().get(0);
        return "the dataset gives this id to the people remaining of stock '" + stock + "' after the flows out of its"
                + " place; give the declared figure another id";
    }

    /**
     * The flows that leave a stock's place, are not parts of other flows, have a number, and start on or after
     * the stock's period.
     *
     * @param figures the figures to search
     * @param stock the stock
     * @return the flows, in the order of {@code figures}
     */
    static List<Flow> outflows(List<Figure> figures, Stock stock) {
        List<Flow> out = new ArrayList<>();
        for (Figure f : figures) {
            if (f instanceof Flow flow && flow.origin().name().equals(stock.place().name()) && flow.partOf().isEmpty()
                    && !flow.isMention() && !flow.period().start().isBefore(stock.period().start())) {
                out.add(flow);
            }
        }
        return out;
    }

    /** @return the dataset's short name ({@code aleppo-2016-11}) */
    public String name() {
        return name;
    }

    /** @return the margin used for "about" and "nearly" */
    public QuantifierPolicy policy() {
        return policy;
    }

    /** @return the sources, in file order */
    public List<Source> sources() {
        return sources;
    }

    /** @return every figure: stated ones in file order, then derived ones, each with its provenance */
    public List<Figure> figures() {
        return figures;
    }

    /** @return the figures given to the dataset (read or built), without those the library derives itself */
    List<Figure> declaredFigures() {
        return declared;
    }

    /**
     * The people remaining of a stated stock after the flows out of its place, as the dataset derives them
     * ({@code <stock id>-remaining}); never a figure that the dataset was given, whatever its id.
     *
     * @param stockId the id of a stated stock
     * @return the derived stock, or empty when no flow leaves the stock's place (and in imported datasets)
     */
    public Optional<Figure> remainingOf(String stockId) {
        String id = remainingId(stockId);
        return figures.subList(declared.size(), figures.size()).stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /**
     * @param id a figure id
     * @return the figure
     * @throws DisplacementDataException if no figure has that id
     */
    public Figure figure(String id) {
        Figure f = byId.get(id);
        if (f == null) {
            throw new DisplacementDataException("figure id '" + id + "' must be one of the dataset's figures but is unknown");
        }
        return f;
    }

    /**
     * Other sources' claims about the dataset's figures (TRIANGULATION: shown and reconciled, never summed).
     * Each figure's own row is its RECOMMENDED claim.
     *
     * @return the claims, in file order
     */
    public List<Claim> claims() {
        return claims;
    }

    /**
     * For each figure that other sources also state: what all claims agree on, or their conflict.
     *
     * @return one reconciliation per figure with claims, in the order of {@link #figures()}
     */
    public List<Reconciliation> reconciliations() {
        List<Reconciliation> all = new ArrayList<>();
        for (Figure f : figures) {
            List<Claim> others = claims.stream().filter(c -> c.figureId().equals(f.id())).toList();
            if (others.isEmpty()) {
                continue;
            }
            List<Reconciliation.Position> positions = new ArrayList<>();
            positions.add(new Reconciliation.Position(f.id(), ClaimRole.RECOMMENDED, f.count(), f.estimate().interval(),
                    f.evidence().source(), f.evidence().quote().map(List::of).orElse(List.of())));
            for (Claim c : others) {
                positions.add(new Reconciliation.Position(c.id(), c.role(), Optional.of(c.count()),
                        c.count().interval(policy), Optional.of(c.source()), c.quotes()));
            }
            all.add(Reconciliation.of(f.id(), positions));
        }
        return all;
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

    /**
     * Writes the same files as {@link #write(Path)} into an existing directory, without replacing it: for a writer
     * that fills a directory of its own through {@link AtomicDirectory} (the draft dataset of {@code extract}).
     *
     * @param dir an existing directory
     * @throws IOException if a file cannot be written
     */
    public void writeFilesInto(Path dir) throws IOException {
        DatasetWriter.writeFiles(this, dir);
    }

    /** @return the names of the files that {@link #write(Path)} may write */
    public static List<String> fileNames() {
        return DatasetWriter.files();
    }

    /** @return the control changes, in file order */
    public List<ControlChange> controlChanges() {
        return controlChanges;
    }

    /**
     * @param sourceId a source id
     * @return the source's full text, if the dataset has it
     */
    public Optional<String> sourceText(String sourceId) {
        return Optional.ofNullable(sourceTexts.get(sourceId));
    }

    /** @return whether the dataset was imported from a statistical file ({@link #imported}) */
    public boolean isImported() {
        return imported;
    }

    /** @return what an imported file states about its own numbers; empty for a curated dataset */
    public List<Expectation> expectations() {
        return expectations;
    }

    /** @return the consistency checks, in a stable order: by rule, then by the subject's order in the dataset */
    public List<Check> checks() {
        return checks;
    }

    @Override
    public String toString() {
        return "DisplacementDataset[" + name + ": " + figures.size() + " figures, " + claims.size() + " claims, "
                + controlChanges.size()
                + " control changes, " + sources.size() + " sources]";
    }
}
