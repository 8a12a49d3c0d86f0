package org.peacekeeping.pledges.account.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.peacekeeping.pledges.account.CurrentUser;
import org.peacekeeping.pledges.platform.Role;
import org.peacekeeping.pledges.platform.Actor;

/** {@code GET /api/me}: who is signed in. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    private CurrentUser currentUser;

    /** The signed-in user: username, role, and the member state of a focal point (else null). */
    public record Me(String username, Role role, String memberState) {
        static Me of(Actor actor) {
            return new Me(actor.username(), actor.role(), actor.memberState());
        }
    }

    @GET
    public Me me() {
        return Me.of(currentUser.actor());
    }
}
