package org.peacekeeping.pledges.pledge;

/**
 * The readiness levels of the Peacekeeping Capability Readiness System, lowest first. Raised only by a reviewer,
 * on an approved pledge, with an assessment.
 */
public enum ReadinessLevel {
    /** Not registered yet. */
    NONE,
    /** Registered with note verbale, table of organization and equipment lists. */
    LEVEL_1,
    /** After a successful assessment and advisory visit. */
    LEVEL_2,
    /** Aligned with a statement of unit requirements. */
    LEVEL_3,
    /** Verified, deployable within 60 days. */
    RAPID_DEPLOYMENT;

    public boolean atLeast(ReadinessLevel other) {
        return compareTo(other) >= 0;
    }
}
