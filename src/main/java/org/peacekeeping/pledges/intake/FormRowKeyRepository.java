package org.peacekeeping.pledges.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.peacekeeping.pledges.pledge.PledgeStatus;

/** Keys of uploaded form rows; joins the caller's transaction. */
@ApplicationScoped
public class FormRowKeyRepository {

    /** Keys looked up per query (a bind parameter each). */
    private static final int CHUNK = 500;

    @PersistenceContext
    private EntityManager em;

    /** A key already on record, and where its pledge stands now. */
    record Known(String rowKey, long pledgeId, PledgeStatus status, long version, String reference) {
    }

    /** The keys of this state among {@code keys} that are on record, with their pledges' status and version. */
    Map<String, Known> find(String memberState, Collection<String> keys) {
        Map<String, Known> known = new HashMap<>();
        List<String> all = new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += CHUNK) {
            em.createNamedQuery(FormRowKey.OF_STATE, Object[].class)
                    .setParameter("memberState", memberState)
                    .setParameter("keys", all.subList(from, Math.min(from + CHUNK, all.size())))
                    .getResultList()
                    .forEach(row -> known.put((String) row[0], new Known((String) row[0],
                            ((Number) row[1]).longValue(), (PledgeStatus) row[2], ((Number) row[3]).longValue(),
                            (String) row[4])));
        }
        return known;
    }

    void add(FormRowKey key) {
        em.persist(key);
    }

    void flush() {
        em.flush();
    }
}
