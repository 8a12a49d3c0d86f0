package org.peacekeeping.pledges.platform.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * A named lock across instances, held from {@link #hold} until the caller's transaction ends: the row of
 * {@code cluster_lock} is updated, and the database makes every other transaction that updates it wait. Take it
 * first in the transaction, before reading what it protects, so the second holder sees the first one's writes.
 */
@ApplicationScoped
public class ClusterLock {

    /** Start-up data (demonstration set, first administrator): written by one starting instance at a time. */
    public static final String STARTUP_DATA = "startup-data";

    @PersistenceContext
    private EntityManager em;

    @Transactional(TxType.MANDATORY)
    public void hold(String name) {
        int rows = em.createNativeQuery("UPDATE cluster_lock SET held_by = ?1, held_at = ?2 WHERE name = ?3")
                .setParameter(1, InstanceName.get())
                .setParameter(2, Instant.now().atOffset(ZoneOffset.UTC))
                .setParameter(3, name)
                .executeUpdate();
        if (rows != 1) {
            throw new IllegalStateException("No cluster lock named " + name + " (the migrations create each one)");
        }
    }
}
