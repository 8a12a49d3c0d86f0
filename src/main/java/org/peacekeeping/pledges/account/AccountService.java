package org.peacekeeping.pledges.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.peacekeeping.pledges.platform.Actor;

/**
 * Signing in: checks a username and password against the stored PBKDF2 hash, throttles repeated failures per
 * account, and remembers a successful check for a few minutes (in memory, keyed by a salted digest of the
 * password) so that API clients sending HTTP Basic on every request do not pay 600,000 PBKDF2 iterations each time.
 */
@ApplicationScoped
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());
    private static final Duration REMEMBER = Duration.ofMinutes(5);

    @Inject
    private AccountRepository accounts;

    @Inject
    @ConfigProperty(name = "pledges.login.max-failures", defaultValue = "5")
    private int maxFailures;

    @Inject
    @ConfigProperty(name = "pledges.login.lock-minutes", defaultValue = "15")
    private int lockMinutes;

    private final PasswordHasher hasher = new PasswordHasher();
    private final byte[] cacheSalt = new SecureRandom().generateSeed(16);
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();
    private volatile String decoyHash;

    /** A verified password (salted digest) of an account with this credential stamp, until a time. */
    private record Remembered(String digest, String credentialStamp, Instant until) {
    }

    /**
     * The outcome of a sign-in attempt; the reason is for the log only, never for the user. A success carries the
     * account's {@linkplain UserAccount#credentialStamp() credential stamp} for a session to remember.
     */
    public record Authentication(Actor actor, String credentialStamp, String refusal) {

        static Authentication success(UserAccount account) {
            return new Authentication(actorOf(account), account.credentialStamp(), null);
        }

        static Authentication refused(String reason) {
            return new Authentication(null, null, reason);
        }

        public boolean succeeded() {
            return actor != null;
        }
    }

    /**
     * Checks the credentials and records the outcome (in its own transaction, so a failure is counted even though
     * the request fails).
     */
    @Transactional(TxType.REQUIRES_NEW)
    public Authentication authenticate(String username, char[] password, Instant now) {
        Optional<UserAccount> found = username == null ? Optional.empty() : accounts.byUsername(username);
        if (found.isEmpty()) {
            hasher.verify(password, decoyHash()); // the same work as for a real account: no hint by timing
            return Authentication.refused("unknown account");
        }
        UserAccount account = found.get();
        if (!account.enabled()) {
            return Authentication.refused("account disabled");
        }
        if (account.lockedAt(now)) {
            return Authentication.refused("account locked after repeated failures");
        }
        String digest = digest(username, password);
        Remembered memory = remembered.get(username);
        // The stamp is read from the database each time: a password changed on another instance is noticed at once.
        if (memory != null && memory.until().isAfter(now) && memory.digest().equals(digest)
                && memory.credentialStamp().equals(account.credentialStamp())) {
            return Authentication.success(account);
        }
        if (!hasher.verify(password, account.passwordHash())) {
            remembered.remove(username);
            UserAccount current = accounts.lockForSignIn(account);
            current.recordFailedLogin(maxFailures, now, now.plus(Duration.ofMinutes(lockMinutes)));
            accounts.saveSignInState(current);
            if (current.lockedAt(now)) {
                LOG.warning(() -> "Account " + username + " locked for " + lockMinutes + " minutes after "
                        + maxFailures + " failed sign-ins");
            }
            return Authentication.refused("wrong password");
        }
        UserAccount current = accounts.lockForSignIn(account);
        current.recordLogin(now);
        accounts.saveSignInState(current);
        remembered.put(username, new Remembered(digest, current.credentialStamp(), now.plus(REMEMBER)));
        return Authentication.success(account);
    }

    /** The actor for a signed-in username, if the account still exists and is enabled. */
    @Transactional
    public Optional<Actor> actor(String username) {
        return accounts.byUsername(username).filter(UserAccount::enabled).map(AccountService::actorOf);
    }

    /**
     * The actor of a session, if its account still exists, is enabled and has the password the session signed in
     * with (a reset password ends the account's sessions).
     */
    @Transactional
    public Optional<Actor> sessionActor(String username, String credentialStamp) {
        return accounts.byUsername(username).filter(UserAccount::enabled)
                .filter(account -> account.credentialStamp().equals(credentialStamp))
                .map(AccountService::actorOf);
    }

    @Transactional
    public Optional<UserAccount> account(String username) {
        return accounts.byUsername(username);
    }

    @Transactional
    public List<UserAccount> all() {
        return accounts.all();
    }

    /** Forgets remembered sign-ins of this account (after a password change or when it is disabled). */
    public void forget(String username) {
        remembered.remove(username);
    }

    static Actor actorOf(UserAccount account) {
        return new Actor(account.username(), account.role(), account.memberState());
    }

    private String decoyHash() {
        String result = decoyHash;
        if (result == null) {
            result = hasher.hash("decoy-password".toCharArray());
            decoyHash = result;
        }
        return result;
    }

    private String digest(String username, char[] password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(cacheSalt);
            sha.update(username.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(new String(password).getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
