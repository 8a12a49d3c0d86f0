package org.peacekeeping.pledges.webhook;

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
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.peacekeeping.pledges.platform.cluster.InstanceName;

/**
 * Sends the outbox: every instance looks for due deliveries every {@code pledges.webhook.every} (default 10 s) and
 * sends those it claims ({@link DeliveryStore#claim}), one at a time, outside any transaction. Two instances never
 * send one delivery at the same moment: the claim is a lease of {@code pledges.webhook.lease}, longer than a send can
 * take. An instance that dies mid-send leaves its lease to run out, and another instance sends the delivery again:
 * so a receiver can get an event twice (it had answered, the sender died before writing so), and tells by the event
 * id ({@code id} in the body, also {@code X-Pledges-Event-Id}). Delivery is at least once; exactly once is the
 * receiver's de-duplication by event id (src/docs/machine-clients.md).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookDispatcher {

    static final String TIMER = "webhooks";
    private static final int BATCH = 50;
    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());

    @Inject
    private DeliveryStore store;

    @Inject
    private WebhookSender sender;

    @Inject
    private WebhookSettings settings;

    @Resource
    private TimerService timers;

    private final ReentrantLock running = new ReentrantLock();

    @PostConstruct
    void startTimer() {
        long every = settings.every().toMillis();
        timers.createIntervalTimer(every, every, new TimerConfig(TIMER, false));
        LOG.info(() -> "Webhook deliveries looked for every " + settings.every() + " (timeout " + settings.timeout()
                + ", lease " + settings.lease() + ", retries from " + settings.retries().base() + " for "
                + settings.retries().window() + (settings.secrets().sealing() ? ", secrets sealed" : "") + ")");
    }

    /** Whether the last run failed: an outage is logged when it starts and when it ends, not every run. */
    private volatile boolean failing;

    @Timeout
    void due() {
        try {
            sendDue();
            if (failing) {
                failing = false;
                LOG.info("Webhook deliveries resumed");
            }
        } catch (RuntimeException e) {
            // The database may be away: the next run picks up what this one left.
            if (!failing) {
                failing = true;
                LOG.log(Level.WARNING, "Webhook deliveries paused until the next run that works", e);
            } else {
                LOG.fine(() -> "Webhook deliveries still paused: " + e);
            }
        }
    }

    /** Sends what is due now and this instance claims; a run under way on this instance makes this one a no-op. */
    public int sendDue() {
        if (!running.tryLock()) {
            return 0;
        }
        try {
            int sent = 0;
            String me = InstanceName.get();
            for (long id : store.due(Instant.now(), BATCH)) {
                Optional<DeliveryStore.Claimed> claimed = store.claim(id, me, Instant.now());
                if (claimed.isEmpty()) {
                    continue;
                }
                DeliveryStore.Claimed c = claimed.get();
                WebhookSender.Attempt attempt = c.secret() == null
                        ? new WebhookSender.Attempt(false, null, "not sent: the secret cannot be opened "
                        + "(PLEDGES_WEBHOOK_KEY changed or missing)")
                        : sender.send(c.url(), c.secret(), c.payload(), c.eventId(), c.event());
                if (!store.record(c, me, attempt, Instant.now())) {
                    LOG.warning(() -> c + ": not recorded (its lease ran out before the answer, and another instance may send it again, or its webhook was deleted meanwhile)");
                } else if (!attempt.delivered()) {
                    LOG.fine(() -> c + " failed: " + attempt.status() + " " + attempt.answer());
                } else {
                    sent++;
                }
            }
            return sent;
        } finally {
            running.unlock();
        }
    }
}
