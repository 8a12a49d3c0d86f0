package org.peacekeeping.pledges.reference;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * An event's pledging window (SPEC §12): the days on which pledges for it may be submitted, both ends included and
 * either end possibly open. Days are those of the application's zone, {@link #ZONE} (UTC, as every date the
 * application shows or stores): a window that closes on 30 April takes submissions until 30 April 23:59:59 UTC and
 * refuses them from 1 May 00:00 UTC.
 *
 * <ul>
 *   <li>after the closing day, new pledges for the event, moving a pledge to it, and submitting (or resubmitting a
 *       returned pledge) for it are refused;</li>
 *   <li>before the opening day drafts may be prepared, but not submitted;</li>
 *   <li>a pledge without an event (a standing pledge) has no window: always open.</li>
 * </ul>
 * Plain Java, so the day boundary is tested without a container.
 */
public record PledgingWindow(LocalDate opens, LocalDate closes) {

    /** The zone whose calendar days the window's dates are. */
    public static final ZoneId ZONE = ZoneOffset.UTC;

    /** Where a day stands against the window. */
    public enum Standing {
        /** Before the opening day: drafts only. */
        NOT_YET_OPEN,
        OPEN,
        /** After the closing day: nothing new. */
        CLOSED
    }

    public PledgingWindow {
        if (opens != null && closes != null && closes.isBefore(opens)) {
            throw new IllegalArgumentException("The pledging window cannot close before it opens");
        }
    }

    /** The day it is at this instant, in the application's zone. */
    public static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, ZONE);
    }

    public Standing on(LocalDate day) {
        if (closes != null && day.isAfter(closes)) {
            return Standing.CLOSED;
        }
        if (opens != null && day.isBefore(opens)) {
            return Standing.NOT_YET_OPEN;
        }
        return Standing.OPEN;
    }

    /** Whether the closing day has passed: no new pledge, no move to it, no submission. */
    public boolean closedOn(LocalDate day) {
        return on(day) == Standing.CLOSED;
    }

    /** Whether a pledge may be submitted on this day: the window is open. */
    public boolean takesSubmissionsOn(LocalDate day) {
        return on(day) == Standing.OPEN;
    }

    /**
     * Days from {@code day} to the closing day: 0 on the closing day itself, 1 the day before; negative once closed;
     * {@code null} for a window without a closing date.
     */
    public Long daysLeft(LocalDate day) {
        return closes == null ? null : ChronoUnit.DAYS.between(day, closes);
    }

    /**
     * Whether {@code newCloses} may replace the closing date in an extension: a date, and later than the current one
     * (a window without a closing date has nothing to extend) and not before the opening day.
     */
    public String extensionProblem(LocalDate newCloses) {
        if (newCloses == null) {
            return "error.window.newCloses.required";
        }
        if (closes == null) {
            return "error.window.newCloses.noClosingDate";
        }
        if (!newCloses.isAfter(closes)) {
            return "error.window.newCloses.notLater";
        }
        return null;
    }
}
