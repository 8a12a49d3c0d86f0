package org.peacekeeping.pledges.reference;

/** A biennial UN Peacekeeping Ministerial, or one of the preparatory meetings leading to it. */
public enum EventType {
    MINISTERIAL,
    PREPARATORY
}
