package org.peacekeeping.pledges.pledge;

/** Where a pledge stands in its lifecycle (SPEC §3). */
public enum PledgeStatus {
    DRAFT,
    SUBMITTED,
    UNDER_REVIEW,
    RETURNED,
    APPROVED,
    REJECTED,
    LAPSED,
    WITHDRAWN;

    /** True for the states in which nobody may act any more. */
    public boolean terminal() {
        return this == REJECTED || this == WITHDRAWN;
    }
}
