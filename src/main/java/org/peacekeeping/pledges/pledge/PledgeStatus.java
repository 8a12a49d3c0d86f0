package org.peacekeeping.pledges.pledge;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Where a pledge stands in its lifecycle (SPEC §3). */
public enum PledgeStatus {
    DRAFT,
    SUBMITTED,
    UNDER_REVIEW,
    RETURNED,
    APPROVED,
    REJECTED,
    LAPSED,
    WITHDRAWN,
    /** The pledged unit is deployed to a mission (SPEC §10); it neither lapses nor needs renewal. */
    DEPLOYED,
    /** The deployed unit came home; the pledge's story is complete. */
    REPATRIATED;

    /** Approved and everything that follows from an approval: what the figures count as "approved" (SPEC §10). */
    public static final Set<PledgeStatus> APPROVED_OR_LATER =
            Collections.unmodifiableSet(EnumSet.of(APPROVED, DEPLOYED, REPATRIATED));

    /** True for the states in which nobody may act any more. */
    public boolean terminal() {
        return this == REJECTED || this == WITHDRAWN || this == REPATRIATED;
    }

    /** True for an approved pledge and for one whose unit deployed since (or came home). */
    public boolean approvedOrLater() {
        return APPROVED_OR_LATER.contains(this);
    }
}
