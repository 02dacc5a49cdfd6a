package org.displacementstats.table;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.displacementstats.figure.Estimate;
import org.displacementstats.figure.PlaceKind;
import org.displacementstats.stats.Ratio;

/**
 * One row of {@link SummaryTables#flowsByDestination()}: a flow with a named destination, who controls it, and its
 * share of the total flow it is part of (« dont 6.000 vers … Cheikh Maqsoud » is 0.6 of « près de 10.000 »).
 *
 * <p>Built by {@link SummaryTables#flowsByDestination()}. Equal rows have equal fields.
 * Immutable and safe to share between threads.
 */
public final class DestinationFlowRow {
    /** Column {@value}: the flow's origin. */
    public static final String ORIGIN = "origin";
    /** Column {@value}: the flow's destination. */
    public static final String DESTINATION = "destination";
    /** Column {@value}: the destination's kind in lower case ({@code enclave}, {@code areas_held}). */
    public static final String DESTINATION_KIND = "destination_kind";
    /** Column {@value}: who controls the destination; empty when not stated. */
    public static final String CONTROLLED_BY = "controlled_by";
    /** Column {@value}: the flow's id. */
    public static final String FLOW_ID = "flow_id";
    /** Column {@value}: true when the dataset derived the flow; the report writes {@code yes} or {@code no}. */
    public static final String DERIVED = "derived";
    /** Column {@value}: the flow's point estimate. */
    public static final String POINT = "point";
    /** Column {@value}: its lower bound. */
    public static final String LOW = "low";
    /** Column {@value}: true when {@link #LOW} is unbounded below (its cell is then missing). */
    public static final String LOW_UNBOUNDED = "low_unbounded";
    /** Column {@value}: its upper bound; missing when unbounded. */
    public static final String HIGH = "high";
    /** Column {@value}: true when {@link #HIGH} is unbounded above (its cell is then missing). */
    public static final String HIGH_UNBOUNDED = "high_unbounded";
    /** Column {@value}: the id of the flow this one is part of; empty when none. */
    public static final String TOTAL_ID = "total_id";
    /** Column {@value}: the share of that total. */
    public static final String SHARE_OF_TOTAL_POINT = "share_of_total_point";
    /** Column {@value}: its lower bound. */
    public static final String SHARE_OF_TOTAL_LOW = "share_of_total_low";
    /** Column {@value}: true when {@link #SHARE_OF_TOTAL_LOW} is unbounded below (its cell is then missing). */
    public static final String SHARE_OF_TOTAL_LOW_UNBOUNDED = "share_of_total_low_unbounded";
    /** Column {@value}: its upper bound. */
    public static final String SHARE_OF_TOTAL_HIGH = "share_of_total_high";
    /** Column {@value}: true when {@link #SHARE_OF_TOTAL_HIGH} is unbounded above (its cell is then missing). */
    public static final String SHARE_OF_TOTAL_HIGH_UNBOUNDED = "share_of_total_high_unbounded";

    /** The columns of {@code flows-by-destination}, in order. */
    public static final Columns<DestinationFlowRow> COLUMNS = Columns.<DestinationFlowRow>named("flows-by-destination")
            .text(ORIGIN, DestinationFlowRow::origin)
            .text(DESTINATION, DestinationFlowRow::destination)
            .text(DESTINATION_KIND, r -> r.destinationKind().name().toLowerCase(Locale.ROOT))
            .optionalText(CONTROLLED_BY, DestinationFlowRow::controlledBy)
            .text(FLOW_ID, DestinationFlowRow::flowId)
            .bool(DERIVED, DestinationFlowRow::derived)
            .estimate(POINT, LOW, HIGH, DestinationFlowRow::flow)
            .optionalText(TOTAL_ID, DestinationFlowRow::totalId)
            .optionalRatio(
                    SHARE_OF_TOTAL_POINT, SHARE_OF_TOTAL_LOW, SHARE_OF_TOTAL_HIGH, DestinationFlowRow::shareOfTotal)
            .build();

    private final String origin;
    private final String destination;
    private final PlaceKind destinationKind;
    private final Optional<String> controlledBy;
    private final String flowId;
    private final boolean derived;
    private final Estimate flow;
    private final Optional<String> totalId;
    private final Optional<Ratio> shareOfTotal;

    /**
     * Checks that nothing is null.
     *
     * @param origin the flow's origin
     * @param destination the flow's destination
     * @param destinationKind what kind of place the destination is
     * @param controlledBy who controls the destination, if stated
     * @param flowId the flow's id
     * @param derived whether the dataset derived the flow rather than a source stating it
     * @param flow the number of people
     * @param totalId the id of the flow this one is part of, if any
     * @param shareOfTotal the flow over that total, if any
     */
    DestinationFlowRow(
            String origin,
            String destination,
            PlaceKind destinationKind,
            Optional<String> controlledBy,
            String flowId,
            boolean derived,
            Estimate flow,
            Optional<String> totalId,
            Optional<Ratio> shareOfTotal) {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(destinationKind, "destinationKind");
        Objects.requireNonNull(controlledBy, "controlledBy");
        Objects.requireNonNull(flowId, "flowId");
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(totalId, "totalId");
        Objects.requireNonNull(shareOfTotal, "shareOfTotal");
        this.origin = origin;
        this.destination = destination;
        this.destinationKind = destinationKind;
        this.controlledBy = controlledBy;
        this.flowId = flowId;
        this.derived = derived;
        this.flow = flow;
        this.totalId = totalId;
        this.shareOfTotal = shareOfTotal;
    }

    /** @return the flow's origin */
    public String origin() {
        return origin;
    }

    /** @return the flow's destination */
    public String destination() {
        return destination;
    }

    /** @return what kind of place the destination is */
    public PlaceKind destinationKind() {
        return destinationKind;
    }

    /** @return who controls the destination, if stated */
    public Optional<String> controlledBy() {
        return controlledBy;
    }

    /** @return the flow's id */
    public String flowId() {
        return flowId;
    }

    /** @return whether the dataset derived the flow rather than a source stating it */
    public boolean derived() {
        return derived;
    }

    /** @return the number of people */
    public Estimate flow() {
        return flow;
    }

    /** @return the id of the flow this one is part of, if any */
    public Optional<String> totalId() {
        return totalId;
    }

    /** @return the flow over that total, if any */
    public Optional<Ratio> shareOfTotal() {
        return shareOfTotal;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DestinationFlowRow r
                && origin.equals(r.origin)
                && destination.equals(r.destination)
                && destinationKind.equals(r.destinationKind)
                && controlledBy.equals(r.controlledBy)
                && flowId.equals(r.flowId)
                && derived == r.derived
                && flow.equals(r.flow)
                && totalId.equals(r.totalId)
                && shareOfTotal.equals(r.shareOfTotal);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                origin, destination, destinationKind, controlledBy, flowId, derived, flow, totalId, shareOfTotal);
    }

    /** @return the row as a record would print it: {@code DestinationFlowRow[origin=..., ...]} */
    @Override
    public String toString() {
        return "DestinationFlowRow[origin=" + origin + ", destination=" + destination + ", destinationKind="
                + destinationKind + ", controlledBy=" + controlledBy + ", flowId=" + flowId + ", derived=" + derived
                + ", flow=" + flow + ", totalId=" + totalId + ", shareOfTotal=" + shareOfTotal + "]";
    }
}
