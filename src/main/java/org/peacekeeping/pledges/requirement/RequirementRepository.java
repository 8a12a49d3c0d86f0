package org.peacekeeping.pledges.requirement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Persistence of capability requirements; joins the caller's transaction. */
@ApplicationScoped
public class RequirementRepository {

    @PersistenceContext
    private EntityManager em;

    public void add(CapabilityRequirement requirement) {
        em.persist(requirement);
    }

    public long count() {
        return em.createQuery("SELECT COUNT(r) FROM CapabilityRequirement r", Long.class).getSingleResult();
    }
}
