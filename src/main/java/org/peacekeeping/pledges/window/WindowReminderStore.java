package org.peacekeeping.pledges.window;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The reminders sent ({@code window_reminder}) and the drafts they are about, in SQL: the key (event, closing date,
 * days before, recipient) lets each reminder be recorded once, whichever run or instance sends it.
 */
@ApplicationScoped
public class WindowReminderStore {

    /** A pledge a focal point still has to submit for an event. */
    public record Draft(long id, String reference, String title, String memberState) {
    }

    @PersistenceContext
    private EntityManager em;

    /** Drafts and returned pledges for the event, by state and reference. */
    public List<Draft> drafts(String eventCode) {
        List<?> rows = em.createNativeQuery("SELECT id, reference, title, member_state FROM pledge "
                + "WHERE event_code = ?1 AND status IN ('DRAFT', 'RETURNED') ORDER BY member_state, reference")
                .setParameter(1, eventCode).getResultList();
        return rows.stream().map(row -> (Object[]) row).map(r -> new Draft(((Number) r[0]).longValue(),
                (String) r[1], (String) r[2], (String) r[3])).toList();
    }

    public boolean sent(String eventCode, LocalDate closesOn, int daysBefore, long accountId) {
        Number count = (Number) em.createNativeQuery("SELECT COUNT(*) FROM window_reminder WHERE event_code = ?1 "
                        + "AND closes_on = ?2 AND days_before = ?3 AND account_id = ?4")
                .setParameter(1, eventCode).setParameter(2, closesOn).setParameter(3, daysBefore)
                .setParameter(4, accountId).getSingleResult();
        return count.longValue() > 0;
    }

    /** Records a reminder; a second insert of the same key fails on the primary key (another instance was first). */
    public void record(String eventCode, LocalDate closesOn, int daysBefore, long accountId, int drafts, Instant now) {
        em.createNativeQuery("INSERT INTO window_reminder (event_code, closes_on, days_before, account_id, drafts, "
                        + "sent_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, eventCode).setParameter(2, closesOn).setParameter(3, daysBefore)
                .setParameter(4, accountId).setParameter(5, drafts).setParameter(6, now.atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }
}
