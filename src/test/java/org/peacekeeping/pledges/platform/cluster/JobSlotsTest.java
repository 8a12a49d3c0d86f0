package org.peacekeeping.pledges.platform.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** How instances of a cluster agree on a job's slots without talking to each other. */
class JobSlotsTest {

    private final JobSlots hourly = new JobSlots(Duration.ofHours(1));

    @Test
    void hourlySlotsAreTheHoursOfTheClock() {
        assertEquals(Instant.parse("2026-11-22T14:00:00Z"), hourly.slotOf(Instant.parse("2026-11-22T14:59:59.999Z")));
        assertEquals(Instant.parse("2026-11-22T15:00:00Z"), hourly.slotOf(Instant.parse("2026-11-22T15:00:00Z")));
    }

    @Test
    void anHourlyRunIsDueSevenMinutesPastTheHour() {
        assertEquals(Instant.parse("2026-11-22T14:07:00Z"), hourly.nextRun(Instant.parse("2026-11-22T14:03:00Z")));
        assertEquals(Instant.parse("2026-11-22T15:07:00Z"), hourly.nextRun(Instant.parse("2026-11-22T14:07:01Z")));
    }

    @Test
    void timersFiringLateOrEarlyOnDifferentInstancesNameTheSameSlot() {
        Instant slot = Instant.parse("2026-11-22T14:00:00Z");
        assertEquals(slot, hourly.slotOfRunAt(Instant.parse("2026-11-22T14:06:59.990Z")));
        assertEquals(slot, hourly.slotOfRunAt(Instant.parse("2026-11-22T14:07:00Z")));
        assertEquals(slot, hourly.slotOfRunAt(Instant.parse("2026-11-22T14:07:03.250Z")));
        assertEquals(slot, hourly.slotOfRunAt(Instant.parse("2026-11-22T14:36:00Z")));
    }

    @Test
    void shortPeriodsCountFromTheEpochToo() {
        JobSlots sixSeconds = new JobSlots(Duration.ofSeconds(6));
        assertEquals(Instant.parse("2026-11-22T23:06:42Z"), sixSeconds.slotOf(Instant.parse("2026-11-22T23:06:47Z")));
        assertEquals(Instant.parse("2026-11-22T23:06:42.700Z"),
                sixSeconds.nextRun(Instant.parse("2026-11-22T23:06:42.100Z")));
        assertEquals(Instant.parse("2026-11-22T23:06:42Z"),
                sixSeconds.slotOfRunAt(Instant.parse("2026-11-22T23:06:42.750Z")));
    }

    @Test
    void aPeriodUnderASecondIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new JobSlots(Duration.ofMillis(500)));
    }
}
