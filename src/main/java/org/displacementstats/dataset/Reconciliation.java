package org.displacementstats.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.displacementstats.figure.Claim;
import org.displacementstats.figure.ClaimRole;
import org.displacementstats.figure.Count;
import org.displacementstats.figure.Figure;
import org.displacementstats.figure.Interval;
import org.displacementstats.figure.QuantifierPolicy;
import org.displacementstats.provenance.Quote;
import org.displacementstats.provenance.Source;

/**
 * What several sources' claims about one quantity agree on: the intersection of their intervals, with the
 * claims that bound it; or, when no value satisfies them all, a conflict (reported, never resolved by a pick).
 *
 * <p>Immutable and safe to share between threads.
 *
 * @param figureId the figure whose quantity the claims are about
 * @param positions every claim, the figure's own (RECOMMENDED) first, then the others in file order
 * @param agreed the values every claim allows; empty when the claims conflict
 * @param lowBoundBy the ids of the claims whose lower bound is the highest (they set the agreed low)
 * @param highBoundBy the ids of the claims whose upper bound is the lowest (they set the agreed high); empty
 *     when every claim is unbounded above
 */
public record Reconciliation(
        String figureId,
        List<Position> positions,
        Optional<Interval> agreed,
        List<String> lowBoundBy,
        List<String> highBoundBy) {

    /**
     * One claim as reconciled: the figure's own statement or derivation, or another source's claim.
     *
     * @param claimId the claim's id (the figure's id for its own claim)
     * @param role RECOMMENDED for the figure's own claim, TRIANGULATION for others
     * @param count the count as stated; empty for a derived figure
     * @param interval the values the claim allows
     * @param source the source, if stated
     * @param quotes the source's words
     */
    public record Position(
            String claimId,
            ClaimRole role,
            Optional<Count> count,
            Interval interval,
            Optional<Source> source,
            List<Quote> quotes) {

        /**
         * Validates the fields.
         *
         * @param claimId the claim's id (the figure's id for its own claim)
         * @param role RECOMMENDED for the figure's own claim, TRIANGULATION for others
         * @param count the count as stated; empty for a derived figure
         * @param interval the values the claim allows
         * @param source the source, if stated
         * @param quotes the source's words
         */
        public Position {
            Objects.requireNonNull(claimId, "Position.claimId");
            Objects.requireNonNull(role, "Position.role");
            Objects.requireNonNull(count, "Position.count");
            Objects.requireNonNull(interval, "Position.interval");
            Objects.requireNonNull(source, "Position.source");
            quotes = List.copyOf(quotes);
        }
    }

    /**
     * Copies the lists.
     *
     * @param figureId the figure whose quantity the claims are about
     * @param positions every claim, the figure's own (RECOMMENDED) first, then the others in file order
     * @param agreed the values every claim allows; empty when the claims conflict
     * @param lowBoundBy the ids of the claims whose lower bound is the highest (they set the agreed low)
     * @param highBoundBy the ids of the claims whose upper bound is the lowest (they set the agreed high); empty
     *     when every claim is unbounded above
     */
    public Reconciliation {
        positions = List.copyOf(positions);
        lowBoundBy = List.copyOf(lowBoundBy);
        highBoundBy = List.copyOf(highBoundBy);
    }

    /** @return whether no value satisfies every claim */
    public boolean isConflict() {
        return agreed.isEmpty();
    }

    /**
     * Reconciles claims: intersects their intervals.
     *
     * @param figureId the figure
     * @param positions the claims, at least one
     * @return the reconciliation
     */
    /** One reconciliation per figure with claims, in the order of {@code figures}. */
    static List<Reconciliation> of(List<Figure> figures, List<Claim> claims, QuantifierPolicy policy) {
        List<Reconciliation> all = new ArrayList<>();
        for (Figure f : figures) {
            List<Claim> others =
                    claims.stream().filter(c -> c.figureId().equals(f.id())).toList();
            if (others.isEmpty()) {
                continue;
            }
            List<Position> positions = new ArrayList<>();
            positions.add(new Position(
                    f.id(),
                    ClaimRole.RECOMMENDED,
                    f.count(),
                    f.estimate().interval(),
                    f.evidence().source(),
                    f.evidence().quote().map(List::of).orElse(List.of())));
            for (Claim c : others) {
                positions.add(new Position(
                        c.id(),
                        c.role(),
                        Optional.of(c.count()),
                        c.count().interval(policy),
                        Optional.of(c.source()),
                        c.quotes()));
            }
            all.add(of(f.id(), positions));
        }
        return List.copyOf(all);
    }

    static Reconciliation of(String figureId, List<Position> positions) {
        long low = Long.MIN_VALUE;
        boolean anyLow = false;
        long high = Long.MAX_VALUE;
        boolean anyHigh = false;
        for (Position p : positions) {
            if (p.interval().low().isPresent() && (!anyLow || p.interval().low().getAsLong() > low)) {
                low = p.interval().low().getAsLong();
                anyLow = true;
            }
            if (p.interval().high().isPresent()
                    && (!anyHigh || p.interval().high().getAsLong() < high)) {
                high = p.interval().high().getAsLong();
                anyHigh = true;
            }
        }
        List<String> lowBy = new ArrayList<>();
        List<String> highBy = new ArrayList<>();
        for (Position p : positions) {
            if (anyLow && p.interval().low().equals(java.util.OptionalLong.of(low))) {
                lowBy.add(p.claimId());
            }
            if (anyHigh && p.interval().high().equals(java.util.OptionalLong.of(high))) {
                highBy.add(p.claimId());
            }
        }
        Optional<Interval> agreed;
        if (anyLow && anyHigh && low > high) {
            agreed = Optional.empty();
        } else if (anyLow && anyHigh) {
            agreed = Optional.of(Interval.closed(low, high));
        } else if (anyLow) {
            agreed = Optional.of(Interval.atLeast(low));
        } else if (anyHigh) {
            agreed = Optional.of(Interval.atMost(high));
        } else {
            agreed = Optional.of(Interval.atLeast(0).minus(Interval.atLeast(0)));
        }
        return new Reconciliation(figureId, positions, agreed, lowBy, highBy);
    }
}
