package org.peacekeeping.pledges.window;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.peacekeeping.pledges.account.AccountRepository;
import org.peacekeeping.pledges.account.UserAccount;
import org.peacekeeping.pledges.notification.MailLinks;
import org.peacekeeping.pledges.notification.NotificationKind;
import org.peacekeeping.pledges.notification.NotificationService;
import org.peacekeeping.pledges.notification.NotificationTexts;
import org.peacekeeping.pledges.reference.PledgingEvent;
import org.peacekeeping.pledges.reference.PledgingWindow;
import org.peacekeeping.pledges.reference.ReferenceDataRepository;

/**
 * Which window-closing reminders are due, and sending one (SPEC §12). A reminder is due for each enabled focal
 * point of a state with drafts or returned pledges for an event whose window closes within {@value #FIRST} days
 * (the 7-day reminder) or within {@value #LAST} day (the 1-day reminder, down to the closing day itself, so that a
 * run missed the day before catches up). Once the 1-day reminder is due the 7-day one is no longer sent. Each
 * reminder is sent once per closing date: a window extended to a later date makes its reminders due again.
 */
@ApplicationScoped
public class WindowReminders {

    /** Days before the closing day of the first and of the last reminder. */
    public static final int FIRST = 7;
    public static final int LAST = 1;

    /** One reminder to send. */
    public record Due(String eventCode, LocalDate closes, int daysBefore, long accountId, String memberState) {
    }

    @Inject
    private ReferenceDataRepository reference;

    @Inject
    private AccountRepository accounts;

    @Inject
    private WindowReminderStore store;

    @Inject
    private NotificationService notifications;

    @Inject
    private MailLinks links;

    /** The reminder stage due with this many days left: 7, 1, or none. */
    static Optional<Integer> stage(long daysLeft) {
        if (daysLeft < 0 || daysLeft > FIRST) {
            return Optional.empty();
        }
        return Optional.of(daysLeft <= LAST ? LAST : FIRST);
    }

    /** Every reminder due today and not sent yet. */
    @Transactional
    public List<Due> due(LocalDate today) {
        List<Due> due = new ArrayList<>();
        for (PledgingEvent event : reference.events()) {
            Long left = event.window().daysLeft(today);
            Optional<Integer> stage = left == null ? Optional.empty() : stage(left);
            if (stage.isEmpty()) {
                continue;
            }
            List<String> states = store.drafts(event.code()).stream().map(WindowReminderStore.Draft::memberState)
                    .distinct().toList();
            for (String state : states) {
                for (UserAccount focalPoint : accounts.focalPointsOf(state)) {
                    if (!store.sent(event.code(), event.pledgingCloses(), stage.get(), focalPoint.id())) {
                        due.add(new Due(event.code(), event.pledgingCloses(), stage.get(), focalPoint.id(), state));
                    }
                }
            }
        }
        return due;
    }

    /**
     * Sends one reminder in its own transaction, its record and its notice together: false when it is no longer due
     * (the window changed, the drafts were submitted, the account is gone, or it was sent meanwhile). Two instances
     * sending the same reminder at once: the record's key lets one through and the other's transaction fails.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean send(Due due, Instant now) {
        Optional<PledgingEvent> event = reference.event(due.eventCode())
                .filter(e -> due.closes().equals(e.pledgingCloses()));
        Optional<UserAccount> recipient = accounts.byId(due.accountId()).filter(UserAccount::enabled);
        if (event.isEmpty() || recipient.isEmpty()) {
            return false;
        }
        Long left = event.get().window().daysLeft(PledgingWindow.today(now));
        if (left == null || !stage(left).equals(Optional.of(due.daysBefore()))
                || store.sent(due.eventCode(), due.closes(), due.daysBefore(), due.accountId())) {
            return false;
        }
        List<WindowReminderStore.Draft> drafts = store.drafts(due.eventCode()).stream()
                .filter(draft -> draft.memberState().equals(due.memberState())).toList();
        if (drafts.isEmpty()) {
            return false;
        }
        store.record(due.eventCode(), due.closes(), due.daysBefore(), due.accountId(), drafts.size(), now);
        UserAccount account = recipient.get();
        NotificationTexts.Text text = WindowReminderTexts.compose(
                event.get().name(NotificationTexts.language(account.preferredLocale())), due.closes(), left, drafts,
                id -> links.about(id).map(NotificationTexts.Links::pledge).orElse(null), account.preferredLocale());
        WindowReminderStore.Draft only = drafts.size() == 1 ? drafts.get(0) : null;
        notifications.notifyAccount(account, only == null ? null : only.id(), only == null ? null : only.reference(),
                NotificationKind.WINDOW_CLOSING, text, now);
        return true;
    }
}
