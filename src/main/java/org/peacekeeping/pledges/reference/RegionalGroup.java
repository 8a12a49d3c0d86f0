package org.peacekeeping.pledges.reference;

/** The five United Nations regional groups. */
public enum RegionalGroup {
    AFRICAN,
    ASIA_PACIFIC,
    EASTERN_EUROPEAN,
    LATIN_AMERICAN_AND_CARIBBEAN,
    WESTERN_EUROPEAN_AND_OTHERS
}
