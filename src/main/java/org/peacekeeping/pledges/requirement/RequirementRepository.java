package org.peacekeeping.pledges.requirement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peacekeeping.pledges.pledge.PledgeRepository;
import org.peacekeeping.pledges.pledge.PledgeStatus;
import org.peacekeeping.pledges.pledge.ReadinessLevel;
import org.peacekeeping.pledges.reference.Category;
import org.peacekeeping.pledges.reference.PledgingEvent;

/** Persistence of capability requirements and the gap aggregates; joins the caller's transaction. */
@ApplicationScoped
public class RequirementRepository {

    /** Units required per capability type; the type's columns ride along for the report's rows and order. */
    private static final String REQUIRED_BY_TYPE =
            "SELECT c.code, c.category, c.nameEn, c.sortOrder, SUM(r.quantity) "
                    + "FROM CapabilityRequirement r JOIN r.capabilityType c %s "
                    + "GROUP BY c.code, c.category, c.nameEn, c.sortOrder";

    /**
     * Approved (or later: deployed, repatriated) units and personnel per capability type (its code) and readiness level, from the pledge's own columns:
     * PostgreSQL adds them up from one index ({@code ix_pledge_capacity}) without visiting the table or joining the
     * reference tables. Pledges announced at a preparatory meeting count towards the ministerial it prepares.
     */
    private static final String APPROVED_BY_TYPE_AND_LEVEL =
            "SELECT p.capabilityTypeCode, p.readinessLevel, SUM(p.units), SUM(p.personnel) "
                    + "FROM Pledge p WHERE p.status IN :approved %s "
                    + "GROUP BY p.capabilityTypeCode, p.readinessLevel";

    /** The columns of every capability type that the report's rows show and sort by. */
    private static final String TYPES = "SELECT c.code, c.category, c.nameEn, c.sortOrder FROM CapabilityType c";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PledgeRepository pledges;

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
                                : "AND " + PledgingEvent.jpqlIncludedIn("p.eventCode", "event")),
                        Object[].class)
                .setParameter("approved", PledgeStatus.APPROVED_OR_LATER);
        if (eventCode != null) {
            query.setParameter("event", eventCode);
        }
        List<Object[]> sums = query.getResultList();
        Map<String, Object[]> types = new HashMap<>();
        em.createQuery(TYPES, Object[].class).getResultList().forEach(type -> types.put((String) type[0], type));
        return sums.stream()
                .map(row -> {
                    Object[] type = types.get((String) row[0]);
                    return new GapCalculator.Pledged((String) type[0], (Category) type[1], (String) type[2],
                            ((Number) type[3]).intValue(), (ReadinessLevel) row[1], number(row[2]), number(row[3]));
                })
                .toList();
    }

    /**
     * What pledge and requirement figures are computed from, as of now: the last change to any pledge and to any
     * requirement, and how many requirements there are (a deleted one changes no date). An index look-up and a count
     * of the small requirements table; while it is unchanged, so are the gap view and the dashboard.
     */
    public Freshness freshness() {
        // Native: in JPQL the attribute converter for instants would be applied to MAX's result, and fail.
        Object[] requirements = (Object[]) em.createNativeQuery(
                "SELECT MAX(updated_at), COUNT(*) FROM capability_requirement").getSingleResult();
        return new Freshness(pledges.lastChange(), requirements[0], number(requirements[1]));
    }

    /** See {@link #freshness()}: the values as the driver returns them, compared with {@code equals}. */
    public record Freshness(String lastPledgeChange, Object lastRequirementChange, long requirements) {
    }

    private static long number(Object sum) {
        return sum == null ? 0 : ((Number) sum).longValue();
    }
}
