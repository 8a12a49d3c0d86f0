package org.peacekeeping.pledges.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Start-up refuses an incomplete configuration, naming every variable to fix at once. */
class StartupConfigurationTest {

    private static final String POSTGRES = "jdbc:postgresql://db:5432/pledges";

    @Test
    void theEmbeddedDemoNeedsNothing() {
        StartupConfiguration startup = StartupConfiguration.check(MapConfig.empty());
        assertTrue(startup.complete(), startup.problems()::toString);
        assertEquals(60, startup.databaseWaitSeconds());
        assertTrue(startup.exitOnFailure());
    }

    @Test
    void productionOnPostgresqlIsComplete() {
        StartupConfiguration startup = StartupConfiguration.check(new MapConfig(Map.of(
                "pledges.db.url", POSTGRES, "pledges.mode", "production",
                "pledges.db.startup-wait-seconds", "5", "pledges.startup.exit-on-failure", "false")));
        assertTrue(startup.complete(), startup.problems()::toString);
        assertEquals(5, startup.databaseWaitSeconds());
        assertFalse(startup.exitOnFailure());
    }

    @Test
    void productionWithoutPostgresqlIsRefused() {
        StartupConfiguration startup = StartupConfiguration.check(new MapConfig(Map.of("pledges.mode", "production")));
        assertEquals(List.of("Production mode runs on PostgreSQL: set PLEDGES_DB_URL to "
                + "jdbc:postgresql://host:5432/database, with PLEDGES_DB_USER and PLEDGES_DB_PASSWORD."),
                startup.problems());
    }

    @Test
    void everyProblemIsListedAtOnceWithItsVariable() {
        StartupConfiguration startup = StartupConfiguration.check(new MapConfig(Map.of(
                "pledges.db.url", POSTGRES, "pledges.mode", "prod",
                "pledges.db.startup-wait-seconds", "-1", "pledges.startup.exit-on-failure", "maybe")));
        assertEquals(List.of(
                "pledges.mode must be demo, production or auto, not 'prod' (PLEDGES_MODE).",
                "PLEDGES_DB_STARTUP_WAIT_SECONDS must be a number of seconds (0 or more), not '-1'.",
                "PLEDGES_STARTUP_EXIT_ON_FAILURE must be true or false, not 'maybe'."), startup.problems());
    }

    @Test
    void anUnsupportedDatabaseIsNamed() {
        StartupConfiguration startup = StartupConfiguration.check(new MapConfig(Map.of(
                "pledges.db.url", "jdbc:mysql://db/pledges")));
        assertEquals(1, startup.problems().size());
        assertTrue(startup.problems().get(0).startsWith("Unsupported database URL jdbc:mysql://db/pledges"),
                startup.problems()::toString);
        assertTrue(startup.problems().get(0).endsWith("(PLEDGES_DB_URL)."), startup.problems()::toString);
    }
}
