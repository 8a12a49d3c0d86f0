package org.peacekeeping.pledges.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import org.peacekeeping.pledges.platform.Actor;
import org.peacekeeping.pledges.platform.ForbiddenException;

/** The signed-in user of this request, as an {@link Actor} for the services. */
@RequestScoped
public class CurrentUser {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private AccountService accounts;

    private Actor actor;

    /** The actor; refuses when nobody (or a since-disabled account) is signed in. */
    public Actor actor() {
        if (actor == null) {
            actor = find().orElseThrow(() -> new ForbiddenException("Sign in first."));
        }
        return actor;
    }

    public Optional<Actor> find() {
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null ? Optional.empty() : accounts.actor(principal.getName());
    }
}
