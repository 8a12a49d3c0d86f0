package org.peacekeeping.pledges.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import org.peacekeeping.pledges.platform.Problem;

/**
 * Cross-site request forgery guard for API calls that ride on the session cookie: a changing request (POST, PUT,
 * DELETE, PATCH) must carry the {@code X-Requested-With} header, which a foreign site's form cannot send and a
 * cross-origin script cannot send without a CORS permission this application never grants. Requests signed with
 * HTTP Basic carry their own credentials and need no such header.
 */
@Provider
public class SessionRequestGuard implements ContainerRequestFilter {

    static final String HEADER = "X-Requested-With";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Context
    private HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        if (SAFE.contains(context.getMethod()) || !Boolean.TRUE.equals(request.getAttribute(SignInMechanism.VIA_SESSION))) {
            return;
        }
        String header = context.getHeaderString(HEADER);
        if (header == null || header.isBlank()) {
            context.abortWith(Problem.of(Response.Status.FORBIDDEN, "Requests made with the session cookie must send "
                    + "the " + HEADER + " header.").toResponse());
        }
    }
}
