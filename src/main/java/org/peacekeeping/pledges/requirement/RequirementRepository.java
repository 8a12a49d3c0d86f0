package org.peacekeeping.pledges.requirement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.peacekeeping.pledges.pledge.PledgeStatus;
import org.peacekeeping.pledges.pledge.ReadinessLevel;
import org.peacekeeping.pledges.reference.Category;

/** Persistence of capability requirements and the gap aggregates; joins the caller's transaction. */
@ApplicationScoped
public class RequirementRepository {

    /** Units required per capability type; the type's columns ride along for the report's rows and order. */
    private static final String REQUIRED_BY_TYPE =
            "SELECT c.code, c.category, c.nameEn, c.sortOrder, SUM(r.quantity) "
                    + "FROM CapabilityRequirement r JOIN r.capabilityType c %s "
                    + "GROUP BY c.code, c.category, c.nameEn, c.sortOrder";

    /**
     * Approved units and personnel per capability type and readiness level. Pledges announced at a preparatory
     * meeting count towards the ministerial it prepares.
     */
    private static final String APPROVED_BY_TYPE_AND_LEVEL =
            "SELECT c.code, c.category, c.nameEn, c.sortOrder, p.readinessLevel, SUM(p.units), SUM(p.personnel) "
                    + "FROM Pledge p JOIN p.capabilityType c LEFT JOIN p.event e WHERE p.status = :approved %s "
                    + "GROUP BY c.code, c.category, c.nameEn, c.sortOrder, p.readinessLevel";

    @PersistenceContext
    private EntityManager em;

    public void add(CapabilityRequirement requirement) {
        em.persist(requirement);
    }

    public void remove(CapabilityRequirement requirement) {
        em.remove(requirement);
    }

    /** Writes pending changes now, so that the id and the new version can be shown in the same transaction. */
    public void flush() {
        em.flush();
    }

    public Optional<CapabilityRequirement> find(long id) {
        return Optional.ofNullable(em.find(CapabilityRequirement.class, id));
    }

    /** Requirements of one event, or all of them when {@code eventCode} is null; in taxonomy order, most urgent first. */
    public List<CapabilityRequirement> list(String eventCode) {
        TypedQuery<CapabilityRequirement> query = eventCode == null
                ? em.createNamedQuery(CapabilityRequirement.ALL, CapabilityRequirement.class)
                : em.createNamedQuery(CapabilityRequirement.BY_EVENT, CapabilityRequirement.class)
                        .setParameter("event", eventCode);
        return query.getResultList();
    }

    public long count() {
        return em.createNamedQuery(CapabilityRequirement.COUNT_ALL, Long.class).getSingleResult();
    }

    /** {@code SUM(quantity)} per capability type, for one event or all requirements. */
    public List<GapCalculator.Required> requiredByType(String eventCode) {
        TypedQuery<Object[]> query = em.createQuery(
                REQUIRED_BY_TYPE.formatted(eventCode == null ? "" : "WHERE r.event.code = :event"), Object[].class);
        if (eventCode != null) {
            query.setParameter("event", eventCode);
        }
        return query.getResultList().stream()
                .map(row -> new GapCalculator.Required((String) row[0], (Category) row[1], (String) row[2],
                        ((Number) row[3]).intValue(), number(row[4])))
                .toList();
    }

    /** {@code SUM(units), SUM(personnel)} of approved pledges per capability type and readiness level. */
    public List<GapCalculator.Pledged> approvedByTypeAndLevel(String eventCode) {
        TypedQuery<Object[]> query = em.createQuery(
                        APPROVED_BY_TYPE_AND_LEVEL.formatted(eventCode == null ? ""
                                : "AND (e.code = :event OR e.ministerial = :event)"),
                        Object[].class)
                .setParameter("approved", PledgeStatus.APPROVED);
        if (eventCode != null) {
            query.setParameter("event", eventCode);
        }
        return query.getResultList().stream()
                .map(row -> new GapCalculator.Pledged((String) row[0], (Category) row[1], (String) row[2],
                        ((Number) row[3]).intValue(), (ReadinessLevel) row[4], number(row[5]), number(row[6])))
                .toList();
    }

    private static long number(Object sum) {
        return sum == null ? 0 : ((Number) sum).longValue();
    }
}
