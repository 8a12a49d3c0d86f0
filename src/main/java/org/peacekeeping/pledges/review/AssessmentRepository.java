package org.peacekeeping.pledges.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Persistence of assessments; joins the caller's transaction. */
@ApplicationScoped
public class AssessmentRepository {

    @PersistenceContext
    private EntityManager em;

    public void add(Assessment assessment) {
        em.persist(assessment);
    }

    public java.util.Optional<Assessment> find(long id) {
        return java.util.Optional.ofNullable(em.find(Assessment.class, id));
    }

    /** Assessments waiting for a second reviewer on approved pledges, oldest first, with their pledge's columns. */
    public List<Object[]> pending() {
        return em.createNamedQuery(Assessment.PENDING, Object[].class).getResultList();
    }

    public List<Assessment> ofPledge(long pledgeId) {
        return em.createNamedQuery(Assessment.OF_PLEDGE, Assessment.class).setParameter("pledgeId", pledgeId)
                .getResultList();
    }
}
