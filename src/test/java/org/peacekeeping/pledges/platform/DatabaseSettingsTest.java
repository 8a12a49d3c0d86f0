package org.peacekeeping.pledges.platform;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Where the database is, from configuration, with the embedded database when nothing is set. */
class DatabaseSettingsTest {

    private static final String POSTGRES = "jdbc:postgresql://db.example.org:5432/pledges";

    @Test
    void withNothingConfiguredTheEmbeddedDatabaseLivesUnderTheDataDirectory() {
        DatabaseSettings settings = DatabaseSettings.from(MapConfig.empty());
        Path file = Path.of(settings.url().substring("jdbc:h2:file:".length()));
        assertAll(
                () -> assertTrue(settings.url().startsWith("jdbc:h2:file:"), settings.url()),
                () -> assertTrue(file.isAbsolute(), settings.url()),
                () -> assertEquals(Path.of("data", "pledges").toAbsolutePath(), file));
    }

    @Test
    void theEmbeddedDatabaseLogsInAsSaWithoutAPassword() {
        DatabaseSettings settings = DatabaseSettings.from(MapConfig.empty());
        assertAll(
                () -> assertEquals("sa", settings.user()),
                () -> assertEquals("", settings.password()));
    }

    @Test
    void theEmbeddedDatabaseFollowsAConfiguredDataDirectory(@TempDir Path dataDir) {
        DatabaseSettings settings = DatabaseSettings.from(
                new MapConfig(Map.of(DatabaseSettings.DATA_DIR, dataDir.toString())));
        assertEquals("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("pledges"), settings.url());
    }

    @Test
    void aRelativeDataDirectoryIsMadeAbsoluteAndNormalized() {
        DatabaseSettings settings = DatabaseSettings.from(
                new MapConfig(Map.of(DatabaseSettings.DATA_DIR, "target/../var/data")));
        assertEquals("jdbc:h2:file:" + Path.of("var", "data", "pledges").toAbsolutePath(), settings.url());
    }

    @Test
    void aConfiguredUrlWins() {
        DatabaseSettings settings = DatabaseSettings.from(new MapConfig(Map.of(DatabaseSettings.URL, POSTGRES,
                DatabaseSettings.DATA_DIR, "/ignored")));
        assertEquals(POSTGRES, settings.url());
    }

    @Test
    void postgresqlLogsInAsPledgesUnlessConfigured() {
        assertEquals("pledges", DatabaseSettings.from(new MapConfig(Map.of(DatabaseSettings.URL, POSTGRES))).user());
    }

    @Test
    void aConfiguredUserAndPasswordAreUsed() {
        DatabaseSettings settings = DatabaseSettings.from(new MapConfig(Map.of(DatabaseSettings.URL, POSTGRES,
                DatabaseSettings.USER, "tracker", DatabaseSettings.PASSWORD, "s3cret")));
        assertAll(
                () -> assertEquals("tracker", settings.user()),
                () -> assertEquals("s3cret", settings.password()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:mysql://db:3306/pledges", "jdbc:oracle:thin:@db:1521/pledges",
        "postgresql://db/pledges", "h2:file:/data/pledges"})
    void anUnsupportedUrlIsRefusedWithTheSupportedForms(String url) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new DatabaseSettings(url, "u", "p"));
        assertAll(
                () -> assertTrue(refused.getMessage().contains(url), refused.getMessage()),
                () -> assertTrue(refused.getMessage().contains("jdbc:postgresql:"), refused.getMessage()),
                () -> assertTrue(refused.getMessage().contains("jdbc:h2:"), refused.getMessage()));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void anEmptyUrlIsRefused(String url) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new DatabaseSettings(url, "u", "p"));
        assertTrue(refused.getMessage().contains(DatabaseSettings.URL), refused.getMessage());
    }

    @Test
    void anH2UrlIsEmbedded() {
        assertTrue(new DatabaseSettings("jdbc:h2:file:/data/pledges", "sa", "").embedded());
    }

    @Test
    void aPostgresqlUrlIsNotEmbedded() {
        assertFalse(new DatabaseSettings(POSTGRES, "pledges", "").embedded());
    }

    @Test
    void describingAPostgresqlUrlLeavesOutItsParametersAndCredentials() {
        String described = new DatabaseSettings(POSTGRES + "?user=tracker&password=s3cret&ssl=true", "u", "p")
                .describe();
        assertEquals(POSTGRES, described);
    }

    @Test
    void describingAnH2UrlLeavesOutItsSettingsAndCredentials() {
        String described = new DatabaseSettings(
                "jdbc:h2:file:/var/lib/pledges/pledges;USER=sa;PASSWORD=s3cret;AUTO_SERVER=TRUE", "sa", "").describe();
        assertEquals("jdbc:h2:file:/var/lib/pledges/pledges", described);
    }

    @Test
    void describingAPlainUrlGivesItUnchanged() {
        assertEquals(POSTGRES, new DatabaseSettings(POSTGRES, "pledges", "s3cret").describe());
    }
}
