package org.peacekeeping.pledges.notification.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.peacekeeping.pledges.platform.CurrentActor;
import org.peacekeeping.pledges.platform.Role;
import org.peacekeeping.pledges.notification.NotificationService;
import org.peacekeeping.pledges.notification.NotificationView;

/** The signed-in user's notices, newest first. */
@Named("inbox")
@ViewScoped
public class InboxBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NotificationService notifications;

    @Inject
    private CurrentActor currentUser;

    private List<NotificationView> notices;

    public List<NotificationView> getNotices() {
        if (notices == null) {
            notices = notifications.inbox(currentUser.actor(), false);
        }
        return notices;
    }

    public long getUnread() {
        return getNotices().stream().filter(NotificationView::unread).count();
    }

    public void markRead(long id) {
        notifications.markRead(currentUser.actor(), id);
        notices = null;
    }

    public void markAllRead() {
        notifications.markAllRead(currentUser.actor());
        notices = null;
    }

    /** Where a notice's pledge opens for this user. */
    public String getPledgePage() {
        return currentUser.actor().is(Role.FOCAL_POINT) ? "/pledges/edit" : "/review/pledge";
    }
}
