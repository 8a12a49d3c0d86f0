package org.peacekeeping.pledges.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** A registered webhook: where to POST which events, and the (stored sealed) secret that signs them. */
@Entity
@Table(name = "webhook")
@NamedQuery(name = Webhook.ALL, query = "SELECT w FROM Webhook w ORDER BY w.createdAt DESC, w.id DESC")
@NamedQuery(name = Webhook.ENABLED, query = "SELECT w FROM Webhook w WHERE w.enabled = TRUE ORDER BY w.id")
public class Webhook {

    static final String ALL = "Webhook.all";
    static final String ENABLED = "Webhook.enabled";
    public static final int NAME_LENGTH = 80;

    @Id
    @SequenceGenerator(name = "webhook_seq", sequenceName = "webhook_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_seq")
    private Long id;

    @Column(name = "name", nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "url", nullable = false, length = WebhookTarget.MAX_LENGTH)
    private String url;

    @Column(name = "secret", nullable = false, length = 600)
    private String secret;

    @Column(name = "events", nullable = false, length = 400)
    private String events;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 60)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 60)
    private String updatedBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Webhook() {
        // for JPA
    }

    Webhook(String name, String url, String sealedSecret, Set<WebhookEvent> events, boolean enabled, String by,
            Instant now) {
        this.createdAt = Objects.requireNonNull(now);
        this.createdBy = Objects.requireNonNull(by);
        change(name, url, events, enabled, by, now);
        this.secret = Objects.requireNonNull(sealedSecret);
    }

    void change(String name, String url, Set<WebhookEvent> events, boolean enabled, String by, Instant now) {
        if (events == null || events.isEmpty()) {
            throw new IllegalArgumentException("A webhook hears of at least one event");
        }
        this.name = Objects.requireNonNull(name);
        this.url = Objects.requireNonNull(url);
        this.events = events.stream().sorted().map(WebhookEvent::code).collect(Collectors.joining(","));
        this.enabled = enabled;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    void replaceSecret(String sealedSecret) {
        this.secret = Objects.requireNonNull(sealedSecret);
    }

    public boolean hears(WebhookEvent event) {
        return enabled && events().contains(event);
    }

    public Set<WebhookEvent> events() {
        Set<WebhookEvent> set = EnumSet.noneOf(WebhookEvent.class);
        Arrays.stream(events.split(",")).map(WebhookEvent::ofCode).flatMap(java.util.Optional::stream)
                .forEach(set::add);
        return set;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String url() {
        return url;
    }

    String sealedSecret() {
        return secret;
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return "webhook " + id + " (" + name + ")";
    }
}
