package org.peacekeeping.pledges.pledge;

/** The kinds of optional detail line a pledge may carry. */
public enum LineKind {
    MAJOR_EQUIPMENT,
    SELF_SUSTAINMENT
}
