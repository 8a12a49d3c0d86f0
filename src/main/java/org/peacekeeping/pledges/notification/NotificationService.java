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
import java.util.Map;
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
            record(recipient, pledge.id(), pledge.reference(), kind, text, comment, now).ifPresent(mails::add);
        }
        if (!mails.isEmpty()) {
            toMail.fire(new NoticesToMail(mails));
        }
    }

    /**
     * Records one notice already written in the recipient's language (a digest, a reminder: anything that is not
     * about one pledge's transition), and mails it after the caller's transaction commits, like every notice: the
     * one way into the inbox and out by mail, with the same retries. Must run inside the caller's transaction.
     *
     * @param pledgeId the pledge it is about, or {@code null} (its mail then links to the inbox only)
     */
    @Transactional(TxType.MANDATORY)
    public void notifyAccount(UserAccount recipient, Long pledgeId, String pledgeReference, NotificationKind kind,
                              NotificationTexts.Text text, Instant now) {
        record(recipient, pledgeId, pledgeReference, kind, text, null, now)
                .ifPresent(mail -> toMail.fire(new NoticesToMail(List.of(mail))));
    }

    /** Stores the notice; its mail (due from now on) when the recipient has an address. */
    private Optional<NoticesToMail.Mail> record(UserAccount recipient, Long pledgeId, String pledgeReference,
                                                NotificationKind kind, NotificationTexts.Text text, String comment,
                                                Instant now) {
        Notification notice = new Notification(recipient.id(), pledgeId, pledgeReference, kind, text.subject(),
                text.body(), comment, now);
        if (recipient.email() != null) {
            notice.mailDue(now.plus(MailRetries.LOST_SEND_AFTER));
        }
        notices.add(notice);
        return recipient.email() == null ? Optional.empty() : Optional.of(mailOf(notice, recipient));
    }

    /** A stored notice's mail to its recipient, in their language, with the links where the base URL is known. */
    private NoticesToMail.Mail mailOf(Notification notice, UserAccount recipient) {
        Locale language = NotificationTexts.language(recipient.preferredLocale());
        Optional<NotificationTexts.Links> about = links.about(notice.pledgeId());
        return new NoticesToMail.Mail(notice.id(), recipient.username(), recipient.email(), language,
                notice.subject(), NotificationTexts.mail(notice.body(), notice.comment(), about, language),
                NotificationTexts.html(notice.subject(), notice.body(), notice.comment(), about, language));
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

    /**
     * Notes the failed tries (notice id to the reason, on one line) and when each is tried next; returns the ids
     * given up on (tries used up, or too old), for the log.
     */
    @Transactional
    public List<Long> recordMailFailed(Map<Long, String> failures, MailRetries retries, Instant now) {
        List<Long> givenUp = new ArrayList<>();
        failures.forEach((id, reason) -> notices.find(id).ifPresent(notice -> {
            Instant next = retries.next(notice.mailTries() + 1, notice.createdAt(), now).orElse(null);
            notice.mailFailed(reason, next);
            if (next == null && notice.mailedAt() == null) {
                givenUp.add(id);
            }
        }));
        return givenUp;
    }

    /** Whether any notice's mail is due by {@code now} (a cheap look before the retry pass claims its slot). */
    @Transactional
    public boolean anyMailDue(Instant now) {
        return !notices.mailDue(now, 1).isEmpty();
    }

    /**
     * The mails due by {@code now}, at most {@code limit}, rebuilt from their stored notices for the recipient's
     * current address. A notice whose recipient lost their address or account is given up on here, with the reason.
     */
    @Transactional
    public List<NoticesToMail.Mail> mailsDue(Instant now, int limit) {
        List<NoticesToMail.Mail> due = new ArrayList<>();
        for (Notification notice : notices.mailDue(now, limit)) {
            Optional<UserAccount> recipient = accounts.byId(notice.recipientId())
                    .filter(account -> account.enabled() && account.email() != null);
            if (recipient.isEmpty()) {
                notice.mailFailed("the recipient has no mail address or is disabled now", null);
            } else if (!now.isBefore(notice.createdAt().plus(MailRetries.GIVE_UP_AFTER))) {
                notice.mailFailed("given up: not mailed within " + MailRetries.GIVE_UP_AFTER.toHours() + " hours",
                        null);
            } else {
                due.add(mailOf(notice, recipient.get()));
            }
        }
        return due;
    }

    private Optional<Long> recipientId(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        return accounts.byUsername(actor.username()).map(UserAccount::id);
    }
}
