package org.peacekeeping.pledges.publication.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    @Test
    void aClientGetsTheLimitInAWindowThenWaitsForItsEnd() {
        RateLimiter limiter = new RateLimiter(3, 60);
        for (int i = 0; i < 3; i++) {
            assertEquals(0, limiter.admit("10.0.0.1", 1_000 + i));
        }
        assertEquals(60, limiter.admit("10.0.0.1", 1_010), "the window began at 1 s: 60 s to wait, rounded up");
        assertEquals(1, limiter.admit("10.0.0.1", 60_500));
        assertEquals(0, limiter.admit("10.0.0.1", 61_000), "a new window");
    }

    @Test
    void eachClientHasItsOwnWindow() {
        RateLimiter limiter = new RateLimiter(1, 60);
        assertEquals(0, limiter.admit("a", 0));
        assertTrue(limiter.admit("a", 1) > 0);
        assertEquals(0, limiter.admit("b", 1));
    }

    @Test
    void endedWindowsAreDroppedWhenManyClientsCame() {
        RateLimiter limiter = new RateLimiter(1, 1);
        for (int i = 0; i <= RateLimiter.PRUNE_ABOVE; i++) {
            limiter.admit("client " + i, 0);
        }
        limiter.admit("late", 5_000);
        assertEquals(1, limiter.tracked());
    }
}
