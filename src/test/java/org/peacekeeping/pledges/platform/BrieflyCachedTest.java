package org.peacekeeping.pledges.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The pledge-count gauges share one query per interval, and keep their last figures while the database is away. */
class BrieflyCachedTest {

    private Instant now = Instant.parse("2026-11-22T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final AtomicInteger queries = new AtomicInteger();
    private final List<RuntimeException> failures = new ArrayList<>();

    @Test
    void readsWithinTheIntervalShareOneComputation() {
        BrieflyCached<Integer> cached = new BrieflyCached<>(queries::incrementAndGet, 0, Duration.ofSeconds(15),
                clock, failures::add);
        assertEquals(1, cached.get());
        now = now.plusSeconds(14);
        assertEquals(1, cached.get());
        assertEquals(1, queries.get());
        now = now.plusSeconds(1);
        assertEquals(2, cached.get());
    }

    @Test
    void aFailureKeepsTheLastValueReportsItAndRetriesAfterTheInterval() {
        boolean[] down = {false};
        BrieflyCached<Integer> cached = new BrieflyCached<>(() -> {
            if (down[0]) {
                throw new IllegalStateException("database away");
            }
            return queries.incrementAndGet();
        }, 0, Duration.ofSeconds(15), clock, failures::add);
        assertEquals(1, cached.get());
        down[0] = true;
        now = now.plusSeconds(15);
        assertEquals(1, cached.get());
        assertEquals(1, failures.size());
        assertEquals(1, cached.get(), "no second attempt within the interval");
        assertEquals(1, failures.size());
        down[0] = false;
        now = now.plusSeconds(15);
        assertEquals(2, cached.get());
    }

    @Test
    void theInitialValueStandsUntilTheFirstSuccess() {
        BrieflyCached<Integer> cached = new BrieflyCached<>(() -> {
            throw new IllegalStateException("not migrated yet");
        }, -1, Duration.ofSeconds(15), clock, failures::add);
        assertEquals(-1, cached.get());
    }
}
