package org.peacekeeping.pledges.review;

/** What an assessment concluded. */
public enum AssessmentOutcome {
    SUCCESSFUL,
    PARTIALLY_SUCCESSFUL,
    UNSUCCESSFUL
}
