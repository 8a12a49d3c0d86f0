package org.peacekeeping.pledges.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.peacekeeping.pledges.account.AccountRepository;
import org.peacekeeping.pledges.account.UserAccount;
import org.peacekeeping.pledges.platform.Actor;
import org.peacekeeping.pledges.platform.NotFoundException;
import org.peacekeeping.pledges.pledge.Partner;
import org.peacekeeping.pledges.pledge.Pledge;

/**
 * Notices to focal points, and each signed-in user's inbox. Recording notices is part of the pledge use case that
 * causes them (same transaction: no notice without the change, no change without its notice); mailing them happens
 * after that transaction commits ({@link NoticeMailer}). A user only ever sees and touches their own notices.
 */
@ApplicationScoped
public class NotificationService {

    /** The inbox shows at most this many notices, newest first; the unread count covers them all. */
    public static final int INBOX_LIMIT = 200;

    private NotificationRepository notices;
    private AccountRepository accounts;
    private Event<NoticesToMail> toMail;
    private MailLinks links;

    protected NotificationService() {
        // for the CDI proxy
    }

    @Inject
    public NotificationService(NotificationRepository notices, AccountRepository accounts,
                               Event<NoticesToMail> toMail, MailLinks links) {
        this.notices = notices;
        this.accounts = accounts;
        this.toMail = toMail;
        this.links = links;
    }

    /**
     * Records a notice of this kind about the pledge for each enabled focal point of its member state (and of its
     * partner states, for a joint pledge), in each
     * one's preferred language, carrying the comment; those with a mail address are also mailed once the caller's
     * transaction commits, where a mail server is configured, with links to the pledge and the inbox where the
     * application's address is ({@link MailLinks}). Must run inside the caller's transaction.
     *
     * @param comment the reviewer's (or focal point's) comment, or {@code null}
     */
    @Transactional(TxType.MANDATORY)
    public void notifyFocalPoints(Pledge pledge, NotificationKind kind, String comment, Instant now) {
        Objects.requireNonNull(pledge, "pledge");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(now, "now");
        List<NoticesToMail.Mail> mails = new ArrayList<>();
        List<UserAccount> recipients = new ArrayList<>(accounts.focalPointsOf(pledge.memberStateCode()));
        for (Partner partner : pledge.partners()) { // a joint pledge's partners hear of it too (SPEC §9)
            recipients.addAll(accounts.focalPointsOf(partner.memberState()));
        }
        for (UserAccount recipient : recipients) {
            Locale language = NotificationTexts.language(recipient.preferredLocale());
            NotificationTexts.Text text = NotificationTexts.compose(kind, pledge.reference(), pledge.title(),
                    pledge.renewalDue(), language);
            Notification notice = new Notification(recipient.id(), pledge.id(), pledge.reference(), kind,
                    text.subject(), text.body(), comment, now);
            notices.add(notice);
            if (recipient.email() != null) {
                mails.add(new NoticesToMail.Mail(notice.id(), recipient.username(), recipient.email(), language,
                        text.subject(), NotificationTexts.mail(text.body(), notice.comment(), links.about(pledge.id()),
                        language)));
            }
        }
        if (!mails.isEmpty()) {
            toMail.fire(new NoticesToMail(mails));
        }
    }

    /** The actor's notices, newest first (at most {@link #INBOX_LIMIT}); only the unread ones if asked. */
    @Transactional
    public List<NotificationView> inbox(Actor actor, boolean unreadOnly) {
        return recipientId(actor)
                .map(id -> notices.inbox(id, unreadOnly, INBOX_LIMIT).stream().map(NotificationView::of).toList())
                .orElse(List.of());
    }

    @Transactional
    public long unreadCount(Actor actor) {
        return recipientId(actor).map(notices::countUnread).orElse(0L);
    }

    /**
     * Marks one of the actor's notices read (once: reading it again keeps the first time).
     *
     * @throws NotFoundException when the actor has no such notice, whether it does not exist or is someone else's
     */
    @Transactional
    public NotificationView markRead(Actor actor, long id) {
        Long recipientId = recipientId(actor).orElse(null);
        Notification notice = notices.find(id)
                .filter(n -> n.recipientId().equals(recipientId))
                .orElseThrow(() -> new NotFoundException("You have no notice " + id + "."));
        notice.markRead(Instant.now());
        return NotificationView.of(notice);
    }

    /** Marks all the actor's unread notices read; returns how many there were. */
    @Transactional
    public int markAllRead(Actor actor) {
        Optional<Long> recipientId = recipientId(actor);
        if (recipientId.isEmpty()) {
            return 0;
        }
        Instant now = Instant.now();
        List<Notification> unread = notices.unread(recipientId.get());
        unread.forEach(notice -> notice.markRead(now));
        return unread.size();
    }

    /** Notes that these notices were mailed (for the mailer, after it sent them). */
    @Transactional
    public void recordMailed(Collection<Long> ids, Instant when) {
        ids.forEach(id -> notices.find(id).ifPresent(notice -> notice.markMailed(when)));
    }

    private Optional<Long> recipientId(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        return accounts.byUsername(actor.username()).map(UserAccount::id);
    }
}
