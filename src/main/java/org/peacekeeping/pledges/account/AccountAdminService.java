package org.peacekeeping.pledges.account;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import org.peacekeeping.pledges.platform.Actor;
import org.peacekeeping.pledges.platform.ConflictException;
import org.peacekeeping.pledges.platform.ForbiddenException;
import org.peacekeeping.pledges.platform.InvalidInputException;
import org.peacekeeping.pledges.platform.NotFoundException;
import org.peacekeeping.pledges.platform.Role;
import org.peacekeeping.pledges.reference.ReferenceDataRepository;

/**
 * The administrator's use cases on accounts (SPEC §4: "accounts, roles"), one transaction each: create, change
 * details and role, disable and enable, set a new password. Only an ADMIN may call them, and no administrator can
 * take away their own role or disable themselves, so there is always one left. Passwords are only ever stored as
 * PBKDF2 hashes; after a new password or a disabling, remembered sign-ins of the account are forgotten.
 */
@ApplicationScoped
@Transactional
public class AccountAdminService {

    private static final Logger LOG = Logger.getLogger(AccountAdminService.class.getName());

    @Inject
    private AccountRepository accounts;

    @Inject
    private ReferenceDataRepository reference;

    @Inject
    private AccountService signIns;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    private final PasswordHasher hasher = new PasswordHasher();

    /** Every account by username. */
    public List<UserAccount> accounts(Actor actor) {
        mayAdminister(actor);
        return accounts.all();
    }

    public UserAccount account(Actor actor, String username) {
        mayAdminister(actor);
        return existing(username);
    }

    /** A new, enabled account with an initial password that its owner should change. */
    public UserAccount create(Actor actor, String username, AccountDetails details, String password,
                              String passwordRepeated) {
        mayAdminister(actor);
        AccountDetails valid = validator().validateNew(username, details, password, passwordRepeated);
        String name = username.strip();
        Instant now = now();
        UserAccount account = new UserAccount(name, hasher.hash(password.toCharArray()), valid.displayName(),
                valid.role(), valid.memberState(), now);
        account.changeContact(valid.displayName(), valid.email(), now);
        accounts.add(account);
        try {
            accounts.flush();
        } catch (PersistenceException e) {
            throw InvalidInputException.field("username", "error.account.username.taken");
        }
        LOG.info(() -> actor.username() + " created account " + account);
        return account;
    }

    /** Changes name, email, role and state; {@code version} is the one the administrator read. */
    public UserAccount update(Actor actor, String username, long version, AccountDetails details) {
        mayAdminister(actor);
        UserAccount account = existing(username);
        AccountDetails valid = validator().validateChanges(details);
        if (account.username().equals(actor.username()) && valid.role() != Role.ADMIN) {
            throw InvalidInputException.field("role", "error.account.role.self");
        }
        if (account.version() != version) {
            throw stale(account, version);
        }
        Instant now = now();
        account.changeContact(valid.displayName(), valid.email(), now);
        if (account.role() != valid.role() || !Objects.equals(account.memberState(), valid.memberState())) {
            Role before = account.role();
            account.assignRole(valid.role(), valid.memberState(), now);
            LOG.info(() -> actor.username() + " changed the role of " + username + " from " + before + " to "
                    + account.role() + (account.memberState() == null ? "" : " of " + account.memberState()));
        }
        flush(account);
        return account;
    }

    /** The account can no longer sign in; its open sessions end at their next request. */
    public UserAccount disable(Actor actor, String username) {
        mayAdminister(actor);
        UserAccount account = existing(username);
        if (account.username().equals(actor.username())) {
            throw InvalidInputException.field("enabled", "error.account.disable.self");
        }
        account.disable(now());
        flush(account);
        forgetSignIns(account.username());
        LOG.info(() -> actor.username() + " disabled account " + username);
        return account;
    }

    /** The account may sign in again; this also lifts a lock after repeated failed sign-ins. */
    public UserAccount enable(Actor actor, String username) {
        mayAdminister(actor);
        UserAccount account = existing(username);
        account.enable(now());
        flush(account);
        LOG.info(() -> actor.username() + " enabled account " + username);
        return account;
    }

    /** Sets a new password (typed twice), lifts a lock and forgets remembered sign-ins with the old one. */
    public UserAccount resetPassword(Actor actor, String username, String password, String passwordRepeated) {
        mayAdminister(actor);
        UserAccount account = existing(username);
        validator().validatePassword(account.username(), password, passwordRepeated);
        account.changePassword(hasher.hash(password.toCharArray()), now());
        flush(account);
        forgetSignIns(account.username());
        LOG.info(() -> actor.username() + " set a new password for account " + username);
        return account;
    }

    private static void mayAdminister(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        if (!actor.is(Role.ADMIN)) {
            throw new ForbiddenException("Only an ADMIN manages accounts; you are signed in as " + actor.role() + ".");
        }
    }

    private UserAccount existing(String username) {
        return (username == null ? Optional.<UserAccount>empty() : accounts.byUsername(username))
                .orElseThrow(() -> new NotFoundException("There is no account " + username + "."));
    }

    private AccountValidator validator() {
        return new AccountValidator(name -> accounts.byUsername(name).isPresent(),
                iso3 -> reference.memberState(iso3).isPresent());
    }

    private void flush(UserAccount account) {
        try {
            accounts.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException("Someone else changed account " + account.username() + " at the same "
                    + "moment; nothing of yours was saved. Reload it and make your change again.", null, null);
        }
    }

    private static ConflictException stale(UserAccount account, long version) {
        return new ConflictException("Someone changed account " + account.username() + " since you read it (you "
                + "read version " + version + ", it is now at version " + account.version() + "); nothing of yours "
                + "was saved. Reload it and make your change again.", account.version(), null);
    }

    /**
     * Forgets remembered sign-ins now and again once the transaction ends, so that a sign-in checked against the
     * old password in between is not remembered either.
     */
    private void forgetSignIns(String username) {
        signIns.forget(username);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED || status == Status.STATUS_ROLLEDBACK) {
                    signIns.forget(username);
                }
            }
        });
    }

    /** To the microsecond, as the database keeps it. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
