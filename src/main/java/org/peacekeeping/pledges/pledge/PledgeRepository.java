package org.peacekeeping.pledges.pledge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /**
     * One page of the pledges a filter matches, within a scope: a focal point's state ({@code ownState}), or
     * everything but drafts ({@code excludeDrafts}). Filtering, counting, sorting and paging happen in the database.
     */
    public Page<Pledge> find(PledgeFilter filter, String ownState, boolean excludeDrafts, PledgeSort.Order order,
                             int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (ownState != null) {
            where.append(" AND m.iso3 = :ownState");
            parameters.put("ownState", ownState);
        }
        if (excludeDrafts) {
            where.append(" AND p.status <> :draft");
            parameters.put("draft", PledgeStatus.DRAFT);
        }
        if (!filter.statuses().isEmpty()) {
            where.append(" AND p.status IN :statuses");
            parameters.put("statuses", filter.statuses());
        }
        if (filter.memberState() != null) {
            where.append(" AND m.iso3 = :memberState");
            parameters.put("memberState", filter.memberState());
        }
        if (filter.category() != null) {
            where.append(" AND p.category = :category");
            parameters.put("category", filter.category());
        }
        if (filter.event() != null) {
            where.append(" AND e.code = :event");
            parameters.put("event", filter.event());
        }
        if (filter.text() != null) {
            where.append(" AND (LOWER(p.reference) LIKE :text ESCAPE '!' OR LOWER(p.title) LIKE :text ESCAPE '!'"
                    + " OR LOWER(p.description) LIKE :text ESCAPE '!')");
            parameters.put("text", "%" + likeEscaped(filter.text().toLowerCase(Locale.ROOT)) + "%");
        }
        String from = " FROM Pledge p JOIN p.memberState m JOIN p.capabilityType t LEFT JOIN p.event e";
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(p)" + from + where, Long.class);
        TypedQuery<Pledge> select = em.createQuery("SELECT p" + from + where + " ORDER BY " + order.jpql(),
                Pledge.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            select.setParameter(name, value);
        });
        long total = count.getSingleResult();
        List<Pledge> items = total == 0 ? List.of() : select.setFirstResult(page * size).setMaxResults(size)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "p.preferredMissions")
                .setHint("eclipselink.batch", "p.lines")
                .getResultList();
        return new Page<>(total, page, size, items);
    }

    private static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    public List<Pledge> dueToLapse(LocalDate today) {
        return em.createNamedQuery(Pledge.DUE_TO_LAPSE, Pledge.class).setParameter("today", today).getResultList();
    }

    public List<Pledge> dueForReminder(LocalDate from, LocalDate to) {
        return em.createNamedQuery(Pledge.DUE_FOR_REMINDER, Pledge.class).setParameter("from", from)
                .setParameter("to", to).getResultList();
    }

    public void flush() {
        em.flush();
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
