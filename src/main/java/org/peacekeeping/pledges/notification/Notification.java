package org.peacekeeping.pledges.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A notice in one account's inbox about one pledge, carrying the reviewer's comment where there was one. */
@Entity
@Table(name = "notification")
@NamedQuery(name = Notification.INBOX,
        query = "SELECT n FROM Notification n WHERE n.recipientId = :recipientId ORDER BY n.createdAt DESC, n.id DESC")
@NamedQuery(name = Notification.UNREAD,
        query = "SELECT n FROM Notification n WHERE n.recipientId = :recipientId AND n.readAt IS NULL "
                + "ORDER BY n.createdAt DESC, n.id DESC")
@NamedQuery(name = Notification.COUNT_UNREAD,
        query = "SELECT COUNT(n) FROM Notification n WHERE n.recipientId = :recipientId AND n.readAt IS NULL")
public class Notification {

    public static final String INBOX = "Notification.inbox";
    public static final String UNREAD = "Notification.unread";
    public static final String COUNT_UNREAD = "Notification.countUnread";

    @Id
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    private Long id;

    @Column(name = "recipient_id", nullable = false, updatable = false)
    private Long recipientId;

    @Column(name = "pledge_id", updatable = false)
    private Long pledgeId;

    @Column(name = "pledge_ref", updatable = false)
    private String pledgeReference;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private NotificationKind kind;

    @Column(name = "subject", nullable = false, updatable = false)
    private String subject;

    @Column(name = "body", nullable = false, updatable = false, length = 4000)
    private String body;

    @Column(name = "comment_text", updatable = false, length = 4000)
    private String comment;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "mailed_at")
    private Instant mailedAt;

    protected Notification() {
        // for JPA
    }

    public Notification(long recipientId, Long pledgeId, String pledgeReference, NotificationKind kind,
                        String subject, String body, String comment, Instant now) {
        this.recipientId = recipientId;
        this.pledgeId = pledgeId;
        this.pledgeReference = pledgeReference;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.body = Objects.requireNonNull(body, "body");
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.createdAt = now;
    }

    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public void markMailed(Instant now) {
        mailedAt = now;
    }

    public Long id() {
        return id;
    }

    public Long recipientId() {
        return recipientId;
    }

    public Long pledgeId() {
        return pledgeId;
    }

    public String pledgeReference() {
        return pledgeReference;
    }

    public NotificationKind kind() {
        return kind;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public String comment() {
        return comment;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant readAt() {
        return readAt;
    }

    public Instant mailedAt() {
        return mailedAt;
    }
}
