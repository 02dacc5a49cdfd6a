package org.displacementstats.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.figure.Claim;
import org.displacementstats.figure.ClaimRole;
import org.displacementstats.figure.ControlChange;
import org.displacementstats.figure.Estimate;
import org.displacementstats.figure.Figure;
import org.displacementstats.figure.Flow;
import org.displacementstats.figure.QuantifierPolicy;
import org.displacementstats.figure.Stock;
import org.displacementstats.provenance.Lineage;
import org.displacementstats.provenance.Source;

/**
 * The rules that bind a dataset's records to one another (unique ids, references that resolve, estimates made
 * under the dataset's policy), checked all at once: every problem is collected, none stops the others.
 */
final class DatasetValidation {
    private final List<DisplacementDataException> problems = new ArrayList<>();
    private final Set<String> sourceIds = new HashSet<>();
    private final Map<String, Figure> figureIds = new HashMap<>();

    private DatasetValidation() {}

    /**
     * The problems of a set of records; {@code derived} are the figures the dataset adds itself, which may not
     * take a declared figure's id.
     */
    static List<DisplacementDataException> problems(
            QuantifierPolicy policy,
            List<Source> sources,
            List<Figure> declared,
            List<Figure> derived,
            List<Claim> claims,
            List<ControlChange> changes,
            List<Expectation> expectations) {
        DatasetValidation v = new DatasetValidation();
        v.sources(sources);
        v.figures(policy, declared);
        for (Figure d : derived) {
            if (v.figureIds.containsKey(d.id())) {
                v.problem("figure id '" + d.id() + "': " + Remaining.takenBy(d));
            }
        }
        derived.forEach(d -> v.figureIds.putIfAbsent(d.id(), d));
        v.changes(changes);
        v.claims(claims);
        v.expectations(expectations);
        return List.copyOf(v.problems);
    }

    private void problem(String message) {
        problems.add(new DisplacementDataException(message));
    }

    private void sources(List<Source> sources) {
        for (Source s : sources) {
            if (!sourceIds.add(s.id())) {
                problem("source id '" + s.id() + "' must be unique but appears twice");
            }
        }
    }

    private void figures(QuantifierPolicy policy, List<Figure> figures) {
        for (Figure f : figures) {
            if (figureIds.putIfAbsent(f.id(), f) != null) {
                problem("figure id '" + f.id() + "' must be unique but appears twice");
            }
            f.evidence().source().ifPresent(s -> requireSource(s, "figure", f.id()));
            f.count().ifPresent(count -> {
                Estimate expected = Estimate.of(count, policy);
                if (!expected.equals(f.estimate())) {
                    problems.add(DisplacementDataException.problem("figure '" + f.id() + "': estimate "
                                    + f.estimate().interval() + " must be what count " + count
                                    + " gives under the dataset's"
                                    + " margin of " + policy.marginPercent() + " %, " + expected.interval()
                                    + ", but was made under another margin; build the dataset under the figure's"
                                    + " margin, or let DisplacementDataset.builder() estimate it")
                            .field("estimate")
                            .value(f.estimate().interval().toString())
                            .build());
                }
            });
        }
        for (Figure f : figures) {
            for (String input : f.evidence().lineage().map(Lineage::inputs).orElse(List.of())) {
                if (!figureIds.containsKey(input)) {
                    problem("figure '" + f.id() + "': lineage input '" + input
                            + "' must be a figure of the dataset but is unknown");
                }
            }
            if (f instanceof Flow flow && flow.partOf().isPresent()) {
                Figure whole = figureIds.get(flow.partOf().get());
                if (!(whole instanceof Flow)) {
                    problem("figure '" + f.id() + "': part_of '" + flow.partOf().get()
                            + "' must be a flow of the dataset but is " + (whole == null ? "unknown" : "a stock"));
                }
            }
        }
    }

    private void changes(List<ControlChange> changes) {
        Set<String> changeIds = new HashSet<>();
        for (ControlChange c : changes) {
            if (!changeIds.add(c.id())) {
                problem("control change id '" + c.id() + "' must be unique but appears twice");
            }
            c.evidence().source().ifPresent(s -> requireSource(s, "control change", c.id()));
        }
    }

    private void claims(List<Claim> claims) {
        Set<String> claimIds = new HashSet<>();
        for (Claim c : claims) {
            if (!claimIds.add(c.id()) || figureIds.containsKey(c.id())) {
                problem("claim id '" + c.id() + "' must be unique among claims and figures"
                        + " (a figure's own claim has the figure's id) but appears twice");
            }
            if (c.role() != ClaimRole.TRIANGULATION) {
                problem("claim '" + c.id() + "': role must be TRIANGULATION (the figure's"
                        + " own statement is its recommended claim) but was " + c.role());
            }
            if (!figureIds.containsKey(c.figureId())) {
                problem("claim '" + c.id() + "': figure '" + c.figureId()
                        + "' must be a figure of the dataset but is unknown");
            }
            requireSource(c.source(), "claim", c.id());
        }
    }

    private void expectations(List<Expectation> expectations) {
        for (Expectation e : expectations) {
            if (e instanceof Expectation.NotFalling nf) {
                for (String id : nf.stockIds()) {
                    if (!(figureIds.get(id) instanceof Stock)) {
                        problem("expectation not-falling: '" + id + "' must be a stock of the dataset but is "
                                + (figureIds.containsKey(id) ? "a flow" : "unknown"));
                    }
                }
            }
        }
    }

    /** The message is made only for a problem: an import checks the source of every figure. */
    private void requireSource(Source s, String kind, String id) {
        if (!sourceIds.contains(s.id())) {
            problem(kind + " '" + id + "': source '" + s.id() + "' must be one of the dataset's sources");
        }
    }
}
