package org.peacekeeping.pledges.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.peacekeeping.pledges.analysis.PledgeFigures.Cell;
import org.peacekeeping.pledges.pledge.PledgeStatus;
import org.peacekeeping.pledges.reference.Category;
import org.peacekeeping.pledges.reference.PersonnelKind;
import org.peacekeeping.pledges.reference.PledgingEvent;
import org.peacekeeping.pledges.reference.RegionalGroup;

/**
 * The one query of the pledges' figures, for the dashboard, {@code GET /api/dashboard} and the ministerial summary;
 * joins the caller's transaction. The pledges are added up by the database in one {@code GROUP BY} over the pledge
 * table's own columns, so it is one pass over the table however many pledges there are; no pledge is ever loaded.
 */
@ApplicationScoped
public class FigureQueries {

    /**
     * Pledges, units, personnel and women per status, member state, category, capability type, event and synthetic
     * flag, for every status after DRAFT. Native SQL on purpose: in JPQL, {@code p.memberState.iso3} and
     * {@code p.capabilityType.code} make EclipseLink join both reference tables, which made this query four times
     * slower on 100,000 pledges in PostgreSQL (0.3 s against 0.08 s); the foreign keys on the pledge row say the
     * same. The small reference tables say the rest ({@link #reference()}).
     */
    private static final String CELLS = "SELECT status, member_state, category, capability_type, event_code,"
            + " synthetic, COUNT(*), SUM(units), SUM(personnel), SUM(women) FROM pledge WHERE status <> ?1%s"
            + " GROUP BY status, member_state, category, capability_type, event_code, synthetic";

    @PersistenceContext
    private EntityManager em;

    /**
     * The figures of every pledge that left DRAFT, announced at one of {@code events} (null: any event or none),
     * counting approved pledges or also pending ones.
     */
    public PledgeFigures figures(Set<String> events, boolean includePending) {
        return new PledgeFigures(cells(events), reference(), PledgeFigures.counted(includePending));
    }

    /** The cells of every pledge that left DRAFT, announced at one of {@code events} (null: any event or none). */
    List<Cell> cells(Set<String> events) {
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
                .map(row -> new Cell(PledgeStatus.valueOf((String) row[0]), (String) row[1],
                        Category.valueOf((String) row[2]), (String) row[3], (String) row[4],
                        Boolean.TRUE.equals(row[5]), number(row[6]), number(row[7]), number(row[8]),
                        number(row[9])))
                .toList();
    }

    /**
     * An event's code with those of the preparatory meetings that lead to it (a ministerial counts theirs); empty
     * when there is no such event.
     */
    public Set<String> withPreparatoryMeetings(String event) {
        return Set.copyOf(em.createQuery("SELECT e.code FROM PledgingEvent e WHERE "
                        + PledgingEvent.jpqlIncludedIn("e.code", "event"), String.class)
                .setParameter("event", event).getResultList());
    }

    /** Every member state's name and group, every capability type's and every event's, read column by column. */
    PledgeFigures.Reference reference() {
        List<PledgeFigures.State> states = em.createQuery("SELECT m.iso3, m.nameEn, m.regionalGroup FROM MemberState m",
                Object[].class).getResultList().stream()
                .map(row -> new PledgeFigures.State((String) row[0], (String) row[1], (RegionalGroup) row[2]))
                .toList();
        List<PledgeFigures.Type> types = em.createQuery("SELECT t.code, t.nameEn, t.category, t.personnelKind, "
                        + "t.sortOrder FROM CapabilityType t", Object[].class).getResultList().stream()
                .map(row -> new PledgeFigures.Type((String) row[0], (String) row[1], (Category) row[2],
                        (PersonnelKind) row[3], ((Number) row[4]).intValue()))
                .toList();
        List<PledgeFigures.Event> events = em.createQuery("SELECT e.code, e.nameEn, e.startDate FROM PledgingEvent e",
                Object[].class).getResultList().stream()
                .map(row -> new PledgeFigures.Event((String) row[0], (String) row[1], (LocalDate) row[2]))
                .toList();
        return new PledgeFigures.Reference(states, types, events);
    }

    /** COUNT and SUM answer some Number, but SUM over no rows is null. */
    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
