package org.displacementstats.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.figure.Claim;
import org.displacementstats.figure.ControlChange;
import org.displacementstats.figure.Figure;
import org.displacementstats.figure.QuantifierPolicy;
import org.displacementstats.provenance.Source;

/**
 * The records of a dataset, validated together: what {@link DisplacementDataset} holds and its checks read.
 *
 * @param name the dataset's short name
 * @param policy the margin its stated figures are estimated under
 * @param sources the sources
 * @param declared the figures given to the dataset
 * @param figures the declared figures, then those the dataset derives
 * @param claims other sources' claims
 * @param controlChanges the control changes
 * @param sourceTexts each source's full text by source id
 * @param imported whether the records come from a statistical file
 * @param expectations what an imported file states about its own numbers
 */
record DatasetContents(
        String name,
        QuantifierPolicy policy,
        List<Source> sources,
        List<Figure> declared,
        List<Figure> figures,
        List<Claim> claims,
        List<ControlChange> controlChanges,
        Map<String, String> sourceTexts,
        boolean imported,
        List<Expectation> expectations) {

    DatasetContents {
        Objects.requireNonNull(name, "DisplacementDataset.name");
        Objects.requireNonNull(policy, "DisplacementDataset.policy");
        sources = List.copyOf(sources);
        declared = List.copyOf(declared);
        figures = List.copyOf(figures);
        claims = List.copyOf(claims);
        controlChanges = List.copyOf(controlChanges);
        sourceTexts = Map.copyOf(sourceTexts);
        expectations = List.copyOf(expectations);
    }

    /** A curated dataset: validated, every problem collected, with the remaining populations derived. */
    static DatasetContents curated(
            String name,
            QuantifierPolicy policy,
            List<Source> sources,
            List<Figure> figures,
            List<Claim> claims,
            List<ControlChange> controlChanges,
            Map<String, String> sourceTexts) {
        List<Figure> declared = List.copyOf(figures);
        List<Figure> derived = List.of();
        List<DisplacementDataException> problems = new ArrayList<>();
        try {
            derived = Remaining.stocks(declared);
        } catch (DisplacementDataException e) {
            problems.add(e);
        }
        problems.addAll(
                DatasetValidation.problems(policy, sources, declared, derived, claims, controlChanges, List.of()));
        if (!problems.isEmpty()) {
            throw DisplacementDataException.all(problems);
        }
        List<Figure> all = new ArrayList<>(declared);
        all.addAll(derived);
        return new DatasetContents(
                name, policy, sources, declared, all, claims, controlChanges, sourceTexts, false, List.of());
    }

    /** An imported dataset: validated, every problem collected, nothing derived. */
    static DatasetContents imported(
            String name, List<Source> sources, List<Figure> figures, List<Expectation> expectations) {
        List<DisplacementDataException> problems = DatasetValidation.problems(
                QuantifierPolicy.DEFAULT, sources, figures, List.of(), List.of(), List.of(), expectations);
        if (!problems.isEmpty()) {
            throw DisplacementDataException.all(problems);
        }
        return new DatasetContents(
                name,
                QuantifierPolicy.DEFAULT,
                sources,
                figures,
                figures,
                List.of(),
                List.of(),
                Map.of(),
                true,
                expectations);
    }
}
