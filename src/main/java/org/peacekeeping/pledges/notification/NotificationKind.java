package org.peacekeeping.pledges.notification;

/** Why a notice was sent. */
public enum NotificationKind {
    ACKNOWLEDGEMENT,
    RETURNED,
    APPROVED,
    REJECTED,
    LAPSED,
    RENEWAL_DUE,
    RENEWED,
    REOPENED,
    WITHDRAWN,
    DEPLOYED,
    REPATRIATED,
    SAVED_LIST_DIGEST
}
