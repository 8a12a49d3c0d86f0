package org.peacekeeping.pledges.reference;

/** Whether a state hosts an event or co-hosts it. */
public enum HostRole {
    HOST,
    CO_HOST
}
