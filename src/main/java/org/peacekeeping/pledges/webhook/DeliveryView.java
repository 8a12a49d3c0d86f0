package org.peacekeeping.pledges.webhook;

import java.io.Serializable;
import java.time.Instant;

/**
 * One line of a webhook's delivery log.
 *
 * @param nextAttemptAt when it is tried (again), while {@code PENDING}; otherwise {@code null}
 * @param lastStatus    the HTTP status of the last answer, {@code null} when there was none (refused, timed out)
 * @param lastAnswer    the start of the last answer's body, or why there was none
 */
public record DeliveryView(long id, long webhookId, String eventId, String event, long pledgeId, String status,
                           int attempts, Instant createdAt, Instant nextAttemptAt, Instant lastAttemptAt,
                           Integer lastStatus, String lastAnswer, Instant deliveredAt) implements Serializable {

    static DeliveryView of(WebhookDelivery d) {
        return new DeliveryView(d.id(), d.webhook().id(), d.eventId(), d.event().code(), d.pledgeId(),
                d.status().name(), d.attempts(), d.createdAt(),
                d.status() == WebhookDelivery.Status.PENDING ? d.nextAttemptAt() : null, d.lastAttemptAt(),
                d.lastStatus(), d.lastAnswer(), d.deliveredAt());
    }

    public boolean resendable() {
        return !WebhookDelivery.Status.PENDING.name().equals(status);
    }
}
