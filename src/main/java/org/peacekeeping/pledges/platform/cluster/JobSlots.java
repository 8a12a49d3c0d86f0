package org.peacekeeping.pledges.platform.cluster;

import java.time.Duration;
import java.time.Instant;

/**
 * The slots of a job that runs every {@code period}: whole periods counted from the epoch (hourly: 14:00 to 15:00
 * UTC), so every instance of a cluster names a slot alike. A slot's run is due 7/60 of the period after it starts
 * (hourly: seven minutes past the hour).
 */
public record JobSlots(Duration period) {

    public JobSlots {
        if (period == null || period.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("A job's period is at least a second, not " + period);
        }
    }

    /** The start of the slot holding this instant. */
    public Instant slotOf(Instant instant) {
        long millis = period.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(instant.toEpochMilli(), millis) * millis);
    }

    /** How long after its slot starts a run is due. */
    public Duration delay() {
        return period.multipliedBy(7).dividedBy(60);
    }

    /** When the next run is due, at {@code now} or after it. */
    public Instant nextRun(Instant now) {
        Instant due = slotOf(now).plus(delay());
        return due.isBefore(now) ? due.plus(period) : due;
    }

    /**
     * The slot of a run that a timer started at {@code firedAt}: the slot whose run was due last. Timers fire a
     * little late (or a hair early), never half a period off.
     */
    public Instant slotOfRunAt(Instant firedAt) {
        return slotOf(firedAt.minus(delay()).plus(period.dividedBy(2)));
    }
}
