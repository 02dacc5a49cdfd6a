package org.displacementstats.table;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.displacementstats.dataset.Reconciliation;
import org.displacementstats.figure.ClaimRole;
import org.displacementstats.figure.Interval;
import org.displacementstats.figure.Quantifier;
import org.displacementstats.provenance.Quote;
import org.displacementstats.provenance.Source;

/**
 * One row of {@link SummaryTables#reconciliation()}: one claim about a figure that several sources state, and
 * what all the claims agree on.
 *
 * @param reconciliation the figure's reconciliation
 * @param position the claim, one of {@code reconciliation.positions()}
 */
public record ReconciliationRow(Reconciliation reconciliation, Reconciliation.Position position) {
    /** Column {@value}: the figure's id. */
    public static final String FIGURE = "figure";
    /** Column {@value}: the claim's id (the figure's own for the recommended claim). */
    public static final String CLAIM_ID = "claim_id";
    /** Column {@value}: {@code recommended} or {@code triangulation}. */
    public static final String ROLE = "role";
    /** Column {@value}: the claim's source id. */
    public static final String SOURCE = "source";
    /** Column {@value}: the source's date. */
    public static final String SOURCE_DATE = "source_date";
    /** Column {@value}: the claim's quantifier; {@code derived} for the figure's own derived value. */
    public static final String QUANTIFIER = "quantifier";
    /** Column {@value}: the stated number. */
    public static final String COUNT = "count";
    /** Column {@value}: the upper number of a « between » count. */
    public static final String COUNT_HIGH = "count_high";
    /** Column {@value}: the claim's lower bound. */
    public static final String LOW = "low";
    /** Column {@value}: true when {@link #LOW} is unbounded below (its cell is then missing). */
    public static final String LOW_UNBOUNDED = "low_unbounded";
    /** Column {@value}: the claim's upper bound; missing when unbounded. */
    public static final String HIGH = "high";
    /** Column {@value}: true when {@link #HIGH} is unbounded above (its cell is then missing). */
    public static final String HIGH_UNBOUNDED = "high_unbounded";
    /** Column {@value}: which agreed bound this claim sets: {@code low}, {@code high}, {@code both} or empty. */
    public static final String BOUNDS_AGREED = "bounds_agreed";
    /** Column {@value}: the lower bound every claim allows; empty on conflict. */
    public static final String AGREED_LOW = "agreed_low";
    /** Column {@value}: true when {@link #AGREED_LOW} is unbounded below (its cell is then missing). */
    public static final String AGREED_LOW_UNBOUNDED = "agreed_low_unbounded";
    /** Column {@value}: the upper bound every claim allows; missing on conflict or when unbounded. */
    public static final String AGREED_HIGH = "agreed_high";
    /** Column {@value}: true when {@link #AGREED_HIGH} is unbounded above (its cell is then missing). */
    public static final String AGREED_HIGH_UNBOUNDED = "agreed_high_unbounded";
    /** Column {@value}: {@code agree} or {@code conflict}. */
    public static final String STATUS = "status";
    /** Column {@value}: the source's words, separated by {@code " | "}. */
    public static final String QUOTES = "quotes";

    /** The columns of {@code reconciliation}, in order. */
    public static final Columns<ReconciliationRow> COLUMNS = Columns.<ReconciliationRow>named("reconciliation")
            .text(FIGURE, r -> r.reconciliation().figureId())
            .text(CLAIM_ID, r -> r.position().claimId())
            .text(ROLE, r -> r.position().role().csvName())
            .optionalText(SOURCE, r -> r.position().source().map(Source::id))
            .optionalDate(SOURCE_DATE, r -> r.position().source().map(Source::date))
            .text(
                    QUANTIFIER,
                    r -> r.position()
                            .count()
                            .map(c -> c.quantifier().csvName())
                            .orElse(r.position().role() == ClaimRole.RECOMMENDED ? "derived" : ""))
            .optionalPeople(
                    COUNT,
                    r -> r.position()
                            .count()
                            .map(c -> OptionalLong.of(c.value()))
                            .orElse(OptionalLong.empty()))
            .optionalPeople(
                    COUNT_HIGH,
                    r -> r.position()
                            .count()
                            .filter(c -> c.quantifier() == Quantifier.BETWEEN)
                            .map(c -> OptionalLong.of(c.upper()))
                            .orElse(OptionalLong.empty()))
            .peopleBound(LOW, r -> Optional.of(r.position().interval().low()))
            .peopleBound(HIGH, r -> Optional.of(r.position().interval().high()))
            .text(BOUNDS_AGREED, ReconciliationRow::boundsAgreed)
            .peopleBound(AGREED_LOW, r -> r.reconciliation().agreed().map(Interval::low))
            .peopleBound(AGREED_HIGH, r -> r.reconciliation().agreed().map(Interval::high))
            .text(STATUS, r -> r.reconciliation().isConflict() ? "conflict" : "agree")
            .text(
                    QUOTES,
                    r -> String.join(
                            " | ",
                            r.position().quotes().stream().map(Quote::exact).toList()))
            .build();

    /**
     * Checks that the claim is one of the reconciliation's.
     *
     * @param reconciliation the figure's reconciliation
     * @param position the claim, one of {@code reconciliation.positions()}
     */
    public ReconciliationRow {
        if (!reconciliation.positions().contains(Objects.requireNonNull(position, "position"))) {
            throw new IllegalArgumentException(
                    "claim " + position.claimId() + " is not one of figure " + reconciliation.figureId() + "'s");
        }
    }

    /** @return {@code low}, {@code high} or {@code both} when this claim sets the agreed bounds; else empty */
    public String boundsAgreed() {
        boolean low = reconciliation.lowBoundBy().contains(position.claimId());
        boolean high = reconciliation.highBoundBy().contains(position.claimId());
        return low && high ? "both" : low ? "low" : high ? "high" : "";
    }
}
