package org.peacekeeping.pledges.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Persistence of notices; joins the caller's transaction. */
@ApplicationScoped
public class NotificationRepository {

    @PersistenceContext
    private EntityManager em;

    public void add(Notification notice) {
        em.persist(notice);
    }

    public Optional<Notification> find(long id) {
        return Optional.ofNullable(em.find(Notification.class, id));
    }

    /** The recipient's newest notices first, at most {@code limit} of them; only unread ones if asked. */
    public List<Notification> inbox(long recipientId, boolean unreadOnly, int limit) {
        return em.createNamedQuery(unreadOnly ? Notification.UNREAD : Notification.INBOX, Notification.class)
                .setParameter("recipientId", recipientId)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Every unread notice of the recipient. */
    public List<Notification> unread(long recipientId) {
        return em.createNamedQuery(Notification.UNREAD, Notification.class)
                .setParameter("recipientId", recipientId)
                .getResultList();
    }

    /** Notices whose mail is due by {@code now} and has not gone out, the longest waiting first. */
    public List<Notification> mailDue(Instant now, int limit) {
        return em.createNamedQuery(Notification.MAIL_DUE, Notification.class)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    public long countUnread(long recipientId) {
        return em.createNamedQuery(Notification.COUNT_UNREAD, Long.class)
                .setParameter("recipientId", recipientId)
                .getSingleResult();
    }
}
