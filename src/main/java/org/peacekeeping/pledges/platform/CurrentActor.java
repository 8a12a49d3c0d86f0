package org.peacekeeping.pledges.platform;

import java.util.Optional;

/**
 * Who is signed in for this request, as an {@link Actor} for the services: what every feature's pages and endpoints
 * need of accounts. The account feature provides it (its request-scoped {@code CurrentUser}), so features inject
 * this and never depend on how accounts are kept.
 */
public interface CurrentActor {

    /** The actor; refuses ({@link ForbiddenException}) when nobody, or a since-disabled account, is signed in. */
    Actor actor();

    /** The actor, if someone is signed in. */
    Optional<Actor> find();
}
