package org.peacekeeping.pledges.notification;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What a notice records about its mail: due, failed (how often, why, when next), mailed. */
class NotificationMailStateTest {

    private static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");

    private static Notification notice() {
        return new Notification(1L, 2L, "PAK-2026-0001", NotificationKind.APPROVED, "S", "B", null, NOW);
    }

    @Test
    void aFailureCountsKeepsTheReasonOnOneLineAndSetsTheNextTry() {
        Notification notice = notice();
        notice.mailDue(NOW.plusSeconds(600));
        notice.mailFailed("jakarta.mail.MessagingException: Could not connect\n  nested: Connection refused",
                NOW.plusSeconds(60));
        assertAll(
                () -> assertEquals(1, notice.mailTries()),
                () -> assertEquals("jakarta.mail.MessagingException: Could not connect nested: Connection refused",
                        notice.mailLastError()),
                () -> assertEquals(NOW.plusSeconds(60), notice.mailNextAt()),
                () -> assertNull(notice.mailedAt()));
    }

    @Test
    void aVeryLongReasonIsShortenedToTheColumn() {
        Notification notice = notice();
        notice.mailFailed("x".repeat(1000), null);
        assertEquals(Notification.ERROR_LENGTH, notice.mailLastError().length());
    }

    @Test
    void onceMailedNothingIsDueAndALateFailureChangesNothing() {
        Notification notice = notice();
        notice.mailDue(NOW.plusSeconds(600));
        notice.markMailed(NOW.plusSeconds(1));
        notice.mailFailed("late", NOW.plusSeconds(60));
        assertAll(
                () -> assertNull(notice.mailNextAt()),
                () -> assertEquals(0, notice.mailTries()),
                () -> assertTrue(notice.mailedAt() != null));
    }
}
