package org.peacekeeping.pledges.pledge.rest;

import org.peacekeeping.pledges.platform.NotFoundException;

/** A pledge's id as its address carries it ({@code /api/pledges/{id}/…}), for every resource under that address. */
public final class PledgeIds {

    private PledgeIds() {
    }

    /** The id; an address with anything else in its place names no pledge (404, as an id that does not exist). */
    public static long parse(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFoundException("There is no pledge " + id + ".");
        }
    }
}
