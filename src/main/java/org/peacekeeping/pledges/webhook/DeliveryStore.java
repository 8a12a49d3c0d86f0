package org.peacekeeping.pledges.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The worker's side of the outbox; every call is its own short transaction, so a claim is seen by every instance as
 * soon as it is made. A delivery is claimed with a conditional update (pending, due, and no live lease): the database
 * lets one instance through and answers 0 rows to the others, on PostgreSQL and H2 alike. The claim lasts the lease;
 * the outcome is written only by the instance that still holds it.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class DeliveryStore {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private WebhookSettings settings;

    /** What a claimer needs to send: the target, the secret (opened) and the stored body. */
    public record Claimed(long id, String url, String secret, String payload, String eventId, String event,
                          int attempts, Instant giveUpAt) {

        @Override
        public String toString() {
            return "delivery " + id + " of " + event + " " + eventId; // never the secret
        }
    }

    /** Due deliveries of enabled webhooks, oldest due first. */
    public List<Long> due(Instant now, int limit) {
        return em.createNamedQuery(WebhookDelivery.DUE, Long.class)
                .setParameter("pending", WebhookDelivery.Status.PENDING).setParameter("now", now)
                .setMaxResults(limit).getResultList();
    }

    /** Claims the delivery for this instance until the lease ends; empty when another instance has it or it is done. */
    public Optional<Claimed> claim(long id, String instance, Instant now) {
        int rows = em.createQuery("UPDATE WebhookDelivery d SET d.claimedBy = :me, d.claimedUntil = :until "
                        + "WHERE d.id = :id AND d.status = :pending AND d.nextAttemptAt <= :now "
                        + "AND (d.claimedUntil IS NULL OR d.claimedUntil < :now)")
                .setParameter("me", instance).setParameter("until", now.plus(settings.lease()))
                .setParameter("id", id).setParameter("pending", WebhookDelivery.Status.PENDING)
                .setParameter("now", now).executeUpdate();
        if (rows != 1) {
            return Optional.empty();
        }
        WebhookDelivery d = em.find(WebhookDelivery.class, id);
        Webhook w = d.webhook();
        String secret;
        try {
            secret = settings.secrets().open(w.sealedSecret());
        } catch (IllegalStateException e) {
            secret = null; // the worker records why, and the row waits for its next try
        }
        return Optional.of(new Claimed(id, w.url(), secret, d.payload(),
                d.eventId(), d.event().code(), d.attempts(), d.giveUpAt()));
    }

    /**
     * Writes a try's outcome if this instance still holds the claim: delivered, or due again after the retry delay,
     * or given up when the next try would fall past the window. False when the lease was lost meanwhile.
     */
    public boolean record(Claimed claimed, String instance, WebhookSender.Attempt attempt, Instant now) {
        WebhookDelivery d = em.find(WebhookDelivery.class, claimed.id(), LockModeType.PESSIMISTIC_WRITE);
        if (d == null || !instance.equals(d.claimedBy())) {
            return false;
        }
        int tries = claimed.attempts() + 1;
        Optional<Instant> retry = attempt.delivered() ? Optional.empty()
                : settings.retries().nextAttempt(tries, now, d.giveUpAt());
        d.recordAttempt(attempt.delivered(), attempt.status(), WebhookSender.clip(attempt.answer()), retry, now);
        return true;
    }

}
