package org.peacekeeping.pledges.reference;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.peacekeeping.pledges.reference.PledgingWindow.Standing;

/** The pledging window's day boundary (SPEC §12): the closing day included, days of UTC. */
class PledgingWindowTest {

    private static final LocalDate OPENS = LocalDate.of(2024, 10, 1);
    private static final LocalDate CLOSES = LocalDate.of(2025, 4, 30);
    private static final PledgingWindow WINDOW = new PledgingWindow(OPENS, CLOSES);

    @Test
    void theClosingDayIsStillOpenAndTheNextDayIsClosed() {
        assertAll(
                () -> assertEquals(Standing.OPEN, WINDOW.on(CLOSES)),
                () -> assertTrue(WINDOW.takesSubmissionsOn(CLOSES)),
                () -> assertFalse(WINDOW.closedOn(CLOSES)),
                () -> assertEquals(Standing.CLOSED, WINDOW.on(CLOSES.plusDays(1))),
                () -> assertTrue(WINDOW.closedOn(CLOSES.plusDays(1))));
    }

    @Test
    void theDayIsTheUtcDay() {
        assertAll(
                () -> assertEquals(CLOSES, PledgingWindow.today(Instant.parse("2025-04-30T23:59:59Z"))),
                () -> assertEquals(CLOSES.plusDays(1), PledgingWindow.today(Instant.parse("2025-05-01T00:00:00Z"))),
                () -> assertTrue(WINDOW.takesSubmissionsOn(PledgingWindow.today(Instant.parse("2025-04-30T23:59:59Z")))),
                () -> assertTrue(WINDOW.closedOn(PledgingWindow.today(Instant.parse("2025-05-01T00:00:00Z")))));
    }

    @Test
    void beforeTheOpeningDayOnlyDraftsArePossible() {
        assertAll(
                () -> assertEquals(Standing.NOT_YET_OPEN, WINDOW.on(OPENS.minusDays(1))),
                () -> assertFalse(WINDOW.closedOn(OPENS.minusDays(1)), "drafts may be prepared"),
                () -> assertFalse(WINDOW.takesSubmissionsOn(OPENS.minusDays(1))),
                () -> assertEquals(Standing.OPEN, WINDOW.on(OPENS)));
    }

    @Test
    void openEndsAreOpen() {
        PledgingWindow none = new PledgingWindow(null, null);
        assertAll(
                () -> assertEquals(Standing.OPEN, none.on(LocalDate.of(1990, 1, 1))),
                () -> assertEquals(Standing.OPEN, none.on(LocalDate.of(2999, 1, 1))),
                () -> assertNull(none.daysLeft(CLOSES)),
                () -> assertEquals(Standing.OPEN, new PledgingWindow(null, CLOSES).on(LocalDate.of(1990, 1, 1))),
                () -> assertEquals(Standing.OPEN, new PledgingWindow(OPENS, null).on(LocalDate.of(2999, 1, 1))));
    }

    @Test
    void daysLeftCountsToTheClosingDay() {
        assertAll(
                () -> assertEquals(7L, WINDOW.daysLeft(CLOSES.minusDays(7))),
                () -> assertEquals(1L, WINDOW.daysLeft(CLOSES.minusDays(1))),
                () -> assertEquals(0L, WINDOW.daysLeft(CLOSES)),
                () -> assertEquals(-1L, WINDOW.daysLeft(CLOSES.plusDays(1))));
    }

    @Test
    void anExtensionNeedsALaterDate() {
        assertAll(
                () -> assertNull(WINDOW.extensionProblem(CLOSES.plusDays(1))),
                () -> assertEquals("error.window.newCloses.notLater", WINDOW.extensionProblem(CLOSES)),
                () -> assertEquals("error.window.newCloses.notLater", WINDOW.extensionProblem(CLOSES.minusDays(3))),
                () -> assertEquals("error.window.newCloses.required", WINDOW.extensionProblem(null)),
                () -> assertEquals("error.window.newCloses.noClosingDate",
                        new PledgingWindow(OPENS, null).extensionProblem(CLOSES)));
    }

    @Test
    void aWindowCannotCloseBeforeItOpens() {
        assertThrows(IllegalArgumentException.class, () -> new PledgingWindow(CLOSES, OPENS));
    }

    @Test
    void anEventIsExtendedOnlyToALaterDate() {
        PledgingEvent event = new PledgingEvent("BERLIN-2025", EventType.MINISTERIAL, null, "Berlin", "Berlin",
                "Berlin", LocalDate.of(2025, 5, 13), LocalDate.of(2025, 5, 14));
        event.schedule(LocalDate.of(2025, 5, 13), LocalDate.of(2025, 5, 14), OPENS, CLOSES);
        assertThrows(IllegalArgumentException.class, () -> event.extendWindow(CLOSES));
        event.extendWindow(LocalDate.of(2026, 12, 15));
        assertAll(
                () -> assertEquals(LocalDate.of(2026, 12, 15), event.pledgingCloses()),
                () -> assertEquals(OPENS, event.pledgingOpens()),
                () -> assertTrue(event.window().takesSubmissionsOn(LocalDate.of(2026, 12, 3))));
    }
}
