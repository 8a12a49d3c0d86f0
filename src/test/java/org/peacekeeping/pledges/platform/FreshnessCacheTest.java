package org.peacekeeping.pledges.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class FreshnessCacheTest {

    private final AtomicLong now = new AtomicLong();
    private final AtomicInteger computations = new AtomicInteger();
    private final FreshnessCache<String, Integer> cache = new FreshnessCache<>(Duration.ofSeconds(10), 3,
            now::get);

    private Integer compute() {
        return computations.incrementAndGet();
    }

    @Test
    void theSameFreshnessWithinTheAgeServesTheFiguresAgain() {
        assertEquals(1, cache.get("all", "v1", this::compute));
        now.addAndGet(Duration.ofSeconds(9).toNanos());
        assertEquals(1, cache.get("all", "v1", this::compute));
        assertEquals(1, computations.get());
    }

    @Test
    void aChangeInTheDatabaseOrTheAgeComputesThemAgain() {
        assertEquals(1, cache.get("all", "v1", this::compute));
        assertEquals(2, cache.get("all", "v2", this::compute), "something changed");
        now.addAndGet(Duration.ofSeconds(10).toNanos());
        assertEquals(3, cache.get("all", "v2", this::compute), "too old");
    }

    @Test
    void eachKeyHasItsOwnFigures() {
        assertEquals(1, cache.get("BERLIN-2025", "v1", this::compute));
        assertEquals(2, cache.get("all", "v1", this::compute));
        assertEquals(1, cache.get("BERLIN-2025", "v1", this::compute));
    }

    @Test
    void beyondItsKeysItStartsAfresh() {
        for (String key : new String[] {"a", "b", "c"}) {
            cache.get(key, "v1", this::compute);
        }
        assertEquals(1, cache.get("a", "v1", this::compute), "three keys are kept");
        assertEquals(4, cache.get("d", "v1", this::compute));
        assertEquals(5, cache.get("a", "v1", this::compute), "the fourth key started afresh");
    }
}
