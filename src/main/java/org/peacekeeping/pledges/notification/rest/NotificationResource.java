package org.peacekeeping.pledges.notification.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.peacekeeping.pledges.notification.NotificationService;
import org.peacekeeping.pledges.notification.NotificationView;
import org.peacekeeping.pledges.platform.CurrentActor;
import org.peacekeeping.pledges.platform.QueryFlag;

/**
 * The signed-in user's inbox: {@code GET /api/notifications[?unread=true]} (newest first, at most
 * {@value NotificationService#INBOX_LIMIT}), {@code GET /api/notifications/unread-count},
 * {@code POST /api/notifications/{id}/read} and {@code POST /api/notifications/read-all}. Someone else's notice
 * answers 404, as one that does not exist.
 */
@Path("notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    @Inject
    private CurrentActor currentUser;

    @Inject
    private NotificationService notifications;

    /** {@code {"unread": n}} */
    public record UnreadCount(long unread) {
    }

    /** {@code {"marked": n}}: how many notices were unread and are now read. */
    public record Marked(int marked) {
    }

    @GET
    public List<NotificationView> inbox(@QueryParam("unread") String unreadOnly) {
        return notifications.inbox(currentUser.actor(), QueryFlag.parse("unread", unreadOnly));
    }

    @GET
    @Path("unread-count")
    public UnreadCount unreadCount() {
        return new UnreadCount(notifications.unreadCount(currentUser.actor()));
    }

    @POST
    @Path("{id}/read")
    public NotificationView markRead(@PathParam("id") long id) {
        return notifications.markRead(currentUser.actor(), id);
    }

    @POST
    @Path("read-all")
    public Marked markAllRead() {
        return new Marked(notifications.markAllRead(currentUser.actor()));
    }
}
