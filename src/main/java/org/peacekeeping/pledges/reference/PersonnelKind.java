package org.peacekeeping.pledges.reference;

/**
 * The kinds of uniformed personnel that gender targets are set for; a capability type says which kind its
 * personnel are. {@link #NOT_DEPLOYED} covers capacity building (course seats, trainers) that counts against no
 * target.
 */
public enum PersonnelKind {
    CONTINGENT,
    STAFF_OFFICER_MILITARY_OBSERVER,
    FORMED_POLICE_UNIT,
    INDIVIDUAL_POLICE,
    NOT_DEPLOYED
}
