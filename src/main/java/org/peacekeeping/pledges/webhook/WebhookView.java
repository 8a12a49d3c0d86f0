package org.peacekeeping.pledges.webhook;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A webhook as administrators see it: never its secret. {@code events} are the wire names. */
public record WebhookView(long id, String name, String url, List<String> events, boolean enabled, Instant createdAt,
                          String createdBy, Instant updatedAt, String updatedBy, long version)
        implements Serializable {

    static WebhookView of(Webhook w) {
        return new WebhookView(w.id(), w.name(), w.url(), w.events().stream().map(WebhookEvent::code).toList(),
                w.enabled(), w.createdAt(), w.createdBy(), w.updatedAt(), w.updatedBy(), w.version());
    }
}
