package org.peacekeeping.pledges.requirement.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.peacekeeping.pledges.platform.CurrentActor;
import org.peacekeeping.pledges.requirement.RequirementService;
import org.peacekeeping.pledges.requirement.RequirementView;

/**
 * {@code /api/requirements}: capability requirements (SPEC §6). Everyone signed in reads them; reviewers create,
 * change and delete them. Bodies are read field by field ({@link RequirementJson}) so that every wrong field is
 * named in the 400 answer.
 */
@Path("requirements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RequirementResource {

    @Inject
    private CurrentActor currentUser;

    @Inject
    private RequirementService requirements;

    /** All requirements, or those of {@code ?event=} (404 when there is no such event), as a plain array. */
    @GET
    public List<RequirementView> list(@QueryParam("event") String event) {
        return requirements.list(currentUser.actor(), event);
    }

    @GET
    @Path("{id: [0-9]+}")
    public RequirementView find(@PathParam("id") long id) {
        return requirements.find(currentUser.actor(), id);
    }

    /** Creates a requirement: 201 with its address in {@code Location} and the requirement as stored. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonObject body, @Context UriInfo uriInfo) {
        RequirementView created = requirements.create(currentUser.actor(), RequirementJson.input(body));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created)
                .build();
    }

    /** Replaces a requirement's content; the body carries the {@code version} read (409 when stale). */
    @PUT
    @Path("{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public RequirementView update(@PathParam("id") long id, JsonObject body) {
        return requirements.update(currentUser.actor(), id, RequirementJson.input(body));
    }

    @DELETE
    @Path("{id: [0-9]+}")
    public Response delete(@PathParam("id") long id) {
        requirements.delete(currentUser.actor(), id);
        return Response.noContent().build();
    }
}
