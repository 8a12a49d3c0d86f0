package org.peacekeeping.pledges.requirement.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.peacekeeping.pledges.platform.CurrentActor;
import org.peacekeeping.pledges.requirement.GapReport;
import org.peacekeeping.pledges.requirement.RequirementService;

/**
 * {@code GET /api/gaps?event=}: requirements against approved pledges per capability type and readiness level, for
 * one event or (without {@code event}) for all. Not for focal points (403); an unknown event is a 404.
 */
@Path("gaps")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class GapResource {

    @Inject
    private CurrentActor currentUser;

    @Inject
    private RequirementService requirements;

    @GET
    public GapReport gaps(@QueryParam("event") String event) {
        return requirements.gaps(currentUser.actor(), event);
    }
}
