package org.displacementstats.table;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.displacementstats.figure.Estimate;
import org.displacementstats.stats.Ratio;

/**
 * One row of {@link SummaryTables#flowsByController()}: the flows from one origin, part of one total, to places
 * held by one controller, summed, with their share of that total (0.6 to Kurdish forces, 0.4 to the government).
 *
 * <p>Built by {@link SummaryTables#flowsByController()}. Equal rows have equal fields.
 * Immutable and safe to share between threads.
 */
public final class ControllerFlowRow {
    /** Column {@value}: the flows' origin. */
    public static final String ORIGIN = "origin";
    /** Column {@value}: who controls their destinations; empty when not stated. */
    public static final String CONTROLLED_BY = "controlled_by";
    /** Column {@value}: how many flows are summed. */
    public static final String FLOWS = "flows";
    /** Column {@value}: their ids, separated by a space. */
    public static final String FLOW_IDS = "flow_ids";
    /** Column {@value}: the sum's point estimate. */
    public static final String POINT = "point";
    /** Column {@value}: its lower bound. */
    public static final String LOW = "low";
    /** Column {@value}: true when {@link #LOW} is unbounded below (its cell is then missing). */
    public static final String LOW_UNBOUNDED = "low_unbounded";
    /** Column {@value}: its upper bound; missing when unbounded. */
    public static final String HIGH = "high";
    /** Column {@value}: true when {@link #HIGH} is unbounded above (its cell is then missing). */
    public static final String HIGH_UNBOUNDED = "high_unbounded";
    /** Column {@value}: the id of the flow they are part of; empty when none. */
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

    /** The columns of {@code flows-by-controller}, in order. */
    public static final Columns<ControllerFlowRow> COLUMNS = Columns.<ControllerFlowRow>named("flows-by-controller")
            .text(ORIGIN, ControllerFlowRow::origin)
            .optionalText(CONTROLLED_BY, ControllerFlowRow::controlledBy)
            .integer(FLOWS, r -> r.flowIds().size())
            .text(FLOW_IDS, r -> String.join(" ", r.flowIds()))
            .estimate(POINT, LOW, HIGH, ControllerFlowRow::flow)
            .optionalText(TOTAL_ID, ControllerFlowRow::totalId)
            .optionalRatio(
                    SHARE_OF_TOTAL_POINT, SHARE_OF_TOTAL_LOW, SHARE_OF_TOTAL_HIGH, ControllerFlowRow::shareOfTotal)
            .build();

    private final String origin;
    private final Optional<String> controlledBy;
    private final List<String> flowIds;
    private final Estimate flow;
    private final Optional<String> totalId;
    private final Optional<Ratio> shareOfTotal;

    /**
     * Checks that nothing is null and that there is at least one flow.
     *
     * @param origin the flows' origin
     * @param controlledBy who controls their destinations, if stated
     * @param flowIds the flows' ids, in the table's order
     * @param flow the sum of the flows
     * @param totalId the id of the flow they are part of, if any
     * @param shareOfTotal the sum over that total, if any
     */
    ControllerFlowRow(
            String origin,
            Optional<String> controlledBy,
            List<String> flowIds,
            Estimate flow,
            Optional<String> totalId,
            Optional<Ratio> shareOfTotal) {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(controlledBy, "controlledBy");
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(totalId, "totalId");
        Objects.requireNonNull(shareOfTotal, "shareOfTotal");
        flowIds = List.copyOf(flowIds);
        if (flowIds.isEmpty()) {
            throw new IllegalArgumentException("a controller's row sums at least one flow");
        }
        this.origin = origin;
        this.controlledBy = controlledBy;
        this.flowIds = flowIds;
        this.flow = flow;
        this.totalId = totalId;
        this.shareOfTotal = shareOfTotal;
    }

    /** @return the flows' origin */
    public String origin() {
        return origin;
    }

    /** @return who controls their destinations, if stated */
    public Optional<String> controlledBy() {
        return controlledBy;
    }

    /** @return the flows' ids, in the table's order */
    public List<String> flowIds() {
        return flowIds;
    }

    /** @return the sum of the flows */
    public Estimate flow() {
        return flow;
    }

    /** @return the id of the flow they are part of, if any */
    public Optional<String> totalId() {
        return totalId;
    }

    /** @return the sum over that total, if any */
    public Optional<Ratio> shareOfTotal() {
        return shareOfTotal;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ControllerFlowRow r
                && origin.equals(r.origin)
                && controlledBy.equals(r.controlledBy)
                && flowIds.equals(r.flowIds)
                && flow.equals(r.flow)
                && totalId.equals(r.totalId)
                && shareOfTotal.equals(r.shareOfTotal);
    }

    @Override
    public int hashCode() {
        return Objects.hash(origin, controlledBy, flowIds, flow, totalId, shareOfTotal);
    }

    /** @return the row as a record would print it: {@code ControllerFlowRow[origin=..., ...]} */
    @Override
    public String toString() {
        return "ControllerFlowRow[origin=" + origin + ", controlledBy=" + controlledBy + ", flowIds=" + flowIds
                + ", flow=" + flow + ", totalId=" + totalId + ", shareOfTotal=" + shareOfTotal + "]";
    }
}
