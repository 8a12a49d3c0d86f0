package org.peacekeeping.pledges.notification;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.Serializable;
import java.time.Instant;

/** One notice as its recipient sees it in the inbox (and as the API sends it); {@code readAt} null while unread. */
@JsonbPropertyOrder({"id", "kind", "pledgeId", "pledgeReference", "subject", "body", "comment", "createdAt", "readAt"})
public record NotificationView(long id, NotificationKind kind, Long pledgeId, String pledgeReference, String subject,
                               String body, String comment, Instant createdAt, Instant readAt) implements Serializable {

    public static NotificationView of(Notification notice) {
        return new NotificationView(notice.id(), notice.kind(), notice.pledgeId(), notice.pledgeReference(),
                notice.subject(), notice.body(), notice.comment(), notice.createdAt(), notice.readAt());
    }

    public boolean unread() {
        return readAt == null;
    }
}
