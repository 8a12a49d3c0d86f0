package org.peacekeeping.pledges.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.peacekeeping.pledges.platform.Actor;
import org.peacekeeping.pledges.platform.ForbiddenException;
import org.peacekeeping.pledges.platform.InvalidInputException;
import org.peacekeeping.pledges.platform.NotFoundException;
import org.peacekeeping.pledges.platform.Problem;
import org.peacekeeping.pledges.platform.Role;

/**
 * Personal access tokens (SPEC §11): created by a signed-in user for their own account (the secret shown once),
 * listed with their last use, revoked by their owner or an administrator, and checked on every request that sends
 * one. The check reads the token and its account from the database each time (no cache: in a cluster the database
 * is the truth), so a revoked token, a disabled account or a changed role count from the next request on, on every
 * instance. Wrong tokens are counted per client address and throttled as wrong passwords are.
 */
@ApplicationScoped
public class TokenService {

    private static final Logger LOG = Logger.getLogger(TokenService.class.getName());
    /** A token's last use is written at most this often (a script calling in a loop does not write every time). */
    static final Duration LAST_USE_GRANULARITY = Duration.ofMinutes(1);
    /** How long a token lasts when its creator does not say. */
    public static final int DEFAULT_DAYS = 90;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountRepository accounts;

    @Inject
    @ConfigProperty(name = "pledges.login.max-failures", defaultValue = "5")
    private int maxFailures;

    @Inject
    @ConfigProperty(name = "pledges.login.lock-minutes", defaultValue = "15")
    private int lockMinutes;

    /** A new token and its secret, which is shown this once and never stored. */
    public record Created(TokenView token, String secret) {
    }

    /**
     * The outcome of checking a bearer token; the refusal is for the log only. {@code guess} tells a token that does
     * not exist (what guessing sends, counted against the address) from a real one that no longer works (revoked,
     * expired, its account disabled: refused, but not counted, so that a forgotten script with an old token does not
     * lock out everyone behind the same address).
     */
    public record Bearer(Actor actor, long tokenId, TokenScope scope, String refusal, boolean guess,
                         Instant throttledUntil) {

        static Bearer success(ApiToken token) {
            return new Bearer(AccountService.actorOf(token.account()), token.id(), token.scope(), null, false, null);
        }

        public static Bearer refused(String reason) {
            return new Bearer(null, 0, null, reason, false, null);
        }

        static Bearer guessed(String reason) {
            return new Bearer(null, 0, null, reason, true, null);
        }

        static Bearer throttled(Instant until) {
            return new Bearer(null, 0, null, "too many wrong tokens from this address", false, until);
        }

        public boolean succeeded() {
            return actor != null;
        }

        public boolean throttled() {
            return throttledUntil != null;
        }
    }

    /**
     * Creates a token for the actor's own account. The name is required (at most 80 characters); the expiry is a
     * date after today and at most one year away (the token stops at 00:00 UTC that day), {@value #DEFAULT_DAYS} days
     * when not given.
     */
    @Transactional
    public Created create(Actor actor, String name, TokenScope scope, LocalDate expiresOn, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate expiry = expiresOn == null ? today.plusDays(DEFAULT_DAYS) : expiresOn;
        List<Problem.FieldError> errors = new ArrayList<>();
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) {
            errors.add(new Problem.FieldError("name", "is required"));
        } else if (stripped.length() > ApiToken.NAME_LENGTH) {
            errors.add(new Problem.FieldError("name", "is at most " + ApiToken.NAME_LENGTH + " characters"));
        }
        if (scope == null) {
            errors.add(new Problem.FieldError("scope", "must be read or read-write"));
        }
        if (!expiry.isAfter(today)) {
            errors.add(new Problem.FieldError("expiresOn", "must be a date after today"));
        } else if (expiry.isAfter(maxExpiry(now))) {
            errors.add(new Problem.FieldError("expiresOn", "must be at most one year away (" + maxExpiry(now) + ")"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The token cannot be created: "
                    + String.join("; ", errors.stream().map(e -> e.field() + " " + e.message()).toList()) + ".",
                    errors);
        }
        UserAccount account = accounts.byUsername(actor.username()).filter(UserAccount::enabled)
                .orElseThrow(() -> new ForbiddenException("Sign in first."));
        TokenSecret secret = TokenSecret.generate();
        ApiToken token = new ApiToken(account, stripped, scope, secret, now,
                expiry.atStartOfDay(ZoneOffset.UTC).toInstant());
        em.persist(token);
        em.flush();
        LOG.info(() -> "Token " + token.id() + " (" + token.prefix() + "…, " + scope.code() + ") created by "
                + actor.username());
        return new Created(TokenView.of(token, now), secret.reveal());
    }

    /** The latest expiry date a token created now may have. */
    public static LocalDate maxExpiry(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC).plusYears(1);
    }

    /** The actor's own tokens, newest first, revoked and expired ones included. */
    @Transactional
    public List<TokenView> mine(Actor actor, Instant now) {
        return em.createNamedQuery(ApiToken.OF_ACCOUNT, ApiToken.class).setParameter("username", actor.username())
                .getResultStream().map(t -> TokenView.of(t, now)).toList();
    }

    /** Every account's tokens: administrators only. */
    @Transactional
    public List<TokenView> all(Actor actor, Instant now) {
        if (!actor.is(Role.ADMIN)) {
            throw new ForbiddenException("Only administrators see every account's tokens.");
        }
        return em.createNamedQuery(ApiToken.ALL, ApiToken.class).getResultStream().map(t -> TokenView.of(t, now))
                .toList();
    }

    /**
     * Revokes a token of the actor's own, or any token for an administrator (another account's token does not exist
     * for anyone else: 404). Revoking a revoked token changes nothing.
     */
    @Transactional
    public TokenView revoke(Actor actor, long id, Instant now) {
        ApiToken token = Optional.ofNullable(em.find(ApiToken.class, id, LockModeType.PESSIMISTIC_WRITE))
                .filter(t -> actor.is(Role.ADMIN) || t.account().username().equals(actor.username()))
                .orElseThrow(() -> new NotFoundException("There is no token " + id + "."));
        if (token.revokedAt() == null) {
            token.revoke(actor.username(), now);
            LOG.info(() -> "Token " + id + " (" + token.prefix() + "…) of " + token.account().username()
                    + " revoked by " + actor.username());
        }
        return TokenView.of(token, now);
    }

    /**
     * Checks a bearer token sent by a client (empty when what it sent cannot be a token): unknown, revoked and expired
     * tokens, and tokens of disabled accounts, are refused; an address with too many recent failures is refused
     * without looking. A success records the token's use (at most once a minute).
     */
    @Transactional(TxType.REQUIRES_NEW)
    public Bearer authenticate(Optional<TokenSecret> secret, String client, Instant now) {
        TokenFailure failures = em.find(TokenFailure.class, clientKey(client));
        if (failures != null && failures.lockedAt(now)) {
            return Bearer.throttled(failures.lockedUntil());
        }
        if (secret.isEmpty()) {
            return Bearer.guessed("not a token");
        }
        Optional<ApiToken> found = em.createNamedQuery(ApiToken.BY_HASH, ApiToken.class)
                .setParameter("hash", secret.get().hash()).getResultStream().findFirst();
        if (found.isEmpty()) {
            return Bearer.guessed("unknown token");
        }
        ApiToken token = found.get();
        if (!token.account().enabled()) {
            return Bearer.refused("account disabled");
        }
        ApiToken.Status status = token.statusAt(now);
        if (status != ApiToken.Status.ACTIVE) {
            return Bearer.refused("token " + token.id() + " " + status.name().toLowerCase(java.util.Locale.ROOT));
        }
        if (token.lastUsedAt() == null || !token.lastUsedAt().plus(LAST_USE_GRANULARITY).isAfter(now)) {
            em.createQuery("UPDATE ApiToken t SET t.lastUsedAt = :now WHERE t.id = :id")
                    .setParameter("now", now).setParameter("id", token.id()).executeUpdate();
        }
        return Bearer.success(token);
    }

    /**
     * Counts a token that does not exist, sent from this client address (in its own transaction); after as many as a password may have
     * in a row within the lock time, the address is refused for the lock time.
     *
     * @return when the address is now refused until, if it is
     */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<Instant> recordFailure(String client, Instant now) {
        String key = clientKey(client);
        TokenFailure failure = em.find(TokenFailure.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (failure == null) {
            failure = new TokenFailure(key, now);
            em.persist(failure);
        }
        boolean wasLocked = failure.lockedAt(now);
        failure.record(maxFailures, Duration.ofMinutes(lockMinutes), now);
        if (failure.lockedAt(now) && !wasLocked) {
            int count = failure.failures();
            LOG.warning(() -> "Bearer tokens from " + key + " refused for " + lockMinutes + " minutes after " + count
                    + " wrong tokens");
        }
        return failure.lockedAt(now) ? Optional.of(failure.lockedUntil()) : Optional.empty();
    }

    private static String clientKey(String client) {
        String key = client == null || client.isBlank() ? "unknown" : client.strip();
        return key.length() > 64 ? key.substring(0, 64) : key;
    }
}
