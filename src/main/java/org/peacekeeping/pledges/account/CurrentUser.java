package org.peacekeeping.pledges.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import org.peacekeeping.pledges.platform.Actor;
import org.peacekeeping.pledges.platform.CurrentActor;
import org.peacekeeping.pledges.platform.ForbiddenException;

/** The signed-in user of this request, as an {@link Actor} for the services. */
@RequestScoped
public class CurrentUser implements CurrentActor {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private AccountService accounts;

    /** Read once per request: a page asks several times (menu, role checks, services). */
    private Actor actor;

    @Override
    public Actor actor() {
        return find().orElseThrow(() -> new ForbiddenException("Sign in first."));
    }

    @Override
    public Optional<Actor> find() {
        Principal principal = securityContext.getCallerPrincipal();
        if (principal == null) {
            return Optional.empty();
        }
        if (actor == null || !actor.username().equals(principal.getName())) {
            actor = accounts.actor(principal.getName()).orElse(null);
        }
        return Optional.ofNullable(actor);
    }
}
