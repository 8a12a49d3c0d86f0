package org.peacekeeping.pledges.savedlist.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peacekeeping.pledges.platform.CurrentActor;
import org.peacekeeping.pledges.platform.InvalidInputException;
import org.peacekeeping.pledges.platform.JsonFields;
import org.peacekeeping.pledges.platform.NotFoundException;
import org.peacekeeping.pledges.platform.Problem.FieldError;
import org.peacekeeping.pledges.savedlist.ListPage;
import org.peacekeeping.pledges.savedlist.SavedListService;
import org.peacekeeping.pledges.savedlist.SavedListView;

/**
 * The signed-in user's saved lists (SPEC §12): {@code GET/POST /api/saved-lists}, {@code GET/PUT/DELETE
 * /api/saved-lists/{id}} (rename, change the filters; the body carries {@code version}), and {@code PUT/DELETE
 * /api/saved-lists/{id}/follow}. Another user's list does not exist here (404).
 */
@Path("saved-lists")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Saved lists", description = "Named filters of the pledge lists, and the daily digest of followed ones")
public class SavedListResource {

    @Inject
    private SavedListService lists;

    @Inject
    private CurrentActor currentUser;

    @Context
    private UriInfo uriInfo;

    @GET
    @Operation(operationId = "listSavedLists", summary = "The signed-in user's saved lists, by name")
    @APIResponse(responseCode = "200", description = "The saved lists",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SavedListList")))
    public List<SavedListView> list() {
        return lists.mine(currentUser.actor());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createSavedList", summary = "Save the filters of a pledge list under a name",
            description = "Body {name, page (MY_PLEDGES for focal points, REVIEW_QUEUE for reviewers, ALL_PLEDGES for "
                    + "reviewers and analysts), filter {event, category, status, memberState, q} as the list page "
                    + "takes them, followed (default false)}. A filter the page does not take, or a value it cannot "
                    + "use, is refused with the field named (filter.status, ...).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "SavedListInput")))
    @APIResponse(responseCode = "201", description = "Saved; Location is its address",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SavedList")))
    @APIResponse(responseCode = "400", description = "A field is missing or wrong (problem document naming it)")
    @APIResponse(responseCode = "403", description = "A read-only token cannot save")
    public Response create(JsonObject body) {
        JsonFields fields = new JsonFields(body == null ? JsonObject.EMPTY_JSON_OBJECT : body);
        String name = fields.text("name");
        String page = fields.text("page");
        Boolean followed = fields.flag("followed");
        fields.check();
        Map<String, String> filter = filter(body == null ? null : body.get("filter"));
        SavedListView created = lists.create(currentUser.actor(), name, page(page), filter,
                Boolean.TRUE.equals(followed), Instant.now());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getSavedList", summary = "One of the signed-in user's saved lists")
    @APIResponse(responseCode = "200", description = "The saved list",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SavedList")))
    @APIResponse(responseCode = "404", description = "The user has no such saved list")
    public SavedListView get(@Parameter(description = "The saved list's id", required = true) @PathParam("id") String id) {
        return lists.get(currentUser.actor(), id(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateSavedList", summary = "Rename a saved list and/or change its filters",
            description = "Body {version, name, filter}: a field left out stays as it is. A followed list whose "
                    + "filters change takes what it matches now as already reported.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "SavedListChange")))
    @APIResponse(responseCode = "200", description = "The saved list as it is now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SavedList")))
    @APIResponse(responseCode = "400", description = "A field is missing or wrong (problem document naming it)")
    @APIResponse(responseCode = "403", description = "A read-only token cannot change it")
    @APIResponse(responseCode = "404", description = "The user has no such saved list")
    @APIResponse(responseCode = "409", description = "The version sent is stale: someone changed it meanwhile")
    public SavedListView update(@Parameter(description = "The saved list's id", required = true) @PathParam("id") String id, JsonObject body) {
        long listId = id(id);
        JsonFields fields = new JsonFields(body == null ? JsonObject.EMPTY_JSON_OBJECT : body);
        String name = fields.text("name");
        Long version = fields.longValue("version");
        fields.check();
        if (version == null) {
            throw InvalidInputException.field("version", "is required: the version the change was made on");
        }
        JsonValue filter = body == null ? null : body.get("filter");
        return lists.update(currentUser.actor(), listId, name,
                filter == null || filter.getValueType() == JsonValue.ValueType.NULL ? null : filter(filter), version,
                Instant.now());
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteSavedList", summary = "Delete a saved list (and stop following it)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", description = "The version is not a number")
    @APIResponse(responseCode = "403", description = "A read-only token cannot delete it")
    @APIResponse(responseCode = "404", description = "The user has no such saved list")
    @APIResponse(responseCode = "409", description = "The version sent is stale")
    public Response delete(@Parameter(description = "The saved list's id", required = true) @PathParam("id") String id,
                           @Parameter(description = "The version it is deleted on (optional)") @QueryParam("version") String version) {
        lists.delete(currentUser.actor(), id(id), version(version));
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/follow")
    @Operation(operationId = "followSavedList", summary = "Follow a saved list: its new matches from now on go "
            + "into the daily digest")
    @APIResponse(responseCode = "200", description = "The saved list, followed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SavedList")))
    @APIResponse(responseCode = "400", description = "The user follows as many lists as a digest holds already")
    @APIResponse(responseCode = "403", description = "A read-only token cannot follow")
    @APIResponse(responseCode = "404", description = "The user has no such saved list")
    public SavedListView follow(@Parameter(description = "The saved list's id", required = true) @PathParam("id") String id) {
        return lists.follow(currentUser.actor(), id(id), true, null, Instant.now());
    }

    @DELETE
    @Path("{id}/follow")
    @Operation(operationId = "unfollowSavedList", summary = "Stop following a saved list")
    @APIResponse(responseCode = "200", description = "The saved list, not followed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SavedList")))
    @APIResponse(responseCode = "403", description = "A read-only token cannot unfollow")
    @APIResponse(responseCode = "404", description = "The user has no such saved list")
    public SavedListView unfollow(@Parameter(description = "The saved list's id", required = true) @PathParam("id") String id) {
        return lists.follow(currentUser.actor(), id(id), false, null, Instant.now());
    }

    /** The {@code filter} object: parameter names to text; {@code null} or absent is no filter. */
    static Map<String, String> filter(JsonValue value) {
        Map<String, String> filter = new LinkedHashMap<>();
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return filter;
        }
        if (!(value instanceof JsonObject object)) {
            throw InvalidInputException.field("filter", "must be an object such as {\"status\": \"SUBMITTED\"}");
        }
        List<FieldError> errors = new ArrayList<>();
        object.forEach((name, one) -> {
            if (one instanceof JsonString text) {
                filter.put(name, text.getString());
            } else if (one.getValueType() != JsonValue.ValueType.NULL) {
                errors.add(new FieldError("filter." + name, "must be text"));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Some filters are not text", errors);
        }
        return filter;
    }

    private static ListPage page(String page) {
        if (page == null || page.isBlank()) {
            return null;
        }
        String wanted = page.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(ListPage.values()).filter(p -> p.name().equals(wanted)).findFirst()
                .orElseThrow(() -> InvalidInputException.field("page", "must be one of "
                        + Arrays.toString(ListPage.values())));
    }

    static long id(String id) {
        try {
            return Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            throw new NotFoundException("There is no saved list " + id + ".");
        }
    }

    private static Long version(String version) {
        if (version == null || version.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(version.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.parameter("version", "must be a whole number");
        }
    }
}
