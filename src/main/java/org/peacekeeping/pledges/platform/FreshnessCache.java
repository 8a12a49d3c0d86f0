package org.peacekeeping.pledges.platform;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Figures computed from the database, served again while what they were computed from is unchanged (a
 * {@code freshness} value the caller reads from the database, compared with {@code equals}) and they are younger
 * than {@code maxAge}; one computation per key at a time, so that many readers arriving together cost one. The
 * freshness is read on every request, so instances of a cluster never serve figures older than their own last
 * look at the database allows.
 */
public final class FreshnessCache<K, V> {

    private record Computed<V>(Object freshness, long computedAt, V value) {
    }

    private final Map<K, Computed<V>> computed = new ConcurrentHashMap<>();
    private final Map<K, Object> locks = new ConcurrentHashMap<>();
    private final long maxAgeNanos;
    private final int maxKeys;
    private final LongSupplier clock;

    public FreshnessCache(Duration maxAge) {
        this(maxAge, Integer.MAX_VALUE);
    }

    /** At most {@code maxKeys} keys are kept: beyond that (many different filters) it starts afresh. */
    public FreshnessCache(Duration maxAge, int maxKeys) {
        this(maxAge, maxKeys, System::nanoTime);
    }

    FreshnessCache(Duration maxAge, int maxKeys, LongSupplier clock) {
        this.maxAgeNanos = maxAge.toNanos();
        this.maxKeys = maxKeys;
        this.clock = clock;
    }

    public V get(K key, Object freshness, Supplier<V> compute) {
        Computed<V> known = computed.get(key);
        if (current(known, freshness)) {
            return known.value();
        }
        synchronized (locks.computeIfAbsent(key, k -> new Object())) {
            known = computed.get(key);
            if (current(known, freshness)) {
                return known.value();
            }
            V value = compute.get();
            if (computed.size() >= maxKeys && !computed.containsKey(key)) {
                computed.clear();
                locks.clear();
            }
            computed.put(key, new Computed<>(freshness, clock.getAsLong(), value));
            return value;
        }
    }

    private boolean current(Computed<V> known, Object freshness) {
        return known != null && known.freshness().equals(freshness)
                && clock.getAsLong() - known.computedAt() < maxAgeNanos;
    }
}
