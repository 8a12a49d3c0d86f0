package org.peacekeeping.pledges.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.peacekeeping.pledges.pledge.PledgeStatus;
import org.peacekeeping.pledges.publication.PublicFigures.Ministerial;
import org.peacekeeping.pledges.publication.PublicFigures.Row;
import org.peacekeeping.pledges.publication.PublicFigures.State;
import org.peacekeeping.pledges.publication.Suppression.Cell;
import org.peacekeeping.pledges.publication.Suppression.Mark;
import org.peacekeeping.pledges.reference.Category;
import org.peacekeeping.pledges.reference.EventType;
import org.peacekeeping.pledges.reference.MemberState;
import org.peacekeeping.pledges.reference.PledgingEvent;
import org.peacekeeping.pledges.reference.RegionalGroup;

/**
 * The public figures of a ministerial (SPEC §10): one read-only use case, one transaction, for anyone (no actor: it
 * reads nothing that is not published). One {@code GROUP BY} over the consented pledges of the ministerial and its
 * preparatory meetings; the few cells it answers are grouped and suppressed here.
 */
@ApplicationScoped
@Transactional
public class PublicFiguresService {

    /**
     * The statuses published: approved or later ({@link PledgeStatus#APPROVED_OR_LATER}, as every figure counts
     * them: approved, deployed, repatriated); lapsed, withdrawn and rejected pledges are never published.
     */
    public static final Set<PledgeStatus> PUBLISHED = PledgeStatus.APPROVED_OR_LATER;

    /** Where a state without a regional group is counted. */
    public static final String NO_GROUP = "NONE";

    @PersistenceContext
    private EntityManager em;

    /** The ministerials, most recent first. */
    public List<Ministerial> ministerials() {
        return em.createQuery("SELECT e FROM PledgingEvent e WHERE e.type = :type", PledgingEvent.class)
                .setParameter("type", EventType.MINISTERIAL).getResultList().stream()
                .map(PublicFiguresService::ministerial)
                .sorted(Comparator.comparing(Ministerial::startDate, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(Ministerial::code))
                .toList();
    }

    /** The published figures of the ministerial {@code code}; empty when there is no such ministerial. */
    public Optional<PublicFigures> figures(String code) {
        PledgingEvent event = code == null ? null : em.find(PledgingEvent.class, code);
        if (event == null || event.type() != EventType.MINISTERIAL) {
            return Optional.empty();
        }
        List<String> events = em.createQuery("SELECT e.code FROM PledgingEvent e WHERE "
                        + PledgingEvent.jpqlIncludedIn("e.code", "event") + " ORDER BY e.code", String.class)
                .setParameter("event", code).getResultList();
        List<Object[]> rows = rows(events);
        Map<String, MemberState> states = rows.isEmpty() ? Map.of() : em.createQuery(
                        "SELECT m FROM MemberState m WHERE m.iso3 IN :codes", MemberState.class)
                .setParameter("codes", rows.stream().map(row -> (String) row[0]).collect(Collectors.toSet()))
                .getResultList().stream().collect(Collectors.toMap(MemberState::iso3, m -> m));
        List<Counted> counted = rows.stream().map(row -> new Counted((String) row[0], (Category) row[1],
                number(row[2]), number(row[3]), number(row[4]), number(row[5]) > 0)).toList();
        return Optional.of(publish(ministerial(event), events, counted, states));
    }

    /**
     * The consented, published pledges of these events per state and category. Native SQL: EclipseLink writes a
     * JPQL boolean as 1, which H2 refuses to compare with a BOOLEAN column; {@code TRUE} is SQL in both databases.
     */
    private List<Object[]> rows(List<String> events) {
        List<String> statuses = PUBLISHED.stream().map(Enum::name).toList();
        String sql = "SELECT member_state, category, COUNT(*), SUM(units), SUM(personnel),"
                + " MAX(CASE WHEN synthetic = TRUE THEN 1 ELSE 0 END) FROM pledge"
                + " WHERE publication_consent = TRUE AND status IN (" + placeholders(1, statuses.size()) + ")"
                + " AND event_code IN (" + placeholders(1 + statuses.size(), events.size()) + ")"
                + " GROUP BY member_state, category";
        jakarta.persistence.Query query = em.createNativeQuery(sql);
        int position = 1;
        for (String status : statuses) {
            query.setParameter(position++, status);
        }
        for (String event : events) {
            query.setParameter(position++, event);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(row -> new Object[] {row[0], Category.valueOf((String) row[1]), row[2], row[3],
                row[4], row[5]}).toList();
    }

    private static String placeholders(int first, int count) {
        return java.util.stream.IntStream.range(first, first + count).mapToObj(i -> "?" + i)
                .collect(Collectors.joining(", "));
    }

    /** One cell of the query: a state's pledges of one category. */
    record Counted(String state, Category category, long pledges, long units, long personnel, boolean synthetic) {
    }

    /** Groups the counted cells, lists the states and suppresses; plain Java, given the states by code. */
    static PublicFigures publish(Ministerial ministerial, List<String> events, List<Counted> counted,
                                 Map<String, MemberState> states) {
        Map<Category, long[]> byCategory = new TreeMap<>();
        Map<String, long[]> byGroup = new TreeMap<>();
        Map<String, Long> statesPerGroup = new TreeMap<>();
        Map<String, State> pledging = new TreeMap<>();
        long[] total = new long[3];
        for (Counted cell : counted) {
            MemberState state = states.get(cell.state());
            String group = groupKey(state == null ? null : state.regionalGroup());
            add(byCategory.computeIfAbsent(cell.category(), c -> new long[3]), cell);
            add(byGroup.computeIfAbsent(group, g -> new long[3]), cell);
            add(total, cell);
            if (pledging.put(cell.state(), new State(cell.state(), state == null ? cell.state() : state.nameEn(),
                    state == null ? cell.state() : state.nameFr(), group)) == null) {
                statesPerGroup.merge(group, 1L, Long::sum);
            }
        }
        boolean synthetic = counted.stream().anyMatch(Counted::synthetic);
        List<State> listed = new ArrayList<>(pledging.values());
        listed.sort(Comparator.comparing(State::name));
        if (total[0] == 0) {
            return new PublicFigures(ministerial, events, listed, new Row("TOTAL",
                    new PublicFigures.Value(0, Mark.SHOWN), new PublicFigures.Value(0, Mark.SHOWN),
                    new PublicFigures.Value(0, Mark.SHOWN)), List.of(), List.of(), synthetic);
        }
        List<Category> categories = new ArrayList<>(byCategory.keySet());
        List<String> groups = new ArrayList<>(byGroup.keySet());
        groups.sort(Comparator.comparing((String g) -> g.equals(NO_GROUP)).thenComparing(g -> g));
        Cell totalCell = new Cell(total[0], total[1], total[2], Math.max(1, pledging.size()));
        List<Cell> categoryCells = categories.stream().map(c -> cell(byCategory.get(c), 1)).toList();
        List<Cell> groupCells = groups.stream().map(g -> cell(byGroup.get(g), statesPerGroup.get(g))).toList();
        Suppression.Result marks = Suppression.of(totalCell, categoryCells, groupCells);
        Row totalRow = Row.of("TOTAL", totalCell, marks.total());
        if (marks.total() != Mark.SHOWN) {
            return new PublicFigures(ministerial, events, listed, totalRow, List.of(), List.of(), synthetic);
        }
        List<Row> categoryRows = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            categoryRows.add(Row.of(categories.get(i).name(), categoryCells.get(i), marks.first().get(i)));
        }
        List<Row> groupRows = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            groupRows.add(Row.of(groups.get(i), groupCells.get(i), marks.second().get(i)));
        }
        return new PublicFigures(ministerial, events, listed, totalRow, categoryRows, groupRows, synthetic);
    }

    private static void add(long[] sums, Counted cell) {
        sums[0] += cell.pledges();
        sums[1] += cell.units();
        sums[2] += cell.personnel();
    }

    private static Cell cell(long[] sums, long known) {
        return new Cell(sums[0], sums[1], sums[2], Math.min(Math.max(1, known), sums[0]));
    }

    private static Ministerial ministerial(PledgingEvent event) {
        return new Ministerial(event.code(), event.nameEn(), event.nameFr(), event.city(), event.startDate());
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** A regional group's key in the figures: its name, {@link #NO_GROUP} for none. */
    static String groupKey(RegionalGroup group) {
        return group == null ? NO_GROUP : group.name();
    }
}
