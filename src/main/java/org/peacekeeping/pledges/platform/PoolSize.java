package org.peacekeeping.pledges.platform;

/**
 * How many PostgreSQL (or H2) connections one instance's pool keeps open at least and opens at most
 * ({@code PLEDGES_DB_POOL_MIN}, {@code PLEDGES_DB_POOL_MAX}). Read and checked by {@link StartupConfiguration},
 * applied to Payara's pool by {@link PayaraPoolSize}.
 */
public record PoolSize(int min, int max) {

    public static final String MIN = "pledges.db.pool.min";
    public static final String MAX = "pledges.db.pool.max";
    /** The bounds of {@link DatabaseMigrations}' datasource definition, used when nothing is set. */
    public static final PoolSize DEFAULT = new PoolSize(2, 32);
    /** A sanity limit: far beyond what one instance can use, and what PostgreSQL allows by default. */
    static final int LARGEST = 1000;

    public PoolSize {
        if (min < 0 || max < 1 || min > max || max > LARGEST) {
            throw new IllegalArgumentException("Unusable pool size " + min + " to " + max);
        }
    }

    @Override
    public String toString() {
        return min + " to " + max + " connections";
    }
}
