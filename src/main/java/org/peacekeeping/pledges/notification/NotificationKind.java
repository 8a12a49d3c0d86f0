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
    /** An event's pledging window closes in 7 days or in 1 day and the recipient's state has drafts for it (SPEC §12). */
    WINDOW_CLOSING,
    /** The daily digest of a followed saved list's new matches (SPEC §12). */
    SAVED_LIST_DIGEST
}
