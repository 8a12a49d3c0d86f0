package org.peacekeeping.pledges.savedlist;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.peacekeeping.pledges.platform.cluster.JobClaims;

/**
 * The daily digest of followed saved lists (SPEC §12): every day at {@code PLEDGES_DIGEST_HOUR} o'clock UTC (0 to 23,
 * default {@value #DEFAULT_HOUR}), once per cluster: the instance that claims the day's slot in {@code job_run}
 * ({@link JobClaims}) runs it, the others skip it. Each account's digest is its own transaction
 * ({@link DigestService}) and goes out at most once per UTC day, so a run asked for by an operator ({@link #run},
 * {@code POST /api/admin/digests}) the same day sends only to those who had nothing yet. {@code PLEDGES_DIGEST_MATCHES}
 * (1 to 25, default {@value #DEFAULT_MATCHES}) is how many matches each list shows.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DigestSchedule {

    /** The job's name in {@code job_run}. */
    public static final String JOB = "saved-list-digest";
    public static final String HOUR = "pledges.digest.hour";
    public static final String MATCHES = "pledges.digest.matches";
    public static final int DEFAULT_HOUR = 6;
    public static final int DEFAULT_MATCHES = 10;
    private static final Logger LOG = Logger.getLogger(DigestSchedule.class.getName());

    /** What one run did: digests sent, accounts with nothing new, accounts that had theirs today already. */
    public record Outcome(int sent, int nothingNew, int alreadySent) {
    }

    @Inject
    private DigestService digests;

    @Inject
    private JobClaims claims;

    @Inject
    private Config config;

    @Resource
    private TimerService timers;

    private final ReentrantLock running = new ReentrantLock();
    private int hour;
    private int matches;

    @PostConstruct
    void startTimer() {
        hour = bounded(HOUR, DEFAULT_HOUR, 0, 23);
        matches = bounded(MATCHES, DEFAULT_MATCHES, 1, 25);
        timers.createCalendarTimer(new ScheduleExpression().timezone("UTC").hour(hour).minute(0).second(0),
                new TimerConfig(JOB, false));
        LOG.info(() -> "Saved-list digest every day at " + hour + ":00 UTC, " + matches + " matches per list");
    }

    /** A configured whole number in its bounds, or the default (startup reports a wrong one). */
    private int bounded(String key, int fallback, int least, int most) {
        try {
            int value = config.getOptionalValue(key, String.class).map(String::strip).filter(s -> !s.isEmpty())
                    .map(Integer::parseInt).orElse(fallback);
            return value < least || value > most ? fallback : value;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    @Timeout
    void slotDue() {
        Instant now = Instant.now();
        Instant slot = now.atOffset(ZoneOffset.UTC).toLocalDate().atTime(hour, 0).toInstant(ZoneOffset.UTC);
        try {
            if (!claims.claim(JOB, slot, now)) {
                return;
            }
            Outcome outcome = run(now);
            claims.finish(JOB, slot, "sent " + outcome.sent() + ", nothing new " + outcome.nothingNew(),
                    Instant.now());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Saved-list digest for " + slot + " did not run", e);
        }
    }

    /** Runs the digest of the UTC day of {@code now}; a run already under way on this instance makes this a no-op. */
    public Outcome run(Instant now) {
        if (!running.tryLock()) {
            return new Outcome(0, 0, 0);
        }
        try {
            LocalDate day = now.atOffset(ZoneOffset.UTC).toLocalDate();
            int sent = 0;
            int nothing = 0;
            int already = 0;
            for (long accountId : digests.followingAccounts()) {
                try {
                    switch (digests.digest(accountId, day, matches, now)) {
                        case SENT -> sent++;
                        case NOTHING_NEW -> nothing++;
                        case ALREADY_SENT -> already++;
                        case SKIPPED -> {
                            // a disabled or removed account
                        }
                    }
                } catch (RuntimeException e) {
                    // Another run sent this account's digest at the same moment (the day's key), or the database
                    // failed: nothing of it was kept, and the next run looks again.
                    LOG.log(Level.WARNING, "Digest of account " + accountId + " not sent: " + e, e);
                }
            }
            int sentCount = sent;
            if (sent > 0) {
                LOG.info(() -> "Saved-list digest: " + sentCount + " sent");
            }
            return new Outcome(sent, nothing, already);
        } finally {
            running.unlock();
        }
    }
}
