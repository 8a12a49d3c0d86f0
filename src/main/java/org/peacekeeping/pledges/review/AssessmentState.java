package org.peacekeeping.pledges.review;

/**
 * Where an assessment stands under the four-eyes rule (SPEC §10): one that raises a pledge to Rapid Deployment is
 * {@code PENDING} until a second, different reviewer confirms it ({@code CONFIRMED}); every other one is
 * {@code RECORDED} at once.
 */
public enum AssessmentState {
    RECORDED,
    PENDING,
    CONFIRMED
}
