package org.peacekeeping.pledges.pledge;

import java.util.Objects;

/**
 * A reviewer is about to approve this pledge (SPEC §3, §9): fired by {@link PledgeService} inside the approving
 * transaction, after the lifecycle allowed the action and before anything changed. An observer that refuses the
 * approval throws (a {@link org.peacekeeping.pledges.platform.ConflictException} naming what is missing, as the
 * dossier's level 1 rule does) and nothing changes. The pledge does not know who checks.
 */
public record PledgeApproving(Pledge pledge) {

    public PledgeApproving {
        Objects.requireNonNull(pledge, "pledge");
    }
}
