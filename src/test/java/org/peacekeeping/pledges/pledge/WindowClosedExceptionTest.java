package org.peacekeeping.pledges.pledge;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.peacekeeping.pledges.reference.PledgingEvent;

/** What a refusal by the pledging window says, and when there is one (SPEC §12). */
class WindowClosedExceptionTest {

    private static final PledgingEvent BERLIN = Fixtures.event("BERLIN-2025", LocalDate.of(2024, 10, 1),
            LocalDate.of(2025, 4, 30));

    @Test
    void aClosedWindowRefusesNewPledgesNamingTheEventAndTheDate() {
        WindowClosedException refused = WindowClosedException.ifClosed(BERLIN, LocalDate.of(2025, 5, 1));
        assertNotNull(refused);
        assertAll(
                () -> assertEquals("Pledging for BERLIN-2025 (BERLIN-2025) closed on 30 April 2025",
                        refused.getMessage()),
                () -> assertEquals("event", refused.errors().get(0).field()),
                () -> assertEquals(refused.getMessage(), refused.errors().get(0).message()),
                () -> assertTrue(refused.closed()),
                () -> assertEquals(LocalDate.of(2025, 4, 30), refused.date()));
    }

    @Test
    void theClosingDayStillTakesPledgesAndStandingPledgesAlways() {
        assertAll(
                () -> assertNull(WindowClosedException.ifClosed(BERLIN, LocalDate.of(2025, 4, 30))),
                () -> assertNull(WindowClosedException.ifNotTakingSubmissions(BERLIN, LocalDate.of(2025, 4, 30))),
                () -> assertNull(WindowClosedException.ifClosed(null, LocalDate.of(2099, 1, 1))),
                () -> assertNull(WindowClosedException.ifNotTakingSubmissions(null, LocalDate.of(2099, 1, 1))));
    }

    @Test
    void beforeTheWindowOpensDraftsAreTakenButNotSubmissions() {
        LocalDate early = LocalDate.of(2024, 9, 30);
        WindowClosedException refused = WindowClosedException.ifNotTakingSubmissions(BERLIN, early);
        assertNotNull(refused);
        assertAll(
                () -> assertNull(WindowClosedException.ifClosed(BERLIN, early)),
                () -> assertEquals(false, refused.closed()),
                () -> assertTrue(refused.getMessage().contains("opens on 1 October 2024"), refused.getMessage()));
    }

    @Test
    void aSubmissionAfterTheClosingDayIsRefused() {
        WindowClosedException refused = WindowClosedException.ifNotTakingSubmissions(BERLIN, LocalDate.of(2026, 12, 3));
        assertNotNull(refused);
        assertTrue(refused.getMessage().endsWith("closed on 30 April 2025"), refused.getMessage());
    }
}
