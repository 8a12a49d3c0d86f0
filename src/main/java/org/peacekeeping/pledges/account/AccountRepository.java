package org.peacekeeping.pledges.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

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

    /** Writes pending changes now, so that a stale version or a taken username shows inside the use case. */
    public void flush() {
        em.flush();
    }
}
