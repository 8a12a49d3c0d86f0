package org.peacekeeping.pledges.reference;

/** The capability categories of SPEC §2, in the order they are shown. */
public enum Category {
    MILITARY_UNIT,
    FORMED_POLICE_UNIT,
    INDIVIDUAL_POLICE,
    MEDICAL,
    C_IED,
    TECHNOLOGY,
    ENGINEERING,
    AVIATION,
    TRAINING_CAPACITY_BUILDING,
    WOMEN_PEACE_SECURITY,
    OTHER
}
