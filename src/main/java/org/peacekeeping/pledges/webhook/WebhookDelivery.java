package org.peacekeeping.pledges.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One event for one webhook: the outbox row written with the change, and then the delivery log (status, tries, last
 * answer). The body is fixed when the event happens, so every try and every resend sends the same bytes and the same
 * event id. The claim columns are written by the worker's conditional updates ({@link DeliveryStore}) only.
 */
@Entity
@Table(name = "webhook_delivery")
@NamedQuery(name = WebhookDelivery.OF_WEBHOOK, query = "SELECT d FROM WebhookDelivery d "
        + "WHERE d.webhook.id = :webhook ORDER BY d.createdAt DESC, d.id DESC")
@NamedQuery(name = WebhookDelivery.DUE, query = "SELECT d.id FROM WebhookDelivery d WHERE d.status = :pending "
        + "AND d.nextAttemptAt <= :now AND (d.claimedUntil IS NULL OR d.claimedUntil < :now) "
        + "AND d.webhook.enabled = TRUE ORDER BY d.nextAttemptAt, d.id")
public class WebhookDelivery {

    static final String OF_WEBHOOK = "WebhookDelivery.ofWebhook";
    static final String DUE = "WebhookDelivery.due";
    public static final int ANSWER_LENGTH = 400;

    /** Where a delivery stands: waiting (first try or a retry), answered with 2xx, or given up after the window. */
    public enum Status { PENDING, DELIVERED, FAILED }

    @Id
    @SequenceGenerator(name = "webhook_delivery_seq", sequenceName = "webhook_delivery_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_delivery_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "webhook_id", nullable = false, updatable = false)
    private Webhook webhook;

    @Column(name = "event_id", nullable = false, updatable = false, length = 36)
    private String eventId;

    @Enumerated(EnumType.STRING)
    @Column(name = "event", nullable = false, updatable = false, length = 30)
    private WebhookEvent event;

    @Column(name = "pledge_id", nullable = false, updatable = false)
    private long pledgeId;

    @Column(name = "payload", nullable = false, updatable = false, length = 4000)
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private Status status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "give_up_at", nullable = false)
    private Instant giveUpAt;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    @Column(name = "last_status")
    private Integer lastStatus;

    @Column(name = "last_answer", length = ANSWER_LENGTH)
    private String lastAnswer;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "claimed_by", length = 200)
    private String claimedBy;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    protected WebhookDelivery() {
        // for JPA
    }

    WebhookDelivery(Webhook webhook, String eventId, WebhookEvent event, long pledgeId, String payload, Instant now,
                    Instant giveUpAt) {
        this.webhook = Objects.requireNonNull(webhook);
        this.eventId = Objects.requireNonNull(eventId);
        this.event = Objects.requireNonNull(event);
        this.pledgeId = pledgeId;
        this.payload = Objects.requireNonNull(payload);
        this.status = Status.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
        this.giveUpAt = giveUpAt;
    }

    /** Queued again by an administrator: tried at once, and retried for a new window. */
    void resend(Instant now, Instant newGiveUpAt) {
        status = Status.PENDING;
        nextAttemptAt = now;
        giveUpAt = newGiveUpAt;
        claimedBy = null;
        claimedUntil = null;
    }

    /**
     * Records a try: delivered, or due again at {@code retry}, or (no retry) given up. The claim ends either way.
     */
    void recordAttempt(boolean delivered, Integer status, String answer, java.util.Optional<Instant> retry,
                       Instant now) {
        attempts++;
        lastAttemptAt = now;
        lastStatus = status;
        lastAnswer = answer;
        claimedBy = null;
        claimedUntil = null;
        if (delivered) {
            this.status = Status.DELIVERED;
            deliveredAt = now;
        } else if (retry.isPresent()) {
            this.status = Status.PENDING;
            nextAttemptAt = retry.get();
        } else {
            this.status = Status.FAILED;
        }
    }

    String claimedBy() {
        return claimedBy;
    }

    public Long id() {
        return id;
    }

    public Webhook webhook() {
        return webhook;
    }

    public String eventId() {
        return eventId;
    }

    public WebhookEvent event() {
        return event;
    }

    public long pledgeId() {
        return pledgeId;
    }

    public String payload() {
        return payload;
    }

    public Status status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant giveUpAt() {
        return giveUpAt;
    }

    public Instant lastAttemptAt() {
        return lastAttemptAt;
    }

    public Integer lastStatus() {
        return lastStatus;
    }

    public String lastAnswer() {
        return lastAnswer;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }
}
