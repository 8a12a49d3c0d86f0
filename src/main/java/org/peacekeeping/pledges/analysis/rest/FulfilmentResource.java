package org.peacekeeping.pledges.analysis.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.peacekeeping.pledges.analysis.Fulfilment;
import org.peacekeeping.pledges.analysis.FulfilmentService;
import org.peacekeeping.pledges.platform.CurrentActor;

/**
 * {@code GET /api/fulfilment?event=}: what became of each ministerial's pledges (SPEC §10), the figures the
 * fulfilment page and the summary workbook's sheet show. Not for focal points (403); an unknown event is a 404, a
 * preparatory meeting a 400 naming its ministerial. Described in {@code META-INF/openapi.yaml}.
 */
@Path("fulfilment")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FulfilmentResource {

    @Inject
    private CurrentActor currentUser;

    @Inject
    private FulfilmentService fulfilment;

    @GET
    public Fulfilment fulfilment(@QueryParam("event") String event) {
        return fulfilment.fulfilment(currentUser.actor(), event);
    }
}
