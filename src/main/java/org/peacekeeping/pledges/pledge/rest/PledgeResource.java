package org.peacekeeping.pledges.pledge.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BeanParam;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.peacekeeping.pledges.platform.CurrentActor;
import org.peacekeeping.pledges.platform.InvalidInputException;
import org.peacekeeping.pledges.platform.JsonFields;
import org.peacekeeping.pledges.platform.NotFoundException;
import org.peacekeeping.pledges.platform.Problem.FieldError;
import org.peacekeeping.pledges.pledge.ChangesSinceApproval;
import org.peacekeeping.pledges.pledge.DeploymentInput;
import org.peacekeeping.pledges.pledge.HistoryView;
import org.peacekeeping.pledges.pledge.LineItem;
import org.peacekeeping.pledges.pledge.LineKind;
import org.peacekeeping.pledges.pledge.Page;
import org.peacekeeping.pledges.pledge.Partner;
import org.peacekeeping.pledges.pledge.PledgeAction;
import org.peacekeeping.pledges.pledge.PledgeInput;
import org.peacekeeping.pledges.pledge.PledgeService;
import org.peacekeeping.pledges.pledge.PledgeView;
import org.peacekeeping.pledges.pledge.SelfSustainment;

/** Pledges over JSON (SPEC §6). Authorization is the service's; this class only translates. */
@Path("pledges")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PledgeResource {

    @Inject
    private PledgeService pledges;

    @Inject
    private CurrentActor currentUser;

    @Context
    private UriInfo uriInfo;

    @GET
    public Page<PledgeView> list(@BeanParam PledgeListParameters list,
                                 @QueryParam("page") @DefaultValue("0") String page,
                                 @QueryParam("size") @DefaultValue("50") String size) {
        return pledges.list(currentUser.actor(), list.filter(), list.order(), number("page", page),
                number("size", size));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonObject body) {
        PledgeView created = pledges.create(currentUser.actor(), input(body), consent(body));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    public PledgeView get(@PathParam("id") String id) {
        return pledges.get(currentUser.actor(), id(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PledgeView edit(@PathParam("id") String id, JsonObject body) {
        return pledges.edit(currentUser.actor(), id(id), input(body), consent(body));
    }

    @PUT
    @Path("{id}/publication-consent")
    @Consumes(MediaType.APPLICATION_JSON)
    public PledgeView consent(@PathParam("id") String id, JsonObject body) {
        long pledgeId = id(id);
        JsonFields fields = new JsonFields(body == null ? JsonObject.EMPTY_JSON_OBJECT : body);
        Boolean consent = fields.flag("publicationConsent");
        Long version = fields.longValue("version");
        fields.check();
        if (consent == null) {
            throw new InvalidInputException("Say whether the pledge may be published",
                    List.of(new FieldError("publicationConsent", "is required (true or false)")));
        }
        return pledges.consent(currentUser.actor(), pledgeId, consent, version);
    }

    /** The optional {@code publicationConsent} of a pledge's body (null: not given, the pledge keeps its own). */
    private static Boolean consent(JsonObject body) {
        if (body == null) {
            return null;
        }
        JsonFields fields = new JsonFields(body);
        Boolean consent = fields.flag("publicationConsent");
        fields.check();
        return consent;
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @QueryParam("version") String version) {
        pledges.delete(currentUser.actor(), id(id), version == null ? null : (long) number("version", version));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/actions/{action}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PledgeView act(@PathParam("id") String id, @PathParam("action") String action, JsonObject body) {
        PledgeAction chosen = PledgeAction.fromPathSegment(action)
                .orElseThrow(() -> new NotFoundException("There is no action '" + action + "'."));
        long pledgeId = id(id);
        JsonFields fields = new JsonFields(body == null ? JsonObject.EMPTY_JSON_OBJECT : body);
        String comment = fields.text("comment");
        Long version = fields.longValue("version");
        if (chosen == PledgeAction.DEPLOY) {
            DeploymentInput input = new DeploymentInput(fields.text("mission"), fields.date("deployedOn"),
                    fields.integer("personnel"), fields.integer("women"), comment, version, fields.errors());
            return pledges.deploy(currentUser.actor(), pledgeId, input);
        }
        LocalDate repatriatedOn = chosen == PledgeAction.REPATRIATE ? fields.date("repatriatedOn") : null;
        fields.check();
        if (chosen == PledgeAction.REPATRIATE) {
            return pledges.repatriate(currentUser.actor(), pledgeId, repatriatedOn, comment, version);
        }
        return pledges.act(currentUser.actor(), pledgeId, chosen, comment, version);
    }

    @GET
    @Path("{id}/history")
    public List<HistoryView> history(@PathParam("id") String id) {
        return pledges.history(currentUser.actor(), id(id));
    }

    @GET
    @Path("{id}/history/since-approval")
    public ChangesSinceApproval changesSinceApproval(@PathParam("id") String id) {
        return pledges.changesSinceApproval(currentUser.actor(), id(id));
    }

    static PledgeInput input(JsonObject body) {
        JsonFields fields = new JsonFields(body);
        List<FieldError> unreadable = new ArrayList<>();
        List<Partner> partners = partners(body, unreadable);
        PledgeInput input = new PledgeInput(fields.text("memberState"), fields.text("event"),
                fields.text("capabilityType"), fields.text("title"), fields.text("description"),
                fields.integer("units"), fields.integer("personnel"), fields.integer("women"),
                fields.date("availableFrom"), fields.integer("daysToDeploy"), fields.integer("durationMonths"),
                fields.enumeration("selfSustainment", SelfSustainment.class), fields.text("caveats"),
                fields.texts("preferredMissions"),
                fields.objects("lines", line -> new LineItem(line.enumeration("kind", LineKind.class),
                        line.text("description"), line.integer("quantity") == null ? 0 : line.integer("quantity"))),
                partners, fields.longValue("version"),
                Stream.concat(fields.errors().stream(), unreadable.stream()).toList());
        return input;
    }

    /**
     * The partner states of a joint pledge: {@code partners} as a list of alpha-3 codes or of
     * {@code {memberState, role}} objects (SPEC §9). Absent: not given (an edit keeps the partners); {@code null}:
     * none.
     */
    static List<Partner> partners(JsonObject body, List<FieldError> unreadable) {
        if (body == null || !body.containsKey("partners")) {
            return null;
        }
        JsonValue value = body.get("partners");
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (!(value instanceof JsonArray array)) {
            unreadable.add(new FieldError("partners", "must be a list of member state codes or of objects "
                    + "{memberState, role}"));
            return null;
        }
        List<Partner> partners = new ArrayList<>();
        for (JsonValue item : array) {
            if (item instanceof JsonString code) {
                partners.add(new Partner(code.getString(), null));
            } else if (item instanceof JsonObject object && text(object, "memberState") != null) {
                partners.add(new Partner(text(object, "memberState"), text(object, "role")));
            } else {
                unreadable.add(new FieldError("partners", "each partner is a member state code (\"BGD\") or an "
                        + "object {\"memberState\": \"BGD\", \"role\": \"provides the crews\"}"));
                return null;
            }
        }
        return partners;
    }

    private static String text(JsonObject object, String name) {
        return object.get(name) instanceof JsonString text ? text.getString() : null;
    }

    private static int number(String field, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.parameter(field, "must be a whole number");
        }
    }

    private static long id(String id) {
        return PledgeIds.parse(id);
    }
}
