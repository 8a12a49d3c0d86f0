package org.peacekeeping.pledges.pledge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Persistence of pledges, their references and history; joins the caller's transaction. */
@ApplicationScoped
public class PledgeRepository {

    @PersistenceContext
    private EntityManager em;

    /**
     * Hands out the next reference for a state and year. The counter row is read under a write lock, so two
     * transactions creating pledges for the same state queue here instead of taking the same number.
     */
    public String nextReference(String memberState, int year) {
        PledgeReferenceCounter.Key key = new PledgeReferenceCounter.Key(memberState, year);
        PledgeReferenceCounter counter = em.find(PledgeReferenceCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            counter = new PledgeReferenceCounter(key);
            em.persist(counter);
        }
        return counter.next();
    }

    /** Stores a new pledge and flushes, so that it has its id for the history entry that follows. */
    public Pledge add(Pledge pledge) {
        em.persist(pledge);
        em.flush();
        return pledge;
    }

    public Optional<Pledge> byId(long id) {
        return Optional.ofNullable(em.find(Pledge.class, id));
    }

    public Optional<Pledge> byReference(String reference) {
        return em.createNamedQuery(Pledge.BY_REFERENCE, Pledge.class).setParameter("reference", reference)
                .getResultStream().findFirst();
    }

    public long count() {
        return em.createNamedQuery(Pledge.COUNT_ALL, Long.class).getSingleResult();
    }

    public void record(PledgeHistoryEntry entry) {
        em.persist(entry);
    }

    public List<PledgeHistoryEntry> history(long pledgeId) {
        return em.createNamedQuery(PledgeHistoryEntry.OF_PLEDGE, PledgeHistoryEntry.class)
                .setParameter("pledgeId", pledgeId).getResultList();
    }

    public void remove(Pledge pledge) {
        em.remove(pledge);
    }
}
