package org.peacekeeping.pledges.publication.web;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} requests per client in each window of {@code windowSeconds} (a fixed window per client,
 * kept in memory by each instance: behind a load balancer of n instances a client gets at most n times the limit).
 * Plain Java with the clock passed in, tested without a container. Windows that ended are dropped when the map grows,
 * so that many clients cannot make it grow without bound.
 */
public final class RateLimiter {

    /** Beyond this many clients tracked, the windows that ended are dropped. */
    static final int PRUNE_ABOVE = 10_000;

    private record Window(long start, int count) {
    }

    private final int limit;
    private final long windowMillis;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public RateLimiter(int limit, int windowSeconds) {
        if (limit < 1 || windowSeconds < 1) {
            throw new IllegalArgumentException("A rate limit needs at least one request in at least one second");
        }
        this.limit = limit;
        this.windowMillis = windowSeconds * 1000L;
    }

    /**
     * Counts a request of {@code client} at {@code nowMillis}.
     *
     * @return 0 when it is allowed, else the whole seconds until the client may try again (at least 1)
     */
    public long admit(String client, long nowMillis) {
        if (windows.size() > PRUNE_ABOVE) {
            prune(nowMillis);
        }
        Window window = windows.compute(client, (key, current) -> current == null
                || nowMillis - current.start() >= windowMillis ? new Window(nowMillis, 1)
                : new Window(current.start(), current.count() + 1));
        if (window.count() <= limit) {
            return 0;
        }
        long left = window.start() + windowMillis - nowMillis;
        return Math.max(1, (left + 999) / 1000);
    }

    public int limit() {
        return limit;
    }

    int tracked() {
        return windows.size();
    }

    private void prune(long nowMillis) {
        for (Iterator<Window> it = windows.values().iterator(); it.hasNext(); ) {
            if (nowMillis - it.next().start() >= windowMillis) {
                it.remove();
            }
        }
    }
}
