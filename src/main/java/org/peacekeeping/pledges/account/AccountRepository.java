package org.peacekeeping.pledges.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.peacekeeping.pledges.platform.InstantConverter;
import org.peacekeeping.pledges.platform.Role;

/** Persistence of accounts; joins the caller's transaction. */
@ApplicationScoped
public class AccountRepository {

    @PersistenceContext
    private EntityManager em;

    public Optional<UserAccount> byUsername(String username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }

    public Optional<UserAccount> byId(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    public long countWithRole(Role role) {
        return em.createNamedQuery(UserAccount.COUNT_BY_ROLE, Long.class).setParameter("role", role).getSingleResult();
    }

    public List<UserAccount> focalPointsOf(String memberState) {
        return em.createNamedQuery(UserAccount.FOCAL_POINTS_OF, UserAccount.class)
                .setParameter("memberState", memberState)
                .getResultList();
    }

    public List<UserAccount> all() {
        return em.createNamedQuery(UserAccount.ALL, UserAccount.class).getResultList();
    }

    public void add(UserAccount account) {
        em.persist(account);
    }

    /**
     * Re-reads the account's row under a write lock and detaches it, for sign-in bookkeeping: concurrent sign-ins of
     * one account take turns (every failure counts), and what they change is written by
     * {@link #saveSignInState(UserAccount)} alone, outside the account's optimistic version, so that a sign-in never
     * makes an administrator's edit of the account stale.
     */
    public UserAccount lockForSignIn(UserAccount account) {
        em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
        em.detach(account);
        return account;
    }

    /** Writes the sign-in bookkeeping of an account read by {@link #lockForSignIn(UserAccount)}. */
    public void saveSignInState(UserAccount account) {
        var timestamps = new InstantConverter();
        // The casts type the parameters even when null (a null is otherwise bound as text on PostgreSQL).
        em.createNativeQuery("UPDATE user_account SET failed_logins = ?1,"
                        + " locked_until = CAST(?2 AS TIMESTAMP WITH TIME ZONE),"
                        + " last_login_at = CAST(?3 AS TIMESTAMP WITH TIME ZONE) WHERE id = ?4")
                .setParameter(1, account.failedLogins())
                .setParameter(2, timestamps.convertToDatabaseColumn(account.lockedUntil()))
                .setParameter(3, timestamps.convertToDatabaseColumn(account.lastLoginAt()))
                .setParameter(4, account.id())
                .executeUpdate();
    }

    /** Writes pending changes now, so that a stale version or a taken username shows inside the use case. */
    public void flush() {
        em.flush();
    }
}
