package org.peacekeeping.pledges.pledge.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.peacekeeping.pledges.platform.CurrentActor;
import org.peacekeeping.pledges.platform.Role;
import org.peacekeeping.pledges.platform.ForbiddenException;
import org.peacekeeping.pledges.pledge.RenewalSchedule;

/** Operators may run the hourly renewal schedule at once ({@code POST /api/admin/renewals}). */
@Path("admin/renewals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ScheduleResource {

    @Inject
    private RenewalSchedule schedule;

    @Inject
    private CurrentActor currentUser;

    @POST
    public RenewalSchedule.Outcome runNow() {
        if (!currentUser.actor().is(Role.ADMIN)) {
            throw new ForbiddenException("Only an administrator may run the renewal schedule.");
        }
        return schedule.run(Instant.now());
    }
}
