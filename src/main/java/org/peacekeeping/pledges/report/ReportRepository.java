package org.peacekeeping.pledges.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.function.Function;
import org.peacekeeping.pledges.pledge.PledgeStatus;
import org.peacekeeping.pledges.reference.Category;
import org.peacekeeping.pledges.reference.PersonnelKind;
import org.peacekeeping.pledges.reference.RegionalGroup;
import org.peacekeeping.pledges.report.SummaryFigures.ByCategoryAndGroup;
import org.peacekeeping.pledges.report.SummaryFigures.ByEvent;
import org.peacekeeping.pledges.report.SummaryFigures.ByKind;
import org.peacekeeping.pledges.report.SummaryFigures.ByState;
import org.peacekeeping.pledges.report.SummaryFigures.ByStatus;
import org.peacekeeping.pledges.report.SummaryFigures.ByType;
import org.peacekeeping.pledges.report.SummaryFigures.Figures;
import org.peacekeeping.pledges.report.SummaryFigures.Selection;
import org.peacekeeping.pledges.report.SummaryFigures.Totals;

/**
 * The ministerial summary's aggregates, each one GROUP BY query: the database counts and sums, nothing loads a pledge.
 * A selection is a set of statuses and optionally an event; pledges of a preparatory meeting count towards the
 * ministerial it prepares, as in the gap view. Joins the caller's transaction.
 */
@ApplicationScoped
public class ReportRepository {

    private static final String FIGURES = "COUNT(p), SUM(p.units), SUM(p.personnel), SUM(p.women)";

    private static final String FROM = " FROM Pledge p JOIN p.memberState m JOIN p.capabilityType t LEFT JOIN p.event e"
            + " WHERE p.status IN :statuses";

    private static final String OF_EVENT = " AND (e.code = :event OR e.ministerial = :event)";

    @PersistenceContext
    private EntityManager em;

    /** The selection's figures, how many states made them, and how many pledges are synthetic demo data. */
    public Totals totals(Selection selection) {
        Object[] row = query("SELECT " + FIGURES + ", COUNT(DISTINCT m.iso3)", "", selection).get(0);
        // A boolean inside CASE is written as 1 for H2, which H2 2.x refuses to compare; a bound parameter works.
        TypedQuery<Long> synthetic = em.createQuery("SELECT COUNT(p)" + FROM + (selection.eventCode() == null ? ""
                : OF_EVENT) + " AND p.synthetic = :synthetic", Long.class)
                .setParameter("statuses", selection.statuses()).setParameter("synthetic", Boolean.TRUE);
        if (selection.eventCode() != null) {
            synthetic.setParameter("event", selection.eventCode());
        }
        return new Totals(figures(row, 0), number(row[4]), synthetic.getSingleResult());
    }

    public List<ByStatus> byStatus(Selection selection) {
        return map(query("SELECT p.status, " + FIGURES + ", COUNT(DISTINCT m.iso3)", " GROUP BY p.status", selection),
                row -> new ByStatus((PledgeStatus) row[0], figures(row, 1), number(row[5])));
    }

    public List<ByEvent> byEvent(Selection selection) {
        return map(query("SELECT e.code, e.nameEn, " + FIGURES + ", COUNT(DISTINCT m.iso3)",
                        " GROUP BY e.code, e.nameEn, e.startDate ORDER BY e.startDate", selection),
                row -> new ByEvent((String) row[0], (String) row[1], figures(row, 2), number(row[6])));
    }

    public List<ByCategoryAndGroup> byCategoryAndGroup(Selection selection) {
        return map(query("SELECT p.category, m.regionalGroup, " + FIGURES, " GROUP BY p.category, m.regionalGroup",
                        selection),
                row -> new ByCategoryAndGroup((Category) row[0], (RegionalGroup) row[1], figures(row, 2)));
    }

    public List<ByState> byState(Selection selection) {
        return map(query("SELECT m.iso3, m.nameEn, m.regionalGroup, " + FIGURES + ", SUM(CASE WHEN p.status = "
                                + "org.peacekeeping.pledges.pledge.PledgeStatus.APPROVED THEN 1 ELSE 0 END)",
                        " GROUP BY m.iso3, m.nameEn, m.regionalGroup ORDER BY m.nameEn", selection),
                row -> new ByState((String) row[0], (String) row[1], (RegionalGroup) row[2], figures(row, 3),
                        number(row[7])));
    }

    public List<ByKind> byPersonnelKind(Selection selection) {
        return map(query("SELECT t.personnelKind, " + FIGURES, " GROUP BY t.personnelKind", selection),
                row -> new ByKind((PersonnelKind) row[0], figures(row, 1)));
    }

    public List<ByType> byCapabilityType(Selection selection) {
        return map(query("SELECT t.code, t.nameEn, t.category, t.personnelKind, " + FIGURES,
                        " GROUP BY t.code, t.nameEn, t.category, t.personnelKind, t.sortOrder ORDER BY t.sortOrder",
                        selection),
                row -> new ByType((String) row[0], (String) row[1], (Category) row[2], (PersonnelKind) row[3],
                        figures(row, 4)));
    }

    private List<Object[]> query(String select, String groupBy, Selection selection) {
        String event = selection.eventCode();
        TypedQuery<Object[]> query = em.createQuery(select + FROM + (event == null ? "" : OF_EVENT) + groupBy,
                        Object[].class)
                .setParameter("statuses", selection.statuses());
        if (event != null) {
            query.setParameter("event", event);
        }
        return query.getResultList();
    }

    private static <T> List<T> map(List<Object[]> rows, Function<Object[], T> mapper) {
        return rows.stream().map(mapper).toList();
    }

    /** COUNT, SUM(units), SUM(personnel), SUM(women) from {@code from} on. */
    private static Figures figures(Object[] row, int from) {
        return new Figures(number(row[from]), number(row[from + 1]), number(row[from + 2]), number(row[from + 3]));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
