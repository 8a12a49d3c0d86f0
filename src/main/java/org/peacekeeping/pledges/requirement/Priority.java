package org.peacekeeping.pledges.requirement;

/** How urgently the Secretariat needs a capability. */
public enum Priority {
    CRITICAL,
    HIGH,
    MID_TERM
}
