package org.peacekeeping.pledges.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.peacekeeping.pledges.analysis.PledgeFigures.Cell;
import org.peacekeeping.pledges.pledge.PledgeStatus;
import org.peacekeeping.pledges.pledge.ReadinessLevel;
import org.peacekeeping.pledges.reference.Category;
import org.peacekeeping.pledges.reference.EventType;
import org.peacekeeping.pledges.reference.PersonnelKind;
import org.peacekeeping.pledges.reference.PledgingEvent;
import org.peacekeeping.pledges.reference.RegionalGroup;

/**
 * The queries of the pledges' figures, for the dashboard, {@code GET /api/dashboard} and the ministerial summary;
 * joins the caller's transaction. Their cells ({@link #cells}) are read from {@code pledge_figure_cell}, which
 * triggers on the pledge table keep as pledges change (sql/V25): no pledge is scanned or loaded for them, and the
 * cells are bounded by the reference data, not by the pledges (though varied data fills many: 137,418 at 1,000,000
 * generated pledges). The fulfilment queries still read the pledges of their events.
 */
@ApplicationScoped
public class FigureQueries {

    /**
     * Pledges, units, personnel and women per status, member state, category, capability type, event and synthetic
     * flag, for every status after DRAFT (the table has no drafts): what {@code GROUP BY} over those columns of the
     * pledge table answers, kept by the database (src/docs/dashboard-figures.md). A standing pledge's event is ''
     * there (a key column cannot be NULL); a cell whose pledges all left it has zeros and is left out. Native SQL,
     * the small reference tables say the rest ({@link #reference()}). It used to be that {@code GROUP BY} itself, one
     * pass over the table: 57 ms at 10,000 pledges, 2.3 s at 1,000,000 (bench README, "How cost grows").
     */
    private static final String CELLS = "SELECT status, member_state, category, capability_type, event_code,"
            + " synthetic, pledges, units, personnel, women FROM pledge_figure_cell WHERE pledges > 0%s";

    /**
     * The announced pledges (every status after DRAFT, as the dashboard's) of some events, grouped as the
     * fulfilment funnel needs them, with the readiness level beside the status (SPEC §10): still one pass over the
     * pledges of those events (pledge_figure_cell has no readiness level).
     */
    private static final String FULFILMENT_CELLS = "SELECT event_code, category, member_state, status, readiness_level,"
            + " COUNT(*), SUM(units), SUM(personnel), SUM(women) FROM pledge WHERE status <> 'DRAFT'"
            + " AND event_code IN (%s) GROUP BY event_code, category, member_state, status, readiness_level";

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
        String inEvents = IntStream.range(0, codes.size()).mapToObj(i -> "?" + (i + 1))
                .collect(Collectors.joining(", ", " AND event_code IN (", ")"));
        Query query = em.createNativeQuery(CELLS.formatted(events == null ? "" : inEvents));
        for (int i = 0; i < codes.size(); i++) {
            query.setParameter(i + 1, codes.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(row -> new Cell(PledgeStatus.valueOf((String) row[0]), (String) row[1],
                        Category.valueOf((String) row[2]), (String) row[3], standing((String) row[4]),
                        Boolean.TRUE.equals(row[5]), number(row[6]), number(row[7]), number(row[8]),
                        number(row[9])))
                .toList();
    }

    /** A cell's event: null for a standing pledge, kept as '' in pledge_figure_cell. */
    private static String standing(String event) {
        return event == null || event.isEmpty() ? null : event;
    }

    /** The fulfilment cells (see {@link #FULFILMENT_CELLS}) of the pledges announced at one of {@code events}. */
    public List<FulfilmentCalculator.Cell> fulfilmentCells(Set<String> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        List<String> codes = List.copyOf(events);
        Query query = em.createNativeQuery(FULFILMENT_CELLS.formatted(IntStream.range(0, codes.size())
                .mapToObj(i -> "?" + (i + 1)).collect(Collectors.joining(", "))));
        for (int i = 0; i < codes.size(); i++) {
            query.setParameter(i + 1, codes.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(row -> new FulfilmentCalculator.Cell((String) row[0], Category.valueOf((String) row[1]),
                        (String) row[2], (String) row[3], ReadinessLevel.valueOf((String) row[4]), number(row[5]),
                        number(row[6]), number(row[7]), number(row[8])))
                .toList();
    }

    /**
     * What was recorded when the pledges of some events deployed: per event, the days from each one's approval to
     * its deployment, and the personnel and women that deployed (deployed pledges and those since repatriated).
     */
    public Map<String, FulfilmentCalculator.Deployments> deployments(Set<String> events) {
        if (events.isEmpty()) {
            return Map.of();
        }
        List<String> codes = List.copyOf(events);
        Query query = em.createNativeQuery("SELECT event_code, approved_at, deployed_on, deployed_personnel,"
                + " deployed_women FROM pledge WHERE status IN ('DEPLOYED', 'REPATRIATED') AND event_code IN ("
                + IntStream.range(0, codes.size()).mapToObj(i -> "?" + (i + 1)).collect(Collectors.joining(", "))
                + ")");
        for (int i = 0; i < codes.size(); i++) {
            query.setParameter(i + 1, codes.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<String, List<Long>> days = new HashMap<>();
        Map<String, long[]> deployed = new HashMap<>();
        for (Object[] row : rows) {
            String event = (String) row[0];
            LocalDate approved = utcDate(row[1]);
            LocalDate on = localDate(row[2]);
            if (approved != null && on != null) {
                days.computeIfAbsent(event, key -> new java.util.ArrayList<>())
                        .add(java.time.temporal.ChronoUnit.DAYS.between(approved, on));
            }
            long[] sums = deployed.computeIfAbsent(event, key -> new long[2]);
            sums[0] += number(row[3]);
            sums[1] += number(row[4]);
        }
        Map<String, FulfilmentCalculator.Deployments> result = new HashMap<>();
        deployed.forEach((event, sums) -> result.put(event, new FulfilmentCalculator.Deployments(
                days.getOrDefault(event, List.of()), sums[0], sums[1])));
        return result;
    }

    /** A timestamp column's day in UTC, whichever type the driver answers with. */
    private static LocalDate utcDate(Object value) {
        if (value instanceof java.time.OffsetDateTime time) {
            return time.atZoneSameInstant(java.time.ZoneOffset.UTC).toLocalDate();
        }
        if (value instanceof java.sql.Timestamp time) {
            return time.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        }
        if (value instanceof java.time.Instant time) {
            return time.atZone(java.time.ZoneOffset.UTC).toLocalDate();
        }
        return null;
    }

    private static LocalDate localDate(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        return value instanceof java.sql.Date date ? date.toLocalDate() : null;
    }

    /** Every ministerial, in the order they were held, with the events whose pledges count towards it. */
    public List<FulfilmentCalculator.Ministerial> ministerials() {
        List<Object[]> events = em.createQuery("SELECT e.code, e.type, e.ministerial, e.nameEn, e.startDate"
                + " FROM PledgingEvent e ORDER BY e.startDate, e.code", Object[].class).getResultList();
        Map<String, Set<String>> included = new HashMap<>();
        for (Object[] event : events) {
            String code = (String) event[0];
            String ministerial = event[1] == EventType.MINISTERIAL ? code : (String) event[2];
            included.computeIfAbsent(ministerial, key -> new TreeSet<>()).add(code);
        }
        return events.stream().filter(event -> event[1] == EventType.MINISTERIAL)
                .map(event -> new FulfilmentCalculator.Ministerial((String) event[0], (String) event[3],
                        (LocalDate) event[4], Set.copyOf(included.get((String) event[0]))))
                .toList();
    }

    /** Every member state's regional group; null for a state in none (Collectors.toMap refuses null values). */
    public Map<String, RegionalGroup> regionalGroups() {
        Map<String, RegionalGroup> groups = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT m.iso3, m.regionalGroup FROM MemberState m", Object[].class)
                .getResultList()) {
            groups.put((String) row[0], (RegionalGroup) row[1]);
        }
        return groups;
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
