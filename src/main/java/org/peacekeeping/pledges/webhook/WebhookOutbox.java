package org.peacekeeping.pledges.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.peacekeeping.pledges.platform.ConflictException;
import org.peacekeeping.pledges.pledge.Pledge;
import org.peacekeeping.pledges.pledge.PledgeTransitioned;

/**
 * Writes the outbox: observed synchronously, so each event's rows (one per webhook that hears of it) are written in
 * the transaction of the change and exist exactly when the change does. The body is fixed here, with the pledge's
 * version after the change; nothing is sent from here ({@link WebhookDispatcher} sends).
 */
@ApplicationScoped
public class WebhookOutbox {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private WebhookSettings settings;

    void transitioned(@Observes PledgeTransitioned event) {
        Optional<WebhookEvent> kind = WebhookEvent.ofAction(event.action().name(),
                event.pledge().status().name());
        if (kind.isEmpty()) {
            return;
        }
        try {
            List<Webhook> listeners = em.createNamedQuery(Webhook.ENABLED, Webhook.class).getResultList().stream()
                    .filter(w -> w.hears(kind.get())).toList();
            if (listeners.isEmpty()) {
                return;
            }
            // The pledge's version is raised when its change is written: write it now, so the body carries it.
            em.flush();
            String eventId = UUID.randomUUID().toString();
            String body = body(eventId, kind.get(), event.pledge(), event.at());
            for (Webhook webhook : listeners) {
                em.persist(new WebhookDelivery(webhook, eventId, kind.get(), event.pledge().id(), body, event.at(),
                        event.at().plus(settings.retries().window())));
            }
        } catch (OptimisticLockException e) {
            throw conflict(event.pledge());
        } catch (PersistenceException e) {
            if (e.getCause() instanceof OptimisticLockException) {
                throw conflict(event.pledge());
            }
            throw e;
        }
    }

    private static ConflictException conflict(Pledge pledge) {
        return new ConflictException("Someone else changed pledge " + pledge.reference() + " at the same moment and "
                + "was first. Nothing of yours was saved; reload it to see its current state.", null, null);
    }

    static String body(String eventId, WebhookEvent kind, Pledge pledge, java.time.Instant at) {
        return Json.createObjectBuilder()
                .add("id", eventId)
                .add("event", kind.code())
                .add("occurredAt", at.toString())
                .add("pledge", Json.createObjectBuilder()
                        .add("id", pledge.id())
                        .add("reference", pledge.reference())
                        .add("memberState", pledge.memberState().iso3())
                        .add("status", pledge.status().name())
                        .add("version", pledge.version()))
                .build().toString();
    }
}
