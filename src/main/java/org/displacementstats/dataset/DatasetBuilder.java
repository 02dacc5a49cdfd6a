package org.displacementstats.dataset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.figure.Claim;
import org.displacementstats.figure.ControlChange;
import org.displacementstats.figure.Figure;
import org.displacementstats.figure.QuantifierPolicy;
import org.displacementstats.provenance.Source;
import org.displacementstats.provenance.SourceText;

/**
 * Gathers the records of a dataset built in code, then validates them all at once.
 *
 * <pre>{@code
 * DisplacementDataset ds = DisplacementDataset.builder("my-notes")
 *         .policy(new QuantifierPolicy(20))       // optional: the default margin is 10 %
 *         .source(article)                        // a SourceText: its text checks the quotes
 *         .figures(residents, fled)
 *         .build();                               // every problem at once, or the dataset
 * }</pre>
 *
 * <p>The stated figures are estimated under the dataset's policy (see {@link Figure#estimatedUnder}), so that a
 * figure built with the default margin fits a dataset with another. {@link #problems()} lists what
 * {@link #build()} would refuse, without throwing.
 *
 * <p>Not thread-safe: use it where it is made. The dataset it builds is immutable.
 */
public final class DatasetBuilder {
    private final String name;
    private QuantifierPolicy policy = QuantifierPolicy.DEFAULT;
    private final List<Source> sources = new ArrayList<>();
    private final Map<String, String> texts = new LinkedHashMap<>();
    private final List<Figure> figures = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();
    private final List<ControlChange> changes = new ArrayList<>();

    DatasetBuilder(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    /**
     * @param policy the margin for "about" and "nearly" (default 10 %)
     * @return this builder
     */
    public DatasetBuilder policy(QuantifierPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
        return this;
    }

    /**
     * @param source a source whose text the dataset keeps, to check its quotes
     * @return this builder
     */
    public DatasetBuilder source(SourceText source) {
        Objects.requireNonNull(source, "source");
        sources.add(source.source());
        texts.put(source.source().id(), source.text());
        return this;
    }

    /**
     * @param source a source without its text (its quotes are reported as not checked)
     * @return this builder
     */
    public DatasetBuilder source(Source source) {
        sources.add(Objects.requireNonNull(source, "source"));
        return this;
    }

    /**
     * @param figures stated figures, and derived ones with their lineage, in the order to keep
     * @return this builder
     */
    public DatasetBuilder figures(Figure... figures) {
        return figures(Arrays.asList(figures));
    }

    /**
     * @param figures stated figures, and derived ones with their lineage, in the order to keep
     * @return this builder
     */
    public DatasetBuilder figures(List<? extends Figure> figures) {
        figures.forEach(f -> this.figures.add(Objects.requireNonNull(f, "figure")));
        return this;
    }

    /**
     * @param claim another source's claim about a figure (TRIANGULATION)
     * @return this builder
     */
    public DatasetBuilder claim(Claim claim) {
        claims.add(Objects.requireNonNull(claim, "claim"));
        return this;
    }

    /**
     * @param change a place passing from one party to another
     * @return this builder
     */
    public DatasetBuilder controlChange(ControlChange change) {
        changes.add(Objects.requireNonNull(change, "change"));
        return this;
    }

    /**
     * Every problem that {@link #build()} would refuse: duplicated ids, unknown sources, parts or lineage
     * inputs, claims about unknown figures, declared ids that the dataset derives.
     *
     * @return the problems, in the order found; empty when the records make a dataset
     */
    public List<DisplacementDataException> problems() {
        try {
            contents();
            return List.of();
        } catch (DisplacementDataException e) {
            return e.problems();
        }
    }

    /**
     * @return the validated dataset, with its derived figures and checks
     * @throws DisplacementDataException holding every problem found ({@link DisplacementDataException#problems()})
     */
    public DisplacementDataset build() {
        return new DisplacementDataset(contents());
    }

    private DatasetContents contents() {
        List<Figure> estimated =
                figures.stream().map(f -> f.estimatedUnder(policy)).toList();
        return DatasetContents.curated(name, policy, sources, estimated, claims, changes, texts);
    }
}
