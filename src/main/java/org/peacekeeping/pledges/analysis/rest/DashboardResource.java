package org.peacekeeping.pledges.analysis.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.peacekeeping.pledges.analysis.Dashboard;
import org.peacekeeping.pledges.analysis.DashboardService;
import org.peacekeeping.pledges.platform.CurrentActor;
import org.peacekeeping.pledges.platform.QueryFlag;

/**
 * {@code GET /api/dashboard?event=&includePending=}: the analysts' dashboard figures as JSON, the same the dashboard
 * page shows (totals, by category, by regional group, by status, women by kind of personnel against the targets, the
 * leading member states and the gap view), for a script or a BI tool. Not for focal points (403); an unknown event
 * is a 404.
 */
@Path("dashboard")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

    @Inject
    private CurrentActor currentUser;

    @Inject
    private DashboardService dashboards;

    @GET
    public Dashboard dashboard(@QueryParam("event") String event, @QueryParam("includePending") String includePending) {
        return dashboards.dashboard(currentUser.actor(), event, QueryFlag.parse("includePending", includePending));
    }
}
