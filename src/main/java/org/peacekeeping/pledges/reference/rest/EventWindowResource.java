package org.peacekeeping.pledges.reference.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.peacekeeping.pledges.platform.CurrentActor;
import org.peacekeeping.pledges.platform.InvalidInputException;
import org.peacekeeping.pledges.platform.JsonFields;
import org.peacekeeping.pledges.platform.Problem.FieldError;
import org.peacekeeping.pledges.reference.ReferenceAdminService;
import org.peacekeeping.pledges.reference.WindowChange;

/**
 * An event's pledging window over JSON (SPEC §12): administrators extend it ({@code POST}, a later closing date and
 * a reason) and list every change of its closing date ({@code GET}), extensions and changes made on the event form.
 * Authorization and rules are the service's; this class translates, and says the service's field errors in English.
 */
@Path("events/{code}/window-extensions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EventWindowResource {

    private static final String ADMIN_TEXTS = "org.peacekeeping.pledges.web.admin";

    @Inject
    private ReferenceAdminService admin;

    @Inject
    private CurrentActor currentUser;

    /** One change of an event's closing date. */
    public record WindowChangeJson(long id, String event, WindowChange.Kind kind, LocalDate oldCloses,
                                   LocalDate newCloses, String reason, String changedBy, Instant changedAt) {

        static WindowChangeJson of(WindowChange change) {
            return new WindowChangeJson(change.id(), change.eventCode(), change.kind(), change.oldCloses(),
                    change.newCloses(), change.reason(), change.changedBy(), change.changedAt());
        }
    }

    @GET
    public List<WindowChangeJson> changes(@PathParam("code") String code) {
        return admin.windowChanges(currentUser.actor(), code).stream().map(WindowChangeJson::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response extend(@PathParam("code") String code, JsonObject body) {
        JsonFields fields = new JsonFields(body == null ? JsonObject.EMPTY_JSON_OBJECT : body);
        LocalDate newCloses = fields.date("pledgingCloses");
        String reason = fields.text("reason");
        Long version = fields.longValue("version");
        if (!fields.errors().isEmpty()) {
            admin.windowChanges(currentUser.actor(), code); // 403 and 404 come before the body's format
            fields.check();
        }
        WindowChange change;
        try {
            change = admin.extendWindow(currentUser.actor(), code, newCloses, reason, version);
        } catch (InvalidInputException e) {
            throw inEnglish(e);
        }
        return Response.status(Response.Status.CREATED).entity(WindowChangeJson.of(change)).build();
    }

    /** The service's field errors carry keys of the administrator's texts: the API says them in English. */
    private static InvalidInputException inEnglish(InvalidInputException e) {
        ResourceBundle texts = ResourceBundle.getBundle(ADMIN_TEXTS, Locale.ROOT,
                EventWindowResource.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        List<FieldError> errors = e.errors().stream().map(error -> {
            try {
                return new FieldError(error.field(), texts.getString(error.message()));
            } catch (MissingResourceException missing) {
                return error;
            }
        }).toList();
        return new InvalidInputException(errors.size() == 1 ? errors.get(0).message() : e.getMessage(), errors);
    }
}
