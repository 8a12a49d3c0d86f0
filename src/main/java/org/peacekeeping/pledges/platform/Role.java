package org.peacekeeping.pledges.platform;

/** What an account may do (SPEC §4). {@link #SYSTEM} is the application itself (scheduled jobs), never an account. */
public enum Role {
    FOCAL_POINT,
    REVIEWER,
    ANALYST,
    ADMIN,
    SYSTEM;

    public boolean assignable() {
        return this != SYSTEM;
    }
}
