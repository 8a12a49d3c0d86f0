package org.peacekeeping.pledges.pledge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.peacekeeping.pledges.platform.FreshnessCache;

/** Persistence of pledges, their references and history; joins the caller's transaction. */
@ApplicationScoped
public class PledgeRepository {

    /**
     * What the register reads from: a pledge with its state, type and (optional) event, whose names it shows. The
     * list's page reads the pledge alone ({@code FROM Pledge p}): its filters and sorts are on the pledge's own
     * columns (the foreign keys included), so PostgreSQL walks one index in the asked order and stops after a page.
     */
    private static final String FROM =
            " FROM Pledge p JOIN p.memberState m JOIN p.capabilityType t LEFT JOIN p.event e";

    /**
     * A list's count, {@code COUNT(*)} in SQL. JPQL's {@code COUNT(p)} becomes {@code COUNT(id)}, which reads the id
     * of every matching row: no index-only scan on an index without it (at 100,000 pledges, approved medical ones
     * 8.1 ms from the table instead of 0.8 ms from {@code ix_pledge_status_category}; an event a sequential scan,
     * 46 ms instead of 3.4 ms).
     */
    private static final String COUNT = "SELECT SQL('COUNT(*)') FROM Pledge p";

    /** Rows read through the register's cursor (and their missions fetched) per round trip. */
    private static final int ROW_CHUNK = 500;

    /** How long a list's count may be served again while no pledge changed (see {@link #total}). */
    private static final Duration COUNT_MAX_AGE = Duration.ofSeconds(10);

    private final FreshnessCache<PledgeFilter, Long> sharedCounts = new FreshnessCache<>(COUNT_MAX_AGE, 1_000);

    @PersistenceContext
    private EntityManager em;

    /**
     * Hands out the next reference for a state and year. The counter row is read under a write lock, so two
     * transactions creating pledges for the same state queue here instead of taking the same number.
     */
    public String nextReference(String memberState, int year) {
        PledgeReferenceCounter.Key key = new PledgeReferenceCounter.Key(memberState, year);
        PledgeReferenceCounter counter = em.find(PledgeReferenceCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            counter = new PledgeReferenceCounter(key);
            em.persist(counter);
        }
        return counter.next();
    }

    /**
     * Hands out {@code count} consecutive references for a state and year under one lock of the counter row, for
     * a batch of new pledges (an uploaded form).
     */
    public List<String> nextReferences(String memberState, int year, int count) {
        PledgeReferenceCounter.Key key = new PledgeReferenceCounter.Key(memberState, year);
        PledgeReferenceCounter counter = em.find(PledgeReferenceCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            counter = new PledgeReferenceCounter(key);
            em.persist(counter);
        }
        List<String> references = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            references.add(counter.next());
        }
        return references;
    }

    /**
     * Stores a new pledge without flushing, for batches: the sequence gives it its id at once, and the batch is
     * written together at the next flush.
     */
    public void stage(Pledge pledge) {
        em.persist(pledge);
    }

    /** Stores a new pledge and flushes, so that it has its id for the history entry that follows. */
    public Pledge add(Pledge pledge) {
        em.persist(pledge);
        em.flush();
        return pledge;
    }

    public Optional<Pledge> byId(long id) {
        return Optional.ofNullable(em.find(Pledge.class, id));
    }

    public Optional<Pledge> byReference(String reference) {
        return em.createNamedQuery(Pledge.BY_REFERENCE, Pledge.class).setParameter("reference", reference)
                .getResultStream().findFirst();
    }

    public long count() {
        return em.createNamedQuery(Pledge.COUNT_ALL, Long.class).getSingleResult();
    }

    /**
     * One page of the pledges a filter matches, within a scope: a focal point's state ({@code ownState}), or
     * everything but drafts ({@code excludeDrafts}). Filtering, counting, sorting and paging happen in the database.
     *
     * <p>The page is read first. When it says how many there are (a first page that is not full, or a later page
     * that is neither full nor empty), nothing is counted; otherwise {@link #count} counts on the pledge table
     * alone, so that the indexes on its own columns answer it.
     */
    public Page<PledgeView> find(PledgeFilter filter, String ownState, boolean excludeDrafts, PledgeSort.Order order,
                                 int page, int size) {
        PledgeCondition condition = PledgeCondition.of(filter, ownState, partnerOf(ownState), excludeDrafts);
        // A projection, not entities: a page is only shown, so nothing needs the persistence context's copies and
        // change tracking, which cost more than the query itself. The state, type and event are shown by their
        // codes (the pledge's own columns); the missions and lines are read for the whole page, one query each.
        Query select = condition.bind(em.createQuery(PledgeView.SELECT + " FROM Pledge p" + condition.where()
                + " ORDER BY " + order.jpql()));
        List<?> rows = select.setFirstResult(page * size).setMaxResults(size).getResultList();
        List<Long> ids = rows.stream().map(row -> ((Number) ((Object[]) row)[0]).longValue()).toList();
        Map<Long, List<String>> missions = missionsOf(ids);
        Map<Long, List<LineItem>> lines = linesOf(ids);
        Map<Long, List<Partner>> partners = partnersOf(ids);
        List<PledgeView> items = rows.stream().map(row -> (Object[]) row)
                .map(row -> PledgeView.of(row, missions.get(((Number) row[0]).longValue()),
                        lines.get(((Number) row[0]).longValue()), partners.get(((Number) row[0]).longValue())))
                .toList();
        boolean pageSaysTotal = items.size() < size && (page == 0 || !items.isEmpty());
        long total = pageSaysTotal ? (long) page * size + items.size() : total(filter, ownState, excludeDrafts);
        return new Page<>(total, page, size, items);
    }

    /** The preferred missions of some pledges, in code order; pledges without any are not in the map. */
    private Map<Long, List<String>> missionsOf(List<Long> ids) {
        Map<Long, List<String>> missions = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT p.id, pm FROM Pledge p JOIN p.preferredMissions pm WHERE p.id IN :ids ORDER BY pm",
                            Object[].class)
                    .setParameter("ids", ids).getResultList()
                    .forEach(row -> missions.computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>())
                            .add((String) row[1]));
        }
        return missions;
    }

    /**
     * The ids of the joint pledges a state is a partner of (none without a state): with the state's own pledges,
     * what its focal points see (one index range of {@code ix_pledge_partner_state}).
     */
    public List<Long> partnerOf(String state) {
        if (state == null) {
            return List.of();
        }
        return em.createQuery("SELECT p.id FROM Pledge p JOIN p.partners pp WHERE pp.memberState = :state"
                        + " ORDER BY p.id", Long.class)
                .setParameter("state", state).getResultList();
    }

    /** The partner states of some pledges, in code order; pledges without any are not in the map. */
    Map<Long, List<Partner>> partnersOf(List<Long> ids) {
        Map<Long, List<Partner>> partners = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT p.id, pp.memberState, pp.role FROM Pledge p JOIN p.partners pp WHERE p.id IN :ids"
                            + " ORDER BY p.id, pp.memberState", Object[].class)
                    .setParameter("ids", ids).getResultList()
                    .forEach(row -> partners.computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>())
                            .add(new Partner((String) row[1], (String) row[2])));
        }
        return partners;
    }

    /**
     * The partner states of some pledges as the register names them, "Bangladesh (BGD): provides the crews", in code
     * order; pledges without any are not in the map.
     */
    private Map<Long, List<String>> partnerNamesOf(List<Long> ids) {
        Map<Long, List<String>> partners = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT p.id, pp.memberState, pp.role, m.nameEn FROM Pledge p JOIN p.partners pp, "
                            + "MemberState m WHERE m.iso3 = pp.memberState AND p.id IN :ids"
                            + " ORDER BY p.id, pp.memberState", Object[].class)
                    .setParameter("ids", ids).getResultList()
                    .forEach(row -> partners.computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>())
                            .add(row[3] + " (" + row[1] + ")" + (row[2] == null ? "" : ": " + row[2])));
        }
        return partners;
    }

    /** The detail lines of some pledges, in their order; pledges without any are not in the map. */
    private Map<Long, List<LineItem>> linesOf(List<Long> ids) {
        Map<Long, List<LineItem>> lines = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT l.pledge.id, l.kind, l.description, l.quantity FROM PledgeLine l"
                            + " WHERE l.pledge.id IN :ids ORDER BY l.pledge.id, l.position", Object[].class)
                    .setParameter("ids", ids).getResultList()
                    .forEach(row -> lines.computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>())
                            .add(new LineItem((LineKind) row[1], (String) row[2], ((Number) row[3]).intValue())));
        }
        return lines;
    }

    /**
     * The count of a list, served again while no pledge changed for the lists everyone but focal points see (no drafts,
     * all states, no text search): paging through a broad list, or many analysts opening the same one, counts once
     * (a broad count reads 10,000 to 90,000 index entries at 100,000 pledges). A change to any pledge moves its
     * {@code updated_at}, which {@link #lastChange()} reads on every call; only drafts are ever deleted, and these
     * lists do not count drafts.
     */
    private long total(PledgeFilter filter, String ownState, boolean excludeDrafts) {
        if (ownState != null || !excludeDrafts || filter.text() != null) {
            return count(filter, ownState, excludeDrafts);
        }
        return sharedCounts.get(filter, lastChange(), () -> count(filter, null, true));
    }

    /**
     * The time of the last change to any pledge, as text (one index look-up): every verb moves {@code updated_at}, so
     * figures computed from pledges stay right while it is unchanged (the list counts here, the gap view and the
     * dashboard).
     */
    public String lastChange() {
        // Native: in JPQL the attribute converter for instants would be applied to MAX's result, and fail.
        return String.valueOf(em.createNativeQuery("SELECT MAX(updated_at) FROM pledge").getSingleResult());
    }

    /**
     * How many pledges {@link #find} would list for a filter within a scope: the page's own condition on the pledge
     * table alone, counted as {@link #COUNT}, so that PostgreSQL counts from an index on the columns it names.
     */
    public long count(PledgeFilter filter, String ownState, boolean excludeDrafts) {
        PledgeCondition condition = PledgeCondition.of(filter, ownState, partnerOf(ownState), excludeDrafts);
        return ((Number) condition.bind(em.createQuery(COUNT + condition.where())).getSingleResult()).longValue();
    }

    /**
     * Hands every pledge {@link #find} would count for the same filter and scope to {@code sink}, in {@code order},
     * as flat rows: one projection query read through a forward-only database cursor, with the preferred missions
     * fetched for a chunk of rows at a time. Nothing accumulates, so memory stays flat however many rows there are.
     *
     * @return how many rows were handed over
     */
    public long forEachRow(PledgeFilter filter, String ownState, boolean excludeDrafts, PledgeSort.Order order,
                           Consumer<PledgeRow> sink) {
        PledgeCondition condition = PledgeCondition.of(filter, ownState, partnerOf(ownState), excludeDrafts);
        readInTransaction();
        Query query = em.createQuery(PledgeRow.SELECT + FROM + condition.where() + " ORDER BY " + order.jpql())
                .setHint("eclipselink.cursor.scrollable", true)
                .setHint("eclipselink.cursor.scrollable.result-set-type", "ForwardOnly")
                .setHint("eclipselink.cursor.scrollable.result-set-concurrency", "ReadOnly")
                .setHint("eclipselink.jdbc.fetch-size", ROW_CHUNK);
        Object cursor = condition.bind(query).getSingleResult();
        long count = 0;
        try {
            Iterator<?> rows = (Iterator<?>) cursor;
            List<Object[]> chunk = new ArrayList<>(ROW_CHUNK);
            while (rows.hasNext()) {
                chunk.add((Object[]) rows.next());
                if (chunk.size() == ROW_CHUNK) {
                    count += handOver(chunk, sink);
                }
            }
            count += handOver(chunk, sink);
        } finally {
            closeCursor(cursor);
        }
        return count;
    }

    private long handOver(List<Object[]> chunk, Consumer<PledgeRow> sink) {
        if (chunk.isEmpty()) {
            return 0;
        }
        List<Long> ids = chunk.stream().map(row -> ((Number) row[0]).longValue()).toList();
        Map<Long, List<String>> missions = missionsOf(ids);
        Map<Long, List<String>> partners = partnerNamesOf(ids);
        chunk.forEach(row -> sink.accept(PledgeRow.of(row, missions.get(((Number) row[0]).longValue()),
                partners.get(((Number) row[0]).longValue()))));
        int size = chunk.size();
        chunk.clear();
        return size;
    }

    /**
     * Makes this transaction's reads go through its own, enlisted database connection, inside the database
     * transaction. Until something is written EclipseLink reads on the container's non-transactional connection, in
     * auto-commit mode, and there (and for read-only queries, which bypass the transaction) the PostgreSQL driver
     * ignores the fetch size and holds the whole result in memory: a register of 1,000,000 pledges ran a 512 MB server
     * out of memory at 420,000 rows. Inside the transaction the driver reads {@link #ROW_CHUNK} rows per round trip.
     * EclipseLink's own class is not on this module's compile path, so it is called by name.
     */
    private void readInTransaction() {
        try {
            Class<?> type = Class.forName("org.eclipse.persistence.sessions.UnitOfWork", true,
                    em.getDelegate().getClass().getClassLoader());
            Object unitOfWork = em.unwrap(type);
            type.getMethod("beginEarlyTransaction").invoke(unitOfWork);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Could not start the database transaction of a streamed read", e);
        }
    }

    /**
     * EclipseLink's cursor holds a statement and result set until closed; its class is not on this module's compile
     * path (only the JPA API is), so it is closed by name.
     */
    private static void closeCursor(Object cursor) {
        try {
            cursor.getClass().getMethod("close").invoke(cursor);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Could not close the database cursor " + cursor.getClass(), e);
        }
    }

    public List<Pledge> dueToLapse(LocalDate today) {
        return em.createNamedQuery(Pledge.DUE_TO_LAPSE, Pledge.class).setParameter("today", today).getResultList();
    }

    public List<Pledge> dueForReminder(LocalDate from, LocalDate to) {
        return em.createNamedQuery(Pledge.DUE_FOR_REMINDER, Pledge.class).setParameter("from", from)
                .setParameter("to", to).getResultList();
    }

    public void flush() {
        em.flush();
    }

    public void record(PledgeHistoryEntry entry) {
        em.persist(entry);
    }

    public List<PledgeHistoryEntry> history(long pledgeId) {
        return em.createNamedQuery(PledgeHistoryEntry.OF_PLEDGE, PledgeHistoryEntry.class)
                .setParameter("pledgeId", pledgeId).getResultList();
    }

    public void remove(Pledge pledge) {
        em.remove(pledge);
    }
}
