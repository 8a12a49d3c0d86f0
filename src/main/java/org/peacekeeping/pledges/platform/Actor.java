package org.peacekeeping.pledges.platform;

import java.util.Objects;

/**
 * Who is acting, as services see it: the signed-in account's username, role and (for a focal point) member state.
 * Services take it as a parameter and do their own authorization with it, whatever page or endpoint called them.
 */
public record Actor(String username, Role role, String memberState) {

    public static final Actor SYSTEM = new Actor("system", Role.SYSTEM, null);

    public Actor {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        if ((role == Role.FOCAL_POINT) != (memberState != null)) {
            throw new IllegalArgumentException("A focal point, and only a focal point, acts for a member state");
        }
    }

    public boolean is(Role other) {
        return role == other;
    }

    /** True for a focal point of this state. */
    public boolean focalPointOf(String state) {
        return role == Role.FOCAL_POINT && memberState.equals(state);
    }
}
