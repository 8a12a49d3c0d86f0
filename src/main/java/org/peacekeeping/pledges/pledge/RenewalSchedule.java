package org.peacekeeping.pledges.pledge;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;

/**
 * The renewal schedule (SPEC §3): every hour, approved pledges whose renewal date has passed lapse (with history
 * and a notice), and the focal points of pledges due within {@value #REMINDER_DAYS} days are reminded once per due
 * date. Each pledge is handled in its own transaction; a pledge renewed meanwhile is simply skipped.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RenewalSchedule {

    public static final int REMINDER_DAYS = 30;
    private static final Logger LOG = Logger.getLogger(RenewalSchedule.class.getName());

    /** What one run did. */
    public record Outcome(int lapsed, int reminded) {
    }

    @Inject
    private PledgeService pledges;

    private final ReentrantLock running = new ReentrantLock();

    @Schedule(hour = "*", minute = "7", persistent = false)
    void hourly() {
        run(Instant.now());
    }

    /** Runs the schedule now; a run already under way on this instance makes this one a no-op. */
    public Outcome run(Instant now) {
        if (!running.tryLock()) {
            return new Outcome(0, 0);
        }
        try {
            var today = now.atOffset(ZoneOffset.UTC).toLocalDate();
            int lapsed = 0;
            for (long id : pledges.overdue(today)) {
                if (attempt(() -> pledges.lapse(id, now))) {
                    lapsed++;
                }
            }
            int reminded = 0;
            for (long id : pledges.dueForReminder(today, REMINDER_DAYS)) {
                if (attempt(() -> pledges.remind(id, now))) {
                    reminded++;
                }
            }
            int lapsedCount = lapsed;
            int remindedCount = reminded;
            if (lapsed + reminded > 0) {
                LOG.info(() -> "Renewal schedule: " + lapsedCount + " pledges lapsed, " + remindedCount + " reminded");
            }
            return new Outcome(lapsed, reminded);
        } finally {
            running.unlock();
        }
    }

    private static boolean attempt(java.util.function.BooleanSupplier step) {
        try {
            return step.getAsBoolean();
        } catch (RuntimeException e) {
            // Someone changed the pledge at the same moment (an optimistic lock): the next run looks again.
            LOG.fine(() -> "Renewal step skipped: " + e);
            return false;
        }
    }
}
