package org.peacekeeping.pledges.review.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.peacekeeping.pledges.platform.CurrentActor;
import org.peacekeeping.pledges.platform.JsonFields;
import org.peacekeeping.pledges.platform.NotFoundException;
import org.peacekeeping.pledges.pledge.ReadinessLevel;
import org.peacekeeping.pledges.pledge.rest.PledgeIds;
import org.peacekeeping.pledges.review.AssessmentInput;
import org.peacekeeping.pledges.review.AssessmentOutcome;
import org.peacekeeping.pledges.review.AssessmentService;
import org.peacekeeping.pledges.review.AssessmentType;
import org.peacekeeping.pledges.review.AssessmentView;

/** A pledge's readiness assessments over JSON (SPEC §6). Authorization is the service's; this class only translates. */
@Path("pledges/{id}/assessments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentResource {

    @Inject
    private AssessmentService assessments;

    @Inject
    private CurrentActor currentUser;

    @Context
    private UriInfo uriInfo;

    @GET
    public List<AssessmentView> assessments(@PathParam("id") String id) {
        return assessments.assessments(currentUser.actor(), PledgeIds.parse(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response assess(@PathParam("id") String id, JsonObject body) {
        long pledgeId = PledgeIds.parse(id);
        JsonFields fields = new JsonFields(body);
        AssessmentInput input = new AssessmentInput(fields.enumeration("type", AssessmentType.class),
                fields.date("assessedOn"), fields.enumeration("outcome", AssessmentOutcome.class),
                fields.enumeration("readinessLevel", ReadinessLevel.class), fields.text("notes"),
                fields.longValue("version"), fields.errors());
        AssessmentView recorded = assessments.assess(currentUser.actor(), pledgeId, input);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(recorded.id())).build())
                .entity(recorded).build();
    }

    /** A second reviewer confirms an assessment raising the pledge to Rapid Deployment (SPEC §10, four eyes). */
    @POST
    @Path("{assessmentId}/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    public AssessmentView confirm(@PathParam("id") String id, @PathParam("assessmentId") String assessmentId,
                                  JsonObject body) {
        long pledgeId = PledgeIds.parse(id);
        long assessment;
        try {
            assessment = Long.parseLong(assessmentId);
        } catch (NumberFormatException e) {
            throw new NotFoundException("There is no assessment " + assessmentId + ".");
        }
        JsonFields fields = new JsonFields(body == null ? JsonObject.EMPTY_JSON_OBJECT : body);
        Long version = fields.longValue("version");
        fields.check();
        return assessments.confirm(currentUser.actor(), pledgeId, assessment, version);
    }
}
