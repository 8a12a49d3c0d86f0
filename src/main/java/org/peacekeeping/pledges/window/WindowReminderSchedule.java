package org.peacekeeping.pledges.window;

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
import java.util.Date;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.peacekeeping.pledges.platform.cluster.JobClaims;
import org.peacekeeping.pledges.platform.cluster.JobSlots;
import org.peacekeeping.pledges.reference.PledgingWindow;

/**
 * The window-closing reminders' schedule (SPEC §12): every hour by default ({@code pledges.window-reminders.every},
 * an ISO-8601 duration), the reminders due are sent, each in its own transaction ({@link WindowReminders#send}).
 * Every instance has the timer; a slot runs once per cluster, on the instance that claims it ({@link JobClaims}), as
 * the renewal schedule does. An operator's run ({@link #run}) is tied to no slot; it sends nothing already sent, since
 * each reminder is recorded under its key.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WindowReminderSchedule {

    /** The job's name in {@code job_run}. */
    public static final String JOB = "window-reminders";
    static final String PERIOD = "pledges.window-reminders.every";
    private static final Logger LOG = Logger.getLogger(WindowReminderSchedule.class.getName());

    /** What one run did. */
    public record Outcome(int reminded) {
    }

    @Inject
    private WindowReminders reminders;

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
        LOG.info(() -> "Window reminders every " + slots.period() + ", first slot run at " + first);
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
            claims.finish(JOB, slot, "reminded " + outcome.reminded(), Instant.now());
        } catch (RuntimeException e) {
            // The database may be away: the next slot sends what this one did not.
            LOG.log(Level.WARNING, "Window reminders for " + slot + " did not run", e);
        }
    }

    /** Sends the reminders due now; a run already under way on this instance makes this one a no-op. */
    public Outcome run(Instant now) {
        if (!running.tryLock()) {
            return new Outcome(0);
        }
        try {
            int reminded = 0;
            for (WindowReminders.Due due : reminders.due(PledgingWindow.today(now))) {
                try {
                    if (reminders.send(due, now)) {
                        reminded++;
                    }
                } catch (RuntimeException e) {
                    // Sent meanwhile by another instance (the record's key), or the database hiccuped: next run.
                    LOG.fine(() -> "Window reminder skipped: " + e);
                }
            }
            int count = reminded;
            if (count > 0) {
                LOG.info(() -> "Window reminders: " + count + " sent");
            }
            return new Outcome(reminded);
        } finally {
            running.unlock();
        }
    }
}
