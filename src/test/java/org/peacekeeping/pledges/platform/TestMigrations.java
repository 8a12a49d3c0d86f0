package org.peacekeeping.pledges.platform;

import org.flywaydb.core.Flyway;

/**
 * Migrates a test's own database as the application does at start (the same locations and placeholders, see
 * {@link DatabaseMigrations}), from the migrations the build copied to the class path.
 */
public final class TestMigrations {

    private TestMigrations() {
    }

    public static void migrate(String url, String user, String password) {
        migrate(url, user, password, "latest");
    }

    /** Migrates up to {@code version} ("latest": all), to stage a database as an earlier version left it. */
    public static void migrate(String url, String user, String password, String version) {
        DatabaseSettings database = new DatabaseSettings(url, user, password);
        Flyway.configure().dataSource(url, user, password).target(version)
                .locations(DatabaseMigrations.locations(database).toArray(String[]::new))
                .placeholders(DatabaseMigrations.placeholders(database))
                .validateMigrationNaming(true)
                .load().migrate();
    }
}
