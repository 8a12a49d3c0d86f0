package org.peacekeeping.pledges.notification;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When a mail that did not go out is tried again, and when it is given up. */
class MailRetriesTest {

    private static final Instant CREATED = Instant.parse("2026-12-03T08:00:00Z");
    private final MailRetries retries = new MailRetries(Duration.ofMinutes(1), 10, Duration.ofMinutes(1));

    @Test
    void theFirstRetryComesOneDelayAfterTheFailureAndEachLaterOneTwiceAsLongAfter() {
        Instant now = CREATED.plusSeconds(5);
        assertAll(
                () -> assertEquals(Optional.of(now.plus(Duration.ofMinutes(1))), retries.next(1, CREATED, now)),
                () -> assertEquals(Optional.of(now.plus(Duration.ofMinutes(2))), retries.next(2, CREATED, now)),
                () -> assertEquals(Optional.of(now.plus(Duration.ofMinutes(4))), retries.next(3, CREATED, now)),
                () -> assertEquals(Optional.of(now.plus(Duration.ofMinutes(64))), retries.next(7, CREATED, now)));
    }

    @Test
    void noWaitIsLongerThanTwoHours() {
        assertEquals(Optional.of(CREATED.plus(Duration.ofHours(2))), retries.next(9, CREATED, CREATED));
    }

    @Test
    void afterTheLastTryThereIsNoNextOne() {
        assertEquals(Optional.empty(), retries.next(10, CREATED, CREATED.plusSeconds(60)));
    }

    @Test
    void aNoticeOlderThanADayIsNotMailedAnyMore() {
        assertAll(
                () -> assertEquals(Optional.empty(), retries.next(1, CREATED, CREATED.plus(Duration.ofHours(24)))),
                () -> assertTrue(retries.next(1, CREATED, CREATED.plus(Duration.ofHours(23))).isPresent()));
    }

    @Test
    void unsetValuesGiveTheDefaults() {
        assertEquals(MailRetries.defaults(), MailRetries.from(key -> Optional.empty()));
    }

    @Test
    void valuesAreReadFromTheConfiguration() {
        Map<String, String> values = Map.of(MailRetries.DELAY, "PT2S", MailRetries.TRIES, " 3 ",
                MailRetries.EVERY, "PT5S");
        assertEquals(new MailRetries(Duration.ofSeconds(2), 3, Duration.ofSeconds(5)),
                MailRetries.from(key -> Optional.ofNullable(values.get(key))));
    }

    @Test
    void aWrongValueStopsTheStartWithItsName() {
        assertAll(
                () -> assertTrue(assertThrows(IllegalArgumentException.class, () -> MailRetries.from(
                        key -> key.equals(MailRetries.DELAY) ? Optional.of("soon") : Optional.empty()))
                        .getMessage().contains(MailRetries.DELAY)),
                () -> assertTrue(assertThrows(IllegalArgumentException.class, () -> MailRetries.from(
                        key -> key.equals(MailRetries.TRIES) ? Optional.of("0") : Optional.empty()))
                        .getMessage().contains(MailRetries.TRIES)));
    }
}
