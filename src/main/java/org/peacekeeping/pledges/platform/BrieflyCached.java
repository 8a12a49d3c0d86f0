package org.peacekeeping.pledges.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A value computed at most once per {@code maxAge}: monitoring systems scrape often and read several gauges of
 * one query, and the database should answer that query once, not once per gauge and scrape. When computing fails
 * (the database is away), the last value stays, the failure goes to {@code onFailure}, and the value is computed
 * again once {@code maxAge} has passed.
 */
public final class BrieflyCached<T> {

    private final Supplier<T> compute;
    private final Duration maxAge;
    private final Clock clock;
    private final Consumer<RuntimeException> onFailure;
    private T value;
    private Instant computedAt;

    public BrieflyCached(Supplier<T> compute, T initial, Duration maxAge, Clock clock,
                         Consumer<RuntimeException> onFailure) {
        this.compute = compute;
        this.value = initial;
        this.maxAge = maxAge;
        this.clock = clock;
        this.onFailure = onFailure;
    }

    public synchronized T get() {
        Instant now = clock.instant();
        if (computedAt == null || !now.isBefore(computedAt.plus(maxAge))) {
            computedAt = now;
            try {
                value = compute.get();
            } catch (RuntimeException e) {
                onFailure.accept(e);
            }
        }
        return value;
    }
}
