package org.peacekeeping.pledges.review.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.peacekeeping.pledges.platform.CurrentActor;
import org.peacekeeping.pledges.platform.InvalidInputException;
import org.peacekeeping.pledges.platform.JsonFields;
import org.peacekeeping.pledges.platform.NotFoundException;
import org.peacekeeping.pledges.review.BulkDecision;
import org.peacekeeping.pledges.review.BulkDecisionService;
import org.peacekeeping.pledges.review.BulkOutcome;

/**
 * Bulk decisions over JSON (SPEC §12): {@code POST /api/pledges/actions/{action}} with {@code {ids, comment}} answers
 * one {@code {id, reference, status, outcome, reason, detail}} per pledge. Rules and authorization are the service's;
 * this class only translates.
 */
@Path("pledges/actions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BulkDecisionResource {

    @Inject
    private BulkDecisionService decisions;

    @Inject
    private CurrentActor currentUser;

    @POST
    @Path("{action}")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<BulkOutcome> decide(@PathParam("action") String action, JsonObject body) {
        BulkDecision decision = BulkDecision.fromPathSegment(action).orElseThrow(() -> new NotFoundException(
                "There is no bulk action '" + action + "'; there are " + BulkDecision.choices() + "."));
        JsonObject json = body == null ? JsonObject.EMPTY_JSON_OBJECT : body;
        JsonFields fields = new JsonFields(json);
        String comment = fields.text("comment");
        fields.check();
        return decisions.decide(currentUser.actor(), decision, ids(json.get("ids")), comment);
    }

    /** The ids: a list of whole positive numbers (how many is the service's rule). */
    static List<Long> ids(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            throw InvalidInputException.field("ids", "must list at least one pledge id");
        }
        if (!(value instanceof JsonArray array)) {
            throw InvalidInputException.field("ids", "must be a list of pledge ids (whole numbers)");
        }
        List<Long> ids = new ArrayList<>(array.size());
        for (JsonValue item : array) {
            if (!(item instanceof JsonNumber number) || !number.isIntegral() || number.bigDecimalValue().signum() <= 0
                    || number.bigIntegerValue().bitLength() > 63) {
                throw InvalidInputException.field("ids", "must be a list of pledge ids (whole numbers), not " + item);
            }
            ids.add(number.longValueExact());
        }
        return ids;
    }
}
