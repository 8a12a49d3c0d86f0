package org.peacekeeping.pledges.pledge;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.peacekeeping.pledges.platform.cluster.JobClaims;
import org.peacekeeping.pledges.platform.cluster.JobSlots;

/**
 * The renewal schedule (SPEC §3): every hour, approved pledges whose renewal date has passed lapse (with history
 * and a notice), and the focal points of pledges due within {@value #REMINDER_DAYS} days are reminded once per due
 * date. Each pledge is handled in its own transaction; a pledge renewed meanwhile is simply skipped.
 *
 * <p>Every instance has the timer, but a slot (the hour) runs once per cluster: the instance that claims it in the
 * database ({@link JobClaims}) runs it, the others skip it. The period is {@code pledges.renewals.every} (an ISO-8601
 * duration, default {@code PT1H}); a slot's run starts seven minutes past the hour ({@link JobSlots}). Runs asked for
 * by an operator ({@link #run}) are not tied to a slot. Two runs at the same moment, on one instance or several,
 * still lapse and remind each pledge once: each step re-reads its pledge in its own transaction, and the pledge's
 * version refuses the second of two concurrent changes.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RenewalSchedule {

    public static final int REMINDER_DAYS = 30;
    /** The job's name in {@code job_run}. */
    public static final String JOB = "renewals";
    static final String PERIOD = "pledges.renewals.every";
    private static final Logger LOG = Logger.getLogger(RenewalSchedule.class.getName());

    /** What one run did. */
    public record Outcome(int lapsed, int reminded) {
    }

    @Inject
    private PledgeService pledges;

    @Inject
    private JobClaims claims;

    @Inject
    private Config config;

    @Resource
    private TimerService timers;

    private final ReentrantLock running = new ReentrantLock();
    private JobSlots slots;

    @PostConstruct
    void startTimer() {
        slots = new JobSlots(config.getOptionalValue(PERIOD, String.class).map(Duration::parse)
                .orElse(Duration.ofHours(1)));
        Instant first = slots.nextRun(Instant.now());
        timers.createIntervalTimer(Date.from(first), slots.period().toMillis(), new TimerConfig(JOB, false));
        LOG.info(() -> "Renewal schedule every " + slots.period() + ", first slot run at " + first);
    }

    @Timeout
    void slotDue() {
        Instant now = Instant.now();
        Instant slot = slots.slotOfRunAt(now);
        try {
            if (!claims.claim(JOB, slot, now)) {
                return;
            }
            Outcome outcome = run(now);
            claims.finish(JOB, slot, "lapsed " + outcome.lapsed() + ", reminded " + outcome.reminded(), Instant.now());
        } catch (RuntimeException e) {
            // The database may be away: the next slot catches up on what this one missed.
            LOG.log(Level.WARNING, "Renewal schedule for " + slot + " did not run", e);
        }
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
