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

    public List<Assessment> ofPledge(long pledgeId) {
        return em.createNamedQuery(Assessment.OF_PLEDGE, Assessment.class).setParameter("pledgeId", pledgeId)
                .getResultList();
    }
}
