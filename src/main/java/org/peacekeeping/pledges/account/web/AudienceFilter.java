package org.peacekeeping.pledges.account.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.peacekeeping.pledges.account.AccountService;
import org.peacekeeping.pledges.platform.Role;
import org.peacekeeping.pledges.platform.Actor;

/**
 * Pages are grouped by audience: focal points under {@code /pledges}, reviewers under {@code /review}, analysts
 * (and reviewers) under {@code /analysis}, administrators under {@code /admin}. Another role gets the 403 page.
 * The services check again whatever the page.
 */
@WebFilter(filterName = "audience", urlPatterns = {"/pledges/*", "/review/*", "/analysis/*", "/admin/*"})
public class AudienceFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Map<String, Set<Role>> AUDIENCES = Map.of(
            "/pledges/", Set.of(Role.FOCAL_POINT),
            "/review/", Set.of(Role.REVIEWER),
            "/analysis/", Set.of(Role.ANALYST, Role.REVIEWER, Role.ADMIN),
            "/admin/", Set.of(Role.ADMIN));

    @Inject
    private AccountService accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<Actor> actor = Optional.ofNullable(request.getUserPrincipal())
                .flatMap(principal -> accounts.actor(principal.getName()));
        boolean allowed = AUDIENCES.entrySet().stream().filter(e -> path.startsWith(e.getKey())).findFirst()
                .map(e -> actor.map(a -> e.getValue().contains(a.role())).orElse(false)).orElse(true);
        if (!allowed) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }
}
