package org.peacekeeping.pledges.account.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.peacekeeping.pledges.account.CurrentUser;
import org.peacekeeping.pledges.platform.DatabaseUnavailable;
import org.peacekeeping.pledges.platform.Problem;

/**
 * Signing in for a session ({@code POST /api/session} with {@code {username, password}}) and signing out
 * ({@code DELETE /api/session}). API scripts may skip this and send HTTP Basic on every request instead.
 */
@Path("session")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private CurrentUser currentUser;

    @Context
    private HttpServletRequest request;

    @Context
    private HttpServletResponse response;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response signIn(JsonObject body) {
        if (body == null) {
            return Problem.of(Response.Status.BAD_REQUEST, "Send a JSON object with a username and a password.")
                    .toResponse();
        }
        String username = text(body, "username");
        String password = text(body, "password");
        if (username == null || password == null) {
            return Problem.of(Response.Status.BAD_REQUEST, "Send a username and a password.").toResponse();
        }
        AuthenticationStatus status = securityContext.authenticate(request, response, AuthenticationParameters
                .withParams().credential(new UsernamePasswordCredential(username, password)).newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            DatabaseUnavailable.rethrowKept(request);
            return Problem.of(Response.Status.UNAUTHORIZED,
                    "Wrong username or password, or the account cannot sign in now.").toResponse();
        }
        return Response.ok(MeResource.Me.of(currentUser.actor())).build();
    }

    @DELETE
    public Response signOut() throws ServletException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return Response.noContent().build();
    }

    private static String text(JsonObject body, String field) {
        JsonValue value = body.get(field);
        return value instanceof JsonString string && !string.getString().isBlank() ? string.getString() : null;
    }
}
