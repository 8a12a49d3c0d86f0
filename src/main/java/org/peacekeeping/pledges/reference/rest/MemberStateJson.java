package org.peacekeeping.pledges.reference.rest;

import org.peacekeeping.pledges.reference.MemberState;
import org.peacekeeping.pledges.reference.RegionalGroup;

/** A member state as the API shows it; {@code memberState} is false for the observer states. */
public record MemberStateJson(String iso3, String iso2, String m49, String name, String nameFr,
                              RegionalGroup regionalGroup, RegionalGroup electoralGroup, boolean memberState) {

    static MemberStateJson of(MemberState state) {
        return new MemberStateJson(state.iso3(), state.iso2(), state.m49(), state.nameEn(), state.nameFr(),
                state.regionalGroup(), state.electoralGroup(), state.unMember());
    }
}
