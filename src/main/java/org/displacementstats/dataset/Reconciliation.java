package org.displacementstats.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
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
 * <p>Built by the dataset ({@link DisplacementDataset#reconciliations()}); equal reconciliations have equal fields.
 * Immutable and safe to share between threads.
 */
public final class Reconciliation {
    private final String figureId;
    private final List<Position> positions;
    private final Optional<Interval> agreed;
    private final List<String> lowBoundBy;
    private final List<String> highBoundBy;

    /**
     * One claim as reconciled: the figure's own statement or derivation, or another source's claim. Built by the
     * dataset; equal positions have equal fields. Immutable and safe to share between threads.
     */
    public static final class Position {
        private final String claimId;
        private final ClaimRole role;
        private final Optional<Count> count;
        private final Interval interval;
        private final Optional<Source> source;
        private final List<Quote> quotes;

        Position(
                String claimId,
                ClaimRole role,
                Optional<Count> count,
                Interval interval,
                Optional<Source> source,
                List<Quote> quotes) {
            this.claimId = Objects.requireNonNull(claimId, "Position.claimId");
            this.role = Objects.requireNonNull(role, "Position.role");
            this.count = Objects.requireNonNull(count, "Position.count");
            this.interval = Objects.requireNonNull(interval, "Position.interval");
            this.source = Objects.requireNonNull(source, "Position.source");
            this.quotes = List.copyOf(quotes);
        }

        /** @return the claim's id (the figure's id for its own claim) */
        public String claimId() {
            return claimId;
        }

        /** @return RECOMMENDED for the figure's own claim, TRIANGULATION for others */
        public ClaimRole role() {
            return role;
        }

        /** @return the count as stated; empty for a derived figure */
        public Optional<Count> count() {
            return count;
        }

        /** @return the values the claim allows */
        public Interval interval() {
            return interval;
        }

        /** @return the source, if stated */
        public Optional<Source> source() {
            return source;
        }

        /** @return the source's words */
        public List<Quote> quotes() {
            return quotes;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Position p
                    && claimId.equals(p.claimId)
                    && role == p.role
                    && count.equals(p.count)
                    && interval.equals(p.interval)
                    && source.equals(p.source)
                    && quotes.equals(p.quotes);
        }

        @Override
        public int hashCode() {
            return Objects.hash(claimId, role, count, interval, source, quotes);
        }

        /** @return the position as a record would print it: {@code Position[claimId=..., role=..., ...]} */
        @Override
        public String toString() {
            return "Position[claimId=" + claimId + ", role=" + role + ", count=" + count + ", interval=" + interval
                    + ", source=" + source + ", quotes=" + quotes + "]";
        }
    }

    private Reconciliation(
            String figureId,
            List<Position> positions,
            Optional<Interval> agreed,
            List<String> lowBoundBy,
            List<String> highBoundBy) {
        this.figureId = figureId;
        this.positions = List.copyOf(positions);
        this.agreed = agreed;
        this.lowBoundBy = List.copyOf(lowBoundBy);
        this.highBoundBy = List.copyOf(highBoundBy);
    }

    /** @return the figure whose quantity the claims are about */
    public String figureId() {
        return figureId;
    }

    /** @return every claim, the figure's own (RECOMMENDED) first, then the others in file order */
    public List<Position> positions() {
        return positions;
    }

    /** @return the values every claim allows; empty when the claims conflict */
    public Optional<Interval> agreed() {
        return agreed;
    }

    /** @return the ids of the claims whose lower bound is the highest (they set the agreed low) */
    public List<String> lowBoundBy() {
        return lowBoundBy;
    }

    /**
     * @return the ids of the claims whose upper bound is the lowest (they set the agreed high); empty when every
     *     claim is unbounded above
     */
    public List<String> highBoundBy() {
        return highBoundBy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Reconciliation r
                && figureId.equals(r.figureId)
                && positions.equals(r.positions)
                && agreed.equals(r.agreed)
                && lowBoundBy.equals(r.lowBoundBy)
                && highBoundBy.equals(r.highBoundBy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(figureId, positions, agreed, lowBoundBy, highBoundBy);
    }

    /** @return the reconciliation as a record would print it: {@code Reconciliation[figureId=..., ...]} */
    @Override
    public String toString() {
        return "Reconciliation[figureId=" + figureId + ", positions=" + positions + ", agreed=" + agreed
                + ", lowBoundBy=" + lowBoundBy + ", highBoundBy=" + highBoundBy + "]";
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
        if (claims.isEmpty()) {
            // Most datasets, and every batch of a streamed import: no stream per figure.
            return List.of();
        }
        Map<String, List<Claim>> byFigure = new HashMap<>();
        for (Claim c : claims) {
            byFigure.computeIfAbsent(c.figureId(), k -> new ArrayList<>()).add(c);
        }
        List<Reconciliation> all = new ArrayList<>();
        for (Figure f : figures) {
            List<Claim> others = byFigure.getOrDefault(f.id(), List.of());
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
            if (anyLow && p.interval().low().equals(OptionalLong.of(low))) {
                lowBy.add(p.claimId());
            }
            if (anyHigh && p.interval().high().equals(OptionalLong.of(high))) {
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
