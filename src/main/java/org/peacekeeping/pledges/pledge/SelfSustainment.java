package org.peacekeeping.pledges.pledge;

/** Whether a unit sustains itself in the mission area. */
public enum SelfSustainment {
    YES,
    PARTIAL,
    NO
}
