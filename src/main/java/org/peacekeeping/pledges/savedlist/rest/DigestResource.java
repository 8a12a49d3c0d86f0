package org.peacekeeping.pledges.savedlist.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peacekeeping.pledges.platform.CurrentActor;
import org.peacekeeping.pledges.platform.ForbiddenException;
import org.peacekeeping.pledges.platform.Role;
import org.peacekeeping.pledges.savedlist.DigestSchedule;

/** Operators may run the daily digest of followed saved lists at once ({@code POST /api/admin/digests}). */
@Path("admin/digests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class DigestResource {

    @Inject
    private DigestSchedule schedule;

    @Inject
    private CurrentActor currentUser;

    @POST
    @Operation(operationId = "runDigests", summary = "Send today's digests of followed saved lists now",
            description = "Administrators only; the same as the daily run. An account gets at most one digest per "
                    + "UTC day: a second run the same day sends only to those who had nothing yet.")
    @APIResponse(responseCode = "200", description = "What the run did",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DigestRun")))
    @APIResponse(responseCode = "403", description = "Only an administrator may run it")
    public DigestSchedule.Outcome runNow() {
        if (!currentUser.actor().is(Role.ADMIN)) {
            throw new ForbiddenException("Only an administrator may run the saved-list digest.");
        }
        return schedule.run(Instant.now());
    }
}
