package org.peacekeeping.pledges.webhook.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peacekeeping.pledges.account.CurrentUser;
import org.peacekeeping.pledges.platform.InvalidInputException;
import org.peacekeeping.pledges.platform.JsonFields;
import org.peacekeeping.pledges.platform.NotFoundException;
import org.peacekeeping.pledges.platform.Problem;
import org.peacekeeping.pledges.webhook.DeliveryView;
import org.peacekeeping.pledges.webhook.WebhookService;
import org.peacekeeping.pledges.webhook.WebhookView;

/**
 * Administrators' webhooks (SPEC §11): {@code GET/POST /api/admin/webhooks}, one webhook's {@code GET/PUT/DELETE},
 * its delivery log ({@code GET .../deliveries}) and sending a delivery again ({@code POST .../resend}).
 */
@Path("admin/webhooks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Signed POSTs of pledge events to other systems (administrators)")
public class WebhookResource {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    @Inject
    private WebhookService webhooks;

    @Inject
    private CurrentUser currentUser;

    @Context
    private UriInfo uriInfo;

    /** A new webhook; {@code secret} is the one the application made (shown this once), or null when one was sent. */
    public record CreatedWebhook(long id, String name, String url, List<String> events, boolean enabled,
                                 Instant createdAt, String createdBy, Instant updatedAt, String updatedBy,
                                 long version, String secret) {
        static CreatedWebhook of(WebhookService.Created created) {
            WebhookView w = created.webhook();
            return new CreatedWebhook(w.id(), w.name(), w.url(), w.events(), w.enabled(), w.createdAt(),
                    w.createdBy(), w.updatedAt(), w.updatedBy(), w.version(), created.generatedSecret());
        }
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "Every webhook, newest first (administrators)")
    @APIResponse(responseCode = "200", description = "The webhooks (never their secrets)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "WebhookList")))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public List<WebhookView> list() {
        return webhooks.list(currentUser.actor());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhook", summary = "Register a webhook (administrators)",
            description = "Body {name, url, secret, events, enabled}. The URL is https (http to a loopback host in "
                    + "demo mode only) and must not resolve to a private address unless the server allows it. "
                    + "Leave the secret out to have one made: the answer shows it this once.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "WebhookInput")))
    @APIResponse(responseCode = "201", description = "Registered; Location is its address",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CreatedWebhook")))
    @APIResponse(responseCode = "400", description = "A field is missing or wrong (problem document naming it)")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator, or a read token")
    public Response create(JsonObject body) {
        WebhookService.WebhookInput input = input(body, new Holder());
        WebhookService.Created created = webhooks.create(currentUser.actor(), input, Instant.now());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.webhook().id())).build())
                .header("Cache-Control", "no-store").entity(CreatedWebhook.of(created)).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getWebhook", summary = "One webhook (administrators)")
    @APIResponse(responseCode = "200", description = "The webhook (never its secret)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Webhook")))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "404", description = "No such webhook")
    public WebhookView get(@Parameter(description = "The webhook's id", required = true) @PathParam("id") String id) {
        return webhooks.get(currentUser.actor(), id(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateWebhook", summary = "Change a webhook: URL, events, enabled, name, and the "
            + "secret when one is sent (administrators)", description = "Body {name, url, events, enabled, "
            + "secret (left out: kept), version (the version read)}. Disabling pauses its deliveries.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "WebhookUpdate")))
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Webhook")))
    @APIResponse(responseCode = "400", description = "A field is missing or wrong (problem document naming it)")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator, or a read token")
    @APIResponse(responseCode = "404", description = "No such webhook")
    @APIResponse(responseCode = "409", description = "Changed by someone else since that version")
    public WebhookView update(@Parameter(description = "The webhook's id", required = true) @PathParam("id") String id,
                              JsonObject body) {
        Holder version = new Holder();
        WebhookService.WebhookInput input = input(body, version);
        return webhooks.update(currentUser.actor(), id(id), input, version.version, Instant.now());
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteWebhook", summary = "Delete a webhook and its delivery log (administrators)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator, or a read token")
    @APIResponse(responseCode = "404", description = "No such webhook")
    public Response delete(@Parameter(description = "The webhook's id", required = true) @PathParam("id") String id) {
        webhooks.delete(currentUser.actor(), id(id));
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "A webhook's deliveries, newest first: status, "
            + "tries, last answer (administrators)")
    @APIResponse(responseCode = "200", description = "The deliveries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "WebhookDeliveryList")))
    @APIResponse(responseCode = "400", description = "limit is not a number from 1 to 1000")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "404", description = "No such webhook")
    public List<DeliveryView> deliveries(@Parameter(description = "The webhook's id", required = true) @PathParam("id") String id,
                                         @Parameter(description = "At most this many (1 to 1000, default 100)",
                                                 schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                                                         maximum = "1000", defaultValue = "100"))
                                         @QueryParam("limit") @DefaultValue("100") String limit) {
        return webhooks.deliveries(currentUser.actor(), id(id), limit(limit));
    }

    @POST
    @Path("{id}/deliveries/{deliveryId}/resend")
    @Operation(operationId = "resendWebhookDelivery", summary = "Send a delivery again, with the same body and "
            + "event id (administrators)")
    @APIResponse(responseCode = "200", description = "Queued: sent at the worker's next run",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "WebhookDelivery")))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator, or a read token")
    @APIResponse(responseCode = "404", description = "No such webhook or delivery")
    @APIResponse(responseCode = "409", description = "The delivery is still pending")
    public DeliveryView resend(@Parameter(description = "The webhook's id", required = true) @PathParam("id") String id,
                               @Parameter(description = "The delivery's id", required = true) @PathParam("deliveryId")
                               String deliveryId) {
        return webhooks.resend(currentUser.actor(), id(id), id(deliveryId), Instant.now());
    }

    /** The version an update sends, read with the other fields. */
    private static final class Holder {
        private Long version;
    }

    private static WebhookService.WebhookInput input(JsonObject body, Holder version) {
        JsonFields fields = new JsonFields(body == null ? JsonObject.EMPTY_JSON_OBJECT : body);
        String name = fields.text("name");
        String url = fields.text("url");
        String secret = fields.text("secret");
        List<String> events = fields.texts("events");
        version.version = fields.longValue("version");
        List<Problem.FieldError> errors = new java.util.ArrayList<>(fields.errors());
        Boolean enabled = null;
        JsonValue sent = body == null ? null : body.get("enabled");
        if (sent == JsonValue.TRUE || sent == JsonValue.FALSE) {
            enabled = sent == JsonValue.TRUE;
        } else if (sent != null && sent != JsonValue.NULL) {
            errors.add(new Problem.FieldError("enabled", "must be true or false"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Some fields have the wrong type or format", errors);
        }
        return new WebhookService.WebhookInput(name, url, secret, events, enabled);
    }

    private static long id(String id) {
        try {
            return Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            throw new NotFoundException("There is no webhook or delivery " + id + ".");
        }
    }

    private static int limit(String limit) {
        try {
            int value = Integer.parseInt(limit.strip());
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        throw InvalidInputException.parameter("limit", "must be a number from 1 to " + MAX_LIMIT);
    }
}
