package org.peacekeeping.pledges.savedlist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Saved lists, what they reported and the digests sent: queries and persistence calls in the caller's transaction. */
@ApplicationScoped
public class SavedListRepository {

    @PersistenceContext
    private EntityManager em;

    public List<SavedList> ofAccount(long accountId) {
        return em.createNamedQuery(SavedList.OF_ACCOUNT, SavedList.class).setParameter("account", accountId)
                .getResultList();
    }

    public Optional<SavedList> find(long id) {
        return Optional.ofNullable(em.find(SavedList.class, id));
    }

    /** The list, locked for the rest of the transaction (follow and unfollow baseline it once). */
    public Optional<SavedList> lock(long id) {
        return Optional.ofNullable(em.find(SavedList.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<SavedList> byName(long accountId, String name) {
        return em.createNamedQuery(SavedList.BY_NAME, SavedList.class).setParameter("account", accountId)
                .setParameter("nameKey", SavedList.key(name)).getResultStream().findFirst();
    }

    public long countOf(long accountId) {
        return em.createNamedQuery(SavedList.COUNT_OF_ACCOUNT, Long.class).setParameter("account", accountId)
                .getSingleResult();
    }

    public void add(SavedList list) {
        em.persist(list);
        em.flush();
    }

    public void remove(SavedList list) {
        em.remove(list);
        em.flush();
    }

    public void flush() {
        em.flush();
    }

    /** The accounts with at least one followed list. */
    public List<Long> followingAccounts() {
        return em.createNamedQuery(SavedList.FOLLOWING_ACCOUNTS, Long.class).getResultList();
    }

    public List<SavedList> followedOf(long accountId) {
        return em.createNamedQuery(SavedList.FOLLOWED_OF_ACCOUNT, SavedList.class).setParameter("account", accountId)
                .getResultList();
    }

    public Set<Long> seen(long savedListId) {
        return new HashSet<>(em.createNamedQuery(SeenPledge.IDS_OF_LIST, Long.class).setParameter("list", savedListId)
                .getResultList());
    }

    void addSeen(SeenPledge seen) {
        em.persist(seen);
    }

    public void forgetSeen(long savedListId) {
        em.createNamedQuery(SeenPledge.FORGET_LIST).setParameter("list", savedListId).executeUpdate();
    }

    public boolean digestSent(long accountId, LocalDate day) {
        return em.find(SentDigest.class, new SentDigest.Key(accountId, day)) != null;
    }

    void addDigest(SentDigest digest) {
        em.persist(digest);
        em.flush();
    }
}
