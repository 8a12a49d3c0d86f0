package org.peacekeeping.pledges.window.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.peacekeeping.pledges.platform.CurrentActor;
import org.peacekeeping.pledges.platform.ForbiddenException;
import org.peacekeeping.pledges.platform.Role;
import org.peacekeeping.pledges.window.WindowReminderSchedule;

/** Operators may send the window-closing reminders due at once ({@code POST /api/admin/window-reminders}). */
@Path("admin/window-reminders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WindowReminderResource {

    @Inject
    private WindowReminderSchedule schedule;

    @Inject
    private CurrentActor currentUser;

    @POST
    public WindowReminderSchedule.Outcome runNow() {
        if (!currentUser.actor().is(Role.ADMIN)) {
            throw new ForbiddenException("Only an administrator may send the window reminders.");
        }
        return schedule.run(Instant.now());
    }
}
