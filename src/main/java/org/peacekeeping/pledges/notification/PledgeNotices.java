package org.peacekeeping.pledges.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import org.peacekeeping.pledges.pledge.PledgeAction;
import org.peacekeeping.pledges.pledge.PledgeStatus;
import org.peacekeeping.pledges.pledge.PledgeTransitioned;
import org.peacekeeping.pledges.pledge.RenewalDue;

/**
 * Which pledge events the focal points hear of (SPEC §3, notifications): observed synchronously, so each notice is
 * written in the transaction of the change that caused it; mail follows after commit ({@link NoticeMailer}).
 */
@ApplicationScoped
public class PledgeNotices {

    private NotificationService notifications;

    protected PledgeNotices() {
        // for the CDI proxy
    }

    @Inject
    public PledgeNotices(NotificationService notifications) {
        this.notifications = notifications;
    }

    void transitioned(@Observes PledgeTransitioned event) {
        kindOf(event.action(), event.from()).ifPresent(kind ->
                notifications.notifyFocalPoints(event.pledge(), kind, event.comment(), event.at()));
    }

    void renewalDue(@Observes RenewalDue event) {
        notifications.notifyFocalPoints(event.pledge(), NotificationKind.RENEWAL_DUE, null, event.at());
    }

    /** The notice an action sends, if any: starting a review, editing and assessing send none. */
    static Optional<NotificationKind> kindOf(PledgeAction action, PledgeStatus from) {
        return Optional.ofNullable(switch (action) {
            case SUBMIT -> NotificationKind.ACKNOWLEDGEMENT;
            case RETURN -> NotificationKind.RETURNED;
            case APPROVE -> NotificationKind.APPROVED;
            case REJECT -> NotificationKind.REJECTED;
            case REOPEN -> NotificationKind.REOPENED;
            case RENEW -> from == PledgeStatus.LAPSED ? NotificationKind.ACKNOWLEDGEMENT : NotificationKind.RENEWED;
            case WITHDRAW -> NotificationKind.WITHDRAWN;
            case LAPSE -> NotificationKind.LAPSED;
            case DEPLOY -> NotificationKind.DEPLOYED;
            case REPATRIATE -> NotificationKind.REPATRIATED;
            default -> null;
        });
    }
}
