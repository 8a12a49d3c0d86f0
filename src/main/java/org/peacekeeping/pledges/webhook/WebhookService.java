package org.peacekeeping.pledges.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.peacekeeping.pledges.platform.Actor;
import org.peacekeeping.pledges.platform.ConflictException;
import org.peacekeeping.pledges.platform.ForbiddenException;
import org.peacekeeping.pledges.platform.InvalidInputException;
import org.peacekeeping.pledges.platform.NotFoundException;
import org.peacekeeping.pledges.platform.Problem;
import org.peacekeeping.pledges.platform.Role;

/**
 * Administrators' webhooks (SPEC §11): register, change, disable, delete; the delivery log of each, and sending a
 * delivery again. Every use case is one transaction and checks the administrator role itself. Secrets are sealed
 * before they are stored ({@link SecretBox}), never answered after creation, never logged.
 */
@ApplicationScoped
public class WebhookService {

    private static final Logger LOG = Logger.getLogger(WebhookService.class.getName());
    public static final int SECRET_MIN = 16;
    public static final int SECRET_MAX = 200;
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private WebhookSettings settings;

    /** What an administrator sends: {@code secret} null keeps the current one (or, on creation, makes one). */
    public record WebhookInput(String name, String url, String secret, List<String> events, Boolean enabled) {
    }

    /** A new webhook, and the secret it signs with when the application made it (shown this once), else null. */
    public record Created(WebhookView webhook, String generatedSecret) {
    }

    @Transactional
    public List<WebhookView> list(Actor actor) {
        requireAdmin(actor);
        return em.createNamedQuery(Webhook.ALL, Webhook.class).getResultStream().map(WebhookView::of).toList();
    }

    @Transactional
    public WebhookView get(Actor actor, long id) {
        requireAdmin(actor);
        return WebhookView.of(find(id, false));
    }

    @Transactional
    public Created create(Actor actor, WebhookInput input, Instant now) {
        requireAdmin(actor);
        Valid valid = validate(input, true);
        String secret = valid.secret() == null ? generateSecret() : valid.secret();
        Webhook webhook = new Webhook(valid.name(), valid.url(), settings.secrets().seal(secret), valid.events(),
                valid.enabled(), actor.username(), now);
        em.persist(webhook);
        em.flush();
        LOG.info(() -> webhook + " to host " + java.net.URI.create(webhook.url()).getHost() + " registered by " + actor.username());
        return new Created(WebhookView.of(webhook), valid.secret() == null ? secret : null);
    }

    @Transactional
    public WebhookView update(Actor actor, long id, WebhookInput input, Long version, Instant now) {
        requireAdmin(actor);
        Webhook webhook = find(id, true);
        if (version == null) {
            throw InvalidInputException.field("version", "is required (the version you read)");
        }
        if (version != webhook.version()) {
            throw new ConflictException("Someone else changed webhook " + webhook.name() + " meanwhile (version "
                    + webhook.version() + ", not " + version + "). Nothing was saved; reload it.", webhook.version(),
                    null);
        }
        Valid valid = validate(input, false);
        webhook.change(valid.name(), valid.url(), valid.events(), valid.enabled(), actor.username(), now);
        if (valid.secret() != null) {
            webhook.replaceSecret(settings.secrets().seal(valid.secret()));
        }
        em.flush();
        LOG.info(() -> webhook + " changed by " + actor.username() + (valid.secret() != null ? " (new secret)" : ""));
        return WebhookView.of(webhook);
    }

    @Transactional
    public void delete(Actor actor, long id) {
        requireAdmin(actor);
        Webhook webhook = find(id, true);
        em.createQuery("DELETE FROM WebhookDelivery d WHERE d.webhook = :w").setParameter("w", webhook)
                .executeUpdate();
        em.remove(webhook);
        LOG.info(() -> webhook + " deleted by " + actor.username());
    }

    /** A webhook's deliveries, newest first (at most {@code limit}). */
    @Transactional
    public List<DeliveryView> deliveries(Actor actor, long id, int limit) {
        requireAdmin(actor);
        Webhook webhook = find(id, false);
        return em.createNamedQuery(WebhookDelivery.OF_WEBHOOK, WebhookDelivery.class)
                .setParameter("webhook", webhook.id()).setMaxResults(limit).getResultStream().map(DeliveryView::of)
                .toList();
    }

    /**
     * Queues a delivery again, with the same body and event id (a receiver that has it already can tell): tried at
     * the worker's next run and retried for a new window. One still pending is left as it is (409).
     */
    @Transactional
    public DeliveryView resend(Actor actor, long webhookId, long deliveryId, Instant now) {
        requireAdmin(actor);
        WebhookDelivery delivery = Optional.ofNullable(em.find(WebhookDelivery.class, deliveryId,
                        LockModeType.PESSIMISTIC_WRITE)).filter(d -> d.webhook().id() == webhookId)
                .orElseThrow(() -> new NotFoundException("Webhook " + webhookId + " has no delivery " + deliveryId
                        + "."));
        if (delivery.status() == WebhookDelivery.Status.PENDING) {
            throw new ConflictException("Delivery " + deliveryId + " is still pending: it is sent at its next try.",
                    null, delivery.status().name());
        }
        delivery.resend(now, now.plus(settings.retries().window()));
        LOG.info(() -> "Delivery " + deliveryId + " of webhook " + webhookId + " queued again by "
                + actor.username());
        return DeliveryView.of(delivery);
    }

    private Webhook find(long id, boolean lock) {
        Webhook webhook = lock ? em.find(Webhook.class, id, LockModeType.PESSIMISTIC_WRITE) : em.find(Webhook.class, id);
        if (webhook == null) {
            throw new NotFoundException("There is no webhook " + id + ".");
        }
        return webhook;
    }

    private record Valid(String name, String url, String secret, Set<WebhookEvent> events, boolean enabled) {
    }

    private Valid validate(WebhookInput input, boolean creating) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String url = input.url() == null ? null : input.url().strip();
        try {
            url = settings.target().check(url, WebhookTarget.Resolver.SYSTEM).toString();
        } catch (WebhookTarget.TargetRefused e) {
            errors.add(new Problem.FieldError("url", e.getMessage()));
        }
        String name = input.name() == null ? "" : input.name().strip();
        if (name.isEmpty() && url != null && errors.isEmpty()) {
            name = java.net.URI.create(url).getHost();
        }
        if (name.length() > Webhook.NAME_LENGTH) {
            errors.add(new Problem.FieldError("name", "is at most " + Webhook.NAME_LENGTH + " characters"));
        }
        String secret = input.secret();
        if (secret != null && (secret.length() < SECRET_MIN || secret.length() > SECRET_MAX)) {
            errors.add(new Problem.FieldError("secret", "is " + SECRET_MIN + " to " + SECRET_MAX + " characters"
                    + (creating ? " (leave it out to have one made)" : " (leave it out to keep the current one)")));
        } else if (secret != null && !secret.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            errors.add(new Problem.FieldError("secret", "is printable ASCII without spaces"));
        }
        Set<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
        if (input.events() == null || input.events().isEmpty()) {
            errors.add(new Problem.FieldError("events", "must name at least one of " + codes()));
        } else {
            for (String code : input.events()) {
                Optional<WebhookEvent> event = WebhookEvent.ofCode(code == null ? "" : code.strip());
                if (event.isEmpty()) {
                    errors.add(new Problem.FieldError("events", "'" + code + "' is not one of " + codes()));
                } else {
                    events.add(event.get());
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The webhook cannot be saved: " + String.join("; ", errors.stream()
                    .map(e -> e.field() + " " + e.message()).toList()) + ".", errors);
        }
        return new Valid(name, url, secret, events, input.enabled() == null || input.enabled());
    }

    private static String codes() {
        return String.join(", ", java.util.Arrays.stream(WebhookEvent.values()).map(WebhookEvent::code).toList());
    }

    /** 32 random bytes, base64url: what the application makes when the administrator gives no secret. */
    static String generateSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.is(Role.ADMIN)) {
            throw new ForbiddenException("Only administrators manage webhooks.");
        }
    }
}
