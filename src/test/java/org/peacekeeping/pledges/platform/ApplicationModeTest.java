package org.peacekeeping.pledges.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Demo or production: chosen by configuration, or by the database when left to "auto". */
class ApplicationModeTest {

    private static final DatabaseSettings EMBEDDED = new DatabaseSettings("jdbc:h2:file:/data/pledges", "sa", "");
    private static final DatabaseSettings POSTGRES =
            new DatabaseSettings("jdbc:postgresql://db:5432/pledges", "pledges", "secret");

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"auto", "AUTO", "Auto", "  "})
    void automaticModeIsDemoOnTheEmbeddedDatabase(String configured) {
        assertEquals(ApplicationMode.DEMO, ApplicationMode.resolve(configured, EMBEDDED));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"auto", "AUTO"})
    void automaticModeIsProductionOnPostgresql(String configured) {
        assertEquals(ApplicationMode.PRODUCTION, ApplicationMode.resolve(configured, POSTGRES));
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "DEMO", " Demo "})
    void demoModeCanBeChosenOnPostgresql(String configured) {
        assertEquals(ApplicationMode.DEMO, ApplicationMode.resolve(configured, POSTGRES));
    }

    @ParameterizedTest
    @ValueSource(strings = {"production", "PRODUCTION", "Production\n"})
    void productionModeCanBeChosenOnTheEmbeddedDatabase(String configured) {
        assertEquals(ApplicationMode.PRODUCTION, ApplicationMode.resolve(configured, EMBEDDED));
    }

    @Test
    void anUnknownModeIsRefusedWithTheChoicesAndTheValueGiven() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ApplicationMode.resolve("prod", POSTGRES));
        assertEquals("pledges.mode must be demo, production or auto, not 'prod'", refused.getMessage());
    }
}
