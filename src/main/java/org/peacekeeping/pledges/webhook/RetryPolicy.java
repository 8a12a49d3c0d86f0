package org.peacekeeping.pledges.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a failed delivery is tried again: {@code base} after the first failure, doubling after each further one up to
 * {@code cap}, for as long as {@code window} after the event (24 hours by default); past that it is given up.
 */
public record RetryPolicy(Duration base, Duration cap, Duration window) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1),
            Duration.ofHours(24));

    public RetryPolicy {
        if (base == null || base.isNegative() || base.isZero()) {
            throw new IllegalArgumentException("The first retry delay is positive, not " + base);
        }
        if (cap == null || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("The longest retry delay is at least the first, not " + cap);
        }
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("The retry window is positive, not " + window);
        }
    }

    /** The delay after the {@code failures}-th failed attempt (1 for the first). */
    public Duration delayAfter(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("At least one failure, not " + failures);
        }
        Duration delay = base;
        for (int i = 1; i < failures && delay.compareTo(cap) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(cap) > 0 ? cap : delay;
    }

    /** When to try again after {@code failures} failures at {@code now}, or empty when that is past {@code giveUpAt}. */
    public Optional<Instant> nextAttempt(int failures, Instant now, Instant giveUpAt) {
        Instant next = now.plus(delayAfter(failures));
        return next.isAfter(giveUpAt) ? Optional.empty() : Optional.of(next);
    }
}
