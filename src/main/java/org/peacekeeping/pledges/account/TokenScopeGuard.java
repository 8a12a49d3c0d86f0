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
 * A token of scope {@code read} only reads: every other method (POST, PUT, DELETE, PATCH) is refused with 403
 * before any resource runs, whatever the account's role would allow.
 */
@Provider
public class TokenScopeGuard implements ContainerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Context
    private HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        if (request.getAttribute(SignInMechanism.TOKEN_SCOPE) instanceof TokenScope scope && !scope.allowsChanges()
                && !SAFE.contains(context.getMethod())) {
            context.abortWith(Problem.of(Response.Status.FORBIDDEN, "This token has the scope 'read': it cannot "
                    + "change anything. Create a 'read-write' token to make changes.").toResponse());
        }
    }

    /** True when this request was signed with a personal access token (of any scope). */
    public static boolean viaToken(HttpServletRequest request) {
        return request.getAttribute(SignInMechanism.TOKEN_SCOPE) != null;
    }
}
