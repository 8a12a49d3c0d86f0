package org.peacekeeping.pledges.pledge;

import java.io.Serializable;

/**
 * A partner state of a joint pledge (SPEC §9): its ISO 3166 alpha-3 code and, optionally, its part in a few words
 * ("provides the crews"). The pledge's own state is the lead; partners read the pledge, its history and documents and
 * get its notices, but do not change it.
 */
public record Partner(String memberState, String role) implements Serializable {

    /** The most partners one pledge may name. */
    public static final int MAX_PARTNERS = 20;
    public static final int ROLE_MAX = 200;

    public Partner {
        role = role == null || role.isBlank() ? null : role.strip();
    }
}
