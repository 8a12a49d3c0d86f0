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
@NamedQuery(name = Notification.MAIL_DUE,
        query = "SELECT n FROM Notification n WHERE n.mailedAt IS NULL AND n.mailNextAt IS NOT NULL "
                + "AND n.mailNextAt <= :now ORDER BY n.mailNextAt, n.id")
@NamedQuery(name = Notification.COUNT_UNREAD,
        query = "SELECT COUNT(n) FROM Notification n WHERE n.recipientId = :recipientId AND n.readAt IS NULL")
public class Notification {

    public static final String INBOX = "Notification.inbox";
    public static final String UNREAD = "Notification.unread";
    public static final String COUNT_UNREAD = "Notification.countUnread";
    public static final String MAIL_DUE = "Notification.mailDue";

    /** The longest failure a notice keeps (the column's width). */
    static final int ERROR_LENGTH = 400;

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

    @Column(name = "mail_tries", nullable = false)
    private int mailTries;

    @Column(name = "mail_last_error", length = ERROR_LENGTH)
    private String mailLastError;

    @Column(name = "mail_next_at")
    private Instant mailNextAt;

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

    /** The mail went out: nothing more is due. */
    public void markMailed(Instant now) {
        mailedAt = now;
        mailNextAt = null;
    }

    /** A mail is to go out: sent after commit, and tried again from {@code fallbackAt} on if it has not gone by then. */
    public void mailDue(Instant fallbackAt) {
        if (mailedAt == null) {
            mailNextAt = fallbackAt;
        }
    }

    /**
     * A try to mail it failed: counted, the reason kept (one line, shortened to the column) and the next try due at
     * {@code nextAt}, or none ({@code null}: given up). A notice already mailed stays mailed.
     */
    public void mailFailed(String error, Instant nextAt) {
        if (mailedAt != null) {
            return;
        }
        mailTries++;
        String line = error == null ? "unknown failure" : error.replaceAll("\\s+", " ").strip();
        mailLastError = line.length() > ERROR_LENGTH ? line.substring(0, ERROR_LENGTH - 1) + "…" : line;
        mailNextAt = nextAt;
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

    public int mailTries() {
        return mailTries;
    }

    public String mailLastError() {
        return mailLastError;
    }

    /** When the mail is next tried; {@code null} once mailed, given up, or for a recipient without an address. */
    public Instant mailNextAt() {
        return mailNextAt;
    }
}
