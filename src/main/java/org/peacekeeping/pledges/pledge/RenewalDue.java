package org.peacekeeping.pledges.pledge;

import java.time.Instant;
import java.util.Objects;

/**
 * An approved pledge's renewal falls due soon and its state has not been reminded for that date yet: fired by the
 * renewal schedule inside the transaction that marks the pledge reminded.
 */
public record RenewalDue(Pledge pledge, Instant at) {

    public RenewalDue {
        Objects.requireNonNull(pledge, "pledge");
        Objects.requireNonNull(at, "at");
    }
}
