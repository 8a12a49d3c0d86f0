package org.peacekeeping.pledges.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.peacekeeping.pledges.pledge.PledgeStatus;
import org.peacekeeping.pledges.reference.Category;
import org.peacekeeping.pledges.reference.PledgingEvent;
import org.peacekeeping.pledges.report.SummaryFigures.Figures;
import org.peacekeeping.pledges.report.SummaryFigures.Selection;

/**
 * The ministerial summary's figures from the database in one pass: the selection's pledges counted and summed per
 * status, member state, category, capability type, event and synthetic flag, on the pledge's own columns (no join;
 * PostgreSQL reads the table once). {@link SummaryAggregates} adds the cells up into every breakdown. A selection
 * is a set of statuses and optionally an event; pledges of a preparatory meeting count towards the ministerial it
 * prepares, as in the gap view. Joins the caller's transaction.
 */
@ApplicationScoped
public class ReportRepository {

    private static final String CELLS = "SELECT p.status, p.memberStateCode, p.category, p.capabilityTypeCode, "
            + "p.eventCode, p.synthetic, COUNT(p), SUM(p.units), SUM(p.personnel), SUM(p.women) "
            + "FROM Pledge p WHERE p.status IN :statuses %s "
            + "GROUP BY p.status, p.memberStateCode, p.category, p.capabilityTypeCode, p.eventCode, p.synthetic";

    private static final String OF_EVENT = "AND " + PledgingEvent.jpqlIncludedIn("p.eventCode", "event");

    /** The pledges of one combination of status, state, category, type, event (null: none) and synthetic flag. */
    record Cell(PledgeStatus status, String memberState, Category category, String capabilityType, String event,
                boolean synthetic, Figures figures) {
    }

    @PersistenceContext
    private EntityManager em;

    public List<Cell> cells(Selection selection) {
        String event = selection.eventCode();
        TypedQuery<Object[]> query = em.createQuery(CELLS.formatted(event == null ? "" : OF_EVENT), Object[].class)
                .setParameter("statuses", selection.statuses());
        if (event != null) {
            query.setParameter("event", event);
        }
        return query.getResultList().stream()
                .map(row -> new Cell((PledgeStatus) row[0], (String) row[1], (Category) row[2], (String) row[3],
                        (String) row[4], Boolean.TRUE.equals(row[5]), new Figures(number(row[6]), number(row[7]),
                        number(row[8]), number(row[9]))))
                .toList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
