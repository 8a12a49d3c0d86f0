package org.peacekeeping.pledges.pledge;

import java.time.Instant;
import java.util.Objects;

/**
 * A pledge moved through its lifecycle (SPEC §3): fired by {@link PledgeService} inside the transaction that made the
 * change, after its history entry, so synchronous observers (the focal points' notices) write in that same
 * transaction and a failed observer rolls the change back. The pledge does not know who listens.
 *
 * @param from    the status before the action
 * @param comment the comment given with the action, or {@code null}
 */
public record PledgeTransitioned(Pledge pledge, PledgeAction action, PledgeStatus from, String comment, Instant at) {

    public PledgeTransitioned {
        Objects.requireNonNull(pledge, "pledge");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(at, "at");
    }
}
