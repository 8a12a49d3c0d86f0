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
                "pledges.db.url", POSTGRES, "pledges.mode", "production", "pledges.clamd.address", "clamd:3310",
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

    @Test
    void thePoolHoldsTwoToThirtyTwoConnectionsUnlessToldOtherwise() {
        assertEquals(new PoolSize(2, 32), StartupConfiguration.check(MapConfig.empty()).poolSize());
        StartupConfiguration set = StartupConfiguration.check(new MapConfig(Map.of(
                "pledges.db.url", POSTGRES, "pledges.db.pool.min", " 1 ", "pledges.db.pool.max", "3",
                "pledges.clamd.address", "clamd:3310")));
        assertTrue(set.complete(), set.problems()::toString);
        assertEquals(new PoolSize(1, 3), set.poolSize());
        assertEquals(new PoolSize(2, 64), StartupConfiguration.check(new MapConfig(Map.of(
                "pledges.db.pool.max", "64"))).poolSize());
    }

    @Test
    void poolSizesThatAreNotWholeNumbersInRangeAreRefusedByName() {
        StartupConfiguration startup = StartupConfiguration.check(new MapConfig(Map.of(
                "pledges.db.pool.min", "two", "pledges.db.pool.max", "0")));
        assertEquals(List.of(
                "PLEDGES_DB_POOL_MIN must be a whole number of connections from 0 to 1000, not 'two'.",
                "PLEDGES_DB_POOL_MAX must be a whole number of connections from 1 to 1000, not '0'."),
                startup.problems());
        assertEquals(List.of("PLEDGES_DB_POOL_MAX must be a whole number of connections from 1 to 1000, not "
                + "'32.5'."), StartupConfiguration.check(new MapConfig(Map.of("pledges.db.pool.max", "32.5")))
                .problems());
    }

    @Test
    void aLeastAboveTheMostIsRefusedWithBothValues() {
        assertEquals(List.of("PLEDGES_DB_POOL_MIN (8) must not be more than PLEDGES_DB_POOL_MAX (4)."),
                StartupConfiguration.check(new MapConfig(Map.of("pledges.db.pool.min", "8",
                        "pledges.db.pool.max", "4"))).problems());
        assertEquals(List.of("PLEDGES_DB_POOL_MIN (40) must not be more than PLEDGES_DB_POOL_MAX (32), which is 32 "
                + "when not set."), StartupConfiguration.check(new MapConfig(Map.of("pledges.db.pool.min", "40")))
                .problems());
    }

    @Test
    void aBaseUrlThatIsNotAnAbsoluteWebAddressIsRefused() {
        for (String wrong : List.of("pledges.example.org", "ftp://pledges.example.org/", "https://",
                "https://pledges.example.org/?x=1", "https://user:secret@pledges.example.org/", "http://a b/")) {
            StartupConfiguration startup = StartupConfiguration.check(new MapConfig(Map.of(
                    "pledges.db.url", POSTGRES, "pledges.base-url", wrong, "pledges.clamd.address", "clamd:3310")));
            assertEquals(List.of("PLEDGES_BASE_URL must be the absolute http or https address users open the "
                    + "application at, such as https://pledges.example.org/ (no query, fragment or password), not '"
                    + wrong + "'."), startup.problems(), wrong);
        }
    }

    @Test
    void productionWithoutABaseUrlStartsWithAWarning() {
        StartupConfiguration without = StartupConfiguration.check(new MapConfig(Map.of(
                "pledges.db.url", POSTGRES, "pledges.mode", "production", "pledges.clamd.address", "clamd:3310",
                "pledges.webhook.key", KEY)));
        assertTrue(without.complete(), without.problems()::toString);
        assertEquals(List.of("PLEDGES_BASE_URL is not set: notice mails carry no links to the pledge or the inbox. "
                + "Set it to the address users open the application at, such as https://pledges.example.org/."),
                without.warnings());
        StartupConfiguration with = StartupConfiguration.check(new MapConfig(Map.of(
                "pledges.db.url", POSTGRES, "pledges.mode", "production", "pledges.clamd.address", "clamd:3310",
                "pledges.base-url", "https://pledges.example.org", "pledges.webhook.key", KEY)));
        assertEquals(List.of(), with.warnings());
        assertEquals(List.of(), StartupConfiguration.check(MapConfig.empty()).warnings(), "the demo needs none");
    }

    @Test
    void productionNeedsAVirusScannerUnlessScanningIsSwitchedOff() {
        StartupConfiguration without = StartupConfiguration.check(new MapConfig(Map.of(
                "pledges.db.url", POSTGRES, "pledges.mode", "production", "pledges.base-url", "https://p.example")));
        assertEquals(List.of("Production scans every uploaded document with ClamAV: set PLEDGES_CLAMD_ADDRESS to "
                + "clamd's host:port (its TCPSocket, such as 127.0.0.1:3310), or set PLEDGES_DOCUMENT_SCANNING=off "
                + "to store documents unscanned (OPERATIONS.md, Virus scanning of documents)."), without.problems());
        StartupConfiguration off = StartupConfiguration.check(new MapConfig(Map.of(
                "pledges.db.url", POSTGRES, "pledges.mode", "production", "pledges.base-url", "https://p.example",
                "pledges.document.scanning", "OFF", "pledges.webhook.key", KEY)));
        assertTrue(off.complete(), off.problems()::toString);
        assertEquals(1, off.warnings().size(), off.warnings()::toString);
        StartupConfiguration wrong = StartupConfiguration.check(new MapConfig(Map.of(
                "pledges.clamd.address", "clamd", "pledges.document.scanning", "maybe")));
        assertEquals(List.of("PLEDGES_DOCUMENT_SCANNING must be on or off, not 'maybe'.",
                "PLEDGES_CLAMD_ADDRESS must be clamd's host:port, such as 127.0.0.1:3310, not 'clamd'."),
                wrong.problems());
        assertTrue(StartupConfiguration.check(MapConfig.empty()).complete(), "the demo runs without a scanner");
    }

    private static final String KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

    @Test
    void aWebhookKeyThatIsNoAesKeyIsRefusedWithoutRepeatingIt() {
        for (String wrong : List.of("not base64!", "c2hvcnQ=")) {
            StartupConfiguration startup = StartupConfiguration.check(new MapConfig(Map.of(
                    "pledges.webhook.key", wrong)));
            assertEquals(1, startup.problems().size(), wrong);
            assertTrue(startup.problems().get(0).startsWith("PLEDGES_WEBHOOK_KEY must be base64 of 16, 24 or 32 "
                    + "bytes"), startup.problems()::toString);
            assertFalse(startup.problems().get(0).contains(wrong), "a key, even a wrong one, is never echoed");
        }
        assertTrue(startup("pledges.webhook.key", KEY).complete(), "32 bytes");
        assertTrue(startup("pledges.webhook.key", "MDEyMzQ1Njc4OWFiY2RlZg==").complete(), "16 bytes");
    }

    @Test
    void productionWithoutAWebhookKeyStartsWithAWarning() {
        StartupConfiguration without = StartupConfiguration.check(new MapConfig(Map.of(
                "pledges.db.url", POSTGRES, "pledges.mode", "production", "pledges.clamd.address", "clamd:3310",
                "pledges.base-url", "https://pledges.example.org")));
        assertTrue(without.complete(), without.problems()::toString);
        assertEquals(List.of("PLEDGES_WEBHOOK_KEY is not set: webhook secrets are stored unsealed, so a database dump "
                + "reveals them. Set it to base64 of 32 random bytes (openssl rand -base64 32)."), without.warnings());
    }

    @Test
    void webhookTimingsAndThePrivateSwitchAreCheckedByName() {
        StartupConfiguration startup = StartupConfiguration.check(new MapConfig(Map.of(
                "pledges.webhook.timeout", "10s", "pledges.webhook.retry-for", "PT0S",
                "pledges.webhook.allow-private", "maybe")));
        assertEquals(List.of(
                "PLEDGES_WEBHOOK_TIMEOUT must be a positive ISO-8601 duration, such as PT10S or PT24H, not '10s'.",
                "PLEDGES_WEBHOOK_RETRY_FOR must be a positive ISO-8601 duration, such as PT10S or PT24H, not 'PT0S'.",
                "PLEDGES_WEBHOOK_ALLOW_PRIVATE must be true or false (or yes/no, on/off, 1/0), not 'maybe'."),
                startup.problems());
        assertTrue(StartupConfiguration.check(new MapConfig(Map.of("pledges.webhook.every", "PT5S",
                "pledges.webhook.retry-cap", "PT2H", "pledges.webhook.allow-private", "true"))).complete());
    }

    private static StartupConfiguration startup(String key, String value) {
        return StartupConfiguration.check(new MapConfig(Map.of(key, value)));
    }

    @Test
    void theSchedulesPeriodsAndMailRetryTimingsAreCheckedWhenSet() {
        assertTrue(StartupConfiguration.check(new MapConfig(Map.of("pledges.renewals.every", "PT6S",
                "pledges.window-reminders.every", "PT1H", "pledges.mail.retry.delay", "PT1M",
                "pledges.mail.retry.every", "PT2S"))).complete());
        assertEquals(List.of(
                "PLEDGES_RENEWALS_EVERY must be a positive ISO-8601 duration, such as PT10S or PT24H, not '1h'.",
                "PLEDGES_WINDOW_REMINDERS_EVERY must be a positive ISO-8601 duration, such as PT10S or PT24H, "
                        + "not '-PT1H'.",
                "PLEDGES_MAIL_RETRY_DELAY must be a positive ISO-8601 duration, such as PT10S or PT24H, not 'soon'.",
                "PLEDGES_MAIL_RETRY_EVERY must be a positive ISO-8601 duration, such as PT10S or PT24H, not 'PT0S'."),
                StartupConfiguration.check(new MapConfig(Map.of("pledges.renewals.every", "1h",
                        "pledges.window-reminders.every", "-PT1H", "pledges.mail.retry.delay", "soon",
                        "pledges.mail.retry.every", "PT0S"))).problems());
    }

    @Test
    void theDigestHourMatchesAndLinkKeyAreCheckedWhenSet() {
        assertTrue(StartupConfiguration.check(new MapConfig(Map.of("pledges.digest.hour", "23",
                "pledges.digest.matches", "25", "pledges.link.key", "k".repeat(32)))).complete());
        assertEquals(List.of(
                "PLEDGES_LINK_KEY must be at least 32 characters of random secret (such as the output of "
                        + "'openssl rand -base64 32'), not 6.",
                "PLEDGES_DIGEST_HOUR must be an hour of the day, UTC from 0 to 23, not '24'.",
                "PLEDGES_DIGEST_MATCHES must be a number of matches from 1 to 25, not 'ten'."),
                StartupConfiguration.check(new MapConfig(Map.of("pledges.digest.hour", "24",
                        "pledges.digest.matches", "ten", "pledges.link.key", "secret"))).problems());
    }
}
