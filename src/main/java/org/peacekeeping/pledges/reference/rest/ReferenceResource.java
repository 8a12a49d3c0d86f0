package org.peacekeeping.pledges.reference.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.peacekeeping.pledges.platform.QueryFlag;
import org.peacekeeping.pledges.reference.ReferenceDataService;

/** Reference data as plain JSON arrays (SPEC §6). */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceResource {

    @Inject
    private ReferenceDataService referenceData;

    /** Member states by English name; {@code ?observers=true} adds the Holy See and the State of Palestine. */
    @GET
    @Path("member-states")
    public List<MemberStateJson> memberStates(@QueryParam("observers") String observers) {
        return referenceData.memberStates(QueryFlag.parse("observers", observers)).stream().map(MemberStateJson::of)
                .toList();
    }

    @GET
    @Path("capability-types")
    public List<CapabilityTypeJson> capabilityTypes() {
        return referenceData.capabilityTypes().stream().map(CapabilityTypeJson::of).toList();
    }

    @GET
    @Path("events")
    public List<EventJson> events() {
        return referenceData.events().stream().map(EventJson::of).toList();
    }

    @GET
    @Path("missions")
    public List<MissionJson> missions() {
        return referenceData.missions().stream().map(MissionJson::of).toList();
    }
}
