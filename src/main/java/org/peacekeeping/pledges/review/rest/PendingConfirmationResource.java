package org.peacekeeping.pledges.review.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.peacekeeping.pledges.platform.CurrentActor;
import org.peacekeeping.pledges.platform.InvalidInputException;
import org.peacekeeping.pledges.review.AssessmentService;
import org.peacekeeping.pledges.review.PendingConfirmation;

/**
 * The assessments across pledges, for a machine client ({@code GET /api/assessments?state=PENDING}): those raising
 * a pledge to Rapid Deployment that wait for a second reviewer, as the reviewers' queue lists them (SPEC §10). Only
 * {@code PENDING} is listed: a pledge's own assessments, whatever their state, are at
 * {@code /api/pledges/{id}/assessments}.
 */
@Path("assessments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PendingConfirmationResource {

    @Inject
    private AssessmentService assessments;

    @Inject
    private CurrentActor currentUser;

    @GET
    public List<PendingConfirmation> pending(@QueryParam("state") String state) {
        if (state == null || !state.strip().toUpperCase(Locale.ROOT).equals("PENDING")) {
            throw InvalidInputException.parameter("state", "must be PENDING (the assessments waiting for a second "
                    + "reviewer); a pledge's own assessments, whatever their state, are at "
                    + "/api/pledges/{id}/assessments");
        }
        return assessments.waitingForConfirmation(currentUser.actor());
    }
}
