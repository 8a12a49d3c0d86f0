package org.peacekeeping.pledges.notification;

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
import java.time.Instant;
import java.util.Date;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.peacekeeping.pledges.platform.cluster.JobClaims;
import org.peacekeeping.pledges.platform.cluster.JobSlots;

/**
 * The retry pass for notice mail: every {@code pledges.mail.retry.every} (default a minute) the mails that are due
 * ({@code mail_next_at} passed, not mailed, tries left) go out again. Once per cluster: the instance that claims the
 * slot ({@link JobClaims}) sends, the others skip it; a slot with nothing due claims nothing. Without a mail server
 * it does nothing. Digests and reminders are notices too, so they are retried alike.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailRetrySchedule {

    /** The job's name in {@code job_run}. */
    public static final String JOB = "notice-mail-retries";
    private static final Logger LOG = Logger.getLogger(MailRetrySchedule.class.getName());

    @Inject
    private NoticeMailer mailer;

    @Inject
    private NotificationService notifications;

    @Inject
    private JobClaims claims;

    @Resource
    private TimerService timers;

    private JobSlots slots;

    @PostConstruct
    void startTimer() {
        if (!mailer.enabled()) {
            return;
        }
        slots = new JobSlots(mailer.retries().every());
        Instant first = slots.nextRun(Instant.now());
        timers.createIntervalTimer(Date.from(first), slots.period().toMillis(), new TimerConfig(JOB, false));
        LOG.info(() -> "Notice mail retries every " + slots.period() + ", first at " + first);
    }

    @Timeout
    void slotDue() {
        Instant now = Instant.now();
        Instant slot = slots.slotOfRunAt(now);
        try {
            if (!notifications.anyMailDue(now) || !claims.claim(JOB, slot, now)) {
                return;
            }
            int mailed = mailer.retryDue(now);
            claims.finish(JOB, slot, "mailed " + mailed, Instant.now());
            if (mailed > 0) {
                LOG.info(() -> "Notice mail retries: " + mailed + " mailed");
            }
        } catch (RuntimeException e) {
            // The database may be away: the next slot catches up on what this one missed.
            LOG.log(Level.WARNING, "Notice mail retries for " + slot + " did not run", e);
        }
    }
}
