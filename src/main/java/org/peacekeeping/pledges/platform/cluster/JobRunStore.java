package org.peacekeeping.pledges.platform.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.peacekeeping.pledges.platform.RuntimeSettings;

/** The {@code job_run} table; every call is its own short transaction, so a claim is visible to all at once. */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class JobRunStore {

    /** PostgreSQL skips a taken key quietly; elsewhere (H2, one instance) the key is looked up first. */
    private static final String INSERT_POSTGRESQL = "INSERT INTO job_run (job, slot_start, instance, started_at) "
            + "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (job, slot_start) DO NOTHING";
    private static final String INSERT_OTHER = "INSERT INTO job_run (job, slot_start, instance, started_at) "
            + "SELECT ?1, ?2, ?3, ?4 FROM (VALUES (1)) one WHERE NOT EXISTS "
            + "(SELECT 1 FROM job_run WHERE job = ?1 AND slot_start = ?2)";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RuntimeSettings settings;

    /**
     * Inserts the claim: true when this call inserted it, false when the slot was already claimed. Two claims at
     * the same moment: PostgreSQL lets one through and answers false to the other; elsewhere the second one fails
     * on the primary key.
     */
    public boolean insert(String job, Instant slot, String instance, Instant now) {
        boolean postgres = settings.database().url().startsWith("jdbc:postgresql:");
        return em.createNativeQuery(postgres ? INSERT_POSTGRESQL : INSERT_OTHER)
                .setParameter(1, job)
                .setParameter(2, utc(slot))
                .setParameter(3, instance)
                .setParameter(4, utc(now))
                .executeUpdate() == 1;
    }

    /** The instance that claimed the slot, if any did. */
    public Optional<String> holder(String job, Instant slot) {
        List<?> found = em.createNativeQuery("SELECT instance FROM job_run WHERE job = ?1 AND slot_start = ?2")
                .setParameter(1, job)
                .setParameter(2, utc(slot))
                .getResultList();
        return found.stream().map(String::valueOf).findFirst();
    }

    /** Records the end of a run, and forgets runs of this job older than {@code keepSince}. */
    public void finish(String job, Instant slot, String outcome, Instant now, Instant keepSince) {
        em.createNativeQuery("UPDATE job_run SET finished_at = ?1, outcome = ?2 WHERE job = ?3 AND slot_start = ?4")
                .setParameter(1, utc(now))
                .setParameter(2, outcome.length() > 400 ? outcome.substring(0, 400) : outcome)
                .setParameter(3, job)
                .setParameter(4, utc(slot))
                .executeUpdate();
        em.createNativeQuery("DELETE FROM job_run WHERE job = ?1 AND slot_start < ?2")
                .setParameter(1, job)
                .setParameter(2, utc(keepSince))
                .executeUpdate();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
