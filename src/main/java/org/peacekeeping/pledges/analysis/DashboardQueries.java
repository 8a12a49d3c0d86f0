package org.peacekeeping.pledges.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.peacekeeping.pledges.analysis.DashboardCalculator.Cell;
import org.peacekeeping.pledges.pledge.PledgeStatus;
import org.peacekeeping.pledges.reference.Category;
import org.peacekeeping.pledges.reference.PersonnelKind;
import org.peacekeeping.pledges.reference.PledgingEvent;
import org.peacekeeping.pledges.reference.RegionalGroup;

/**
 * The dashboard's queries; joins the caller's transaction. The pledges are added up by the database in one
 * {@code GROUP BY} over the pledge table's own columns, so it is one pass over the table however many pledges there
 * are; no pledge is ever loaded.
 */
@ApplicationScoped
public class DashboardQueries {

    /**
     * Pledges, personnel and women per member state, category, capability type and status, for every status after
     * DRAFT. Native SQL on purpose: in JPQL, {@code p.memberState.iso3} and {@code p.capabilityType.code} make
     * EclipseLink join both reference tables, which made this query four times slower on 100,000 pledges in
     * PostgreSQL (0.3 s against 0.08 s); the foreign keys on the pledge row say the same. The small reference tables
     * say the rest ({@link #regionalGroups()}, {@link #personnelKinds()}).
     */
    private static final String CELLS = "SELECT member_state, category, capability_type, status, COUNT(*),"
            + " SUM(personnel), SUM(women) FROM pledge WHERE status <> ?1%s"
            + " GROUP BY member_state, category, capability_type, status";

    @PersistenceContext
    private EntityManager em;

    /** The cells of every pledge that left DRAFT, announced at one of {@code events} (null: any event or none). */
    public List<Cell> cells(Set<String> events) {
        List<String> codes = events == null ? List.of() : List.copyOf(events);
        String inEvents = IntStream.range(0, codes.size()).mapToObj(i -> "?" + (i + 2))
                .collect(Collectors.joining(", ", " AND event_code IN (", ")"));
        Query query = em.createNativeQuery(CELLS.formatted(events == null ? "" : inEvents))
                .setParameter(1, PledgeStatus.DRAFT.name());
        for (int i = 0; i < codes.size(); i++) {
            query.setParameter(i + 2, codes.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(row -> new Cell((String) row[0], Category.valueOf((String) row[1]), (String) row[2],
                        PledgeStatus.valueOf((String) row[3]), number(row[4]), number(row[5]), number(row[6])))
                .toList();
    }

    /** An event's code with those of the preparatory meetings that lead to it (a ministerial counts theirs). */
    public Set<String> withPreparatoryMeetings(String event) {
        return Set.copyOf(em.createQuery("SELECT e.code FROM PledgingEvent e WHERE "
                        + PledgingEvent.jpqlIncludedIn("e.code", "event"), String.class)
                .setParameter("event", event).getResultList());
    }

    /** Every state's regional group; {@code null} for those in none. */
    public Map<String, RegionalGroup> regionalGroups() {
        Map<String, RegionalGroup> groups = new HashMap<>();
        em.createQuery("SELECT m.iso3, m.regionalGroup FROM MemberState m", Object[].class).getResultList()
                .forEach(row -> groups.put((String) row[0], (RegionalGroup) row[1]));
        return groups;
    }

    /** Every capability type's kind of personnel. */
    public Map<String, PersonnelKind> personnelKinds() {
        Map<String, PersonnelKind> kinds = new HashMap<>();
        em.createQuery("SELECT t.code, t.personnelKind FROM CapabilityType t", Object[].class).getResultList()
                .forEach(row -> kinds.put((String) row[0], (PersonnelKind) row[1]));
        return kinds;
    }

    /** The gender targets set for a year, in percent. */
    public Map<PersonnelKind, BigDecimal> genderTargets(int year) {
        Map<PersonnelKind, BigDecimal> targets = new EnumMap<>(PersonnelKind.class);
        em.createQuery("SELECT g.personnelKind, g.percent FROM GenderTarget g WHERE g.year = :year", Object[].class)
                .setParameter("year", year).getResultList()
                .forEach(row -> targets.put((PersonnelKind) row[0], (BigDecimal) row[1]));
        return targets;
    }

    /** COUNT and SUM answer Long in JPQL, but SUM over no rows is null. */
    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
