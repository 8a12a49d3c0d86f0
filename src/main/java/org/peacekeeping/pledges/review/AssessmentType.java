package org.peacekeeping.pledges.review;

/** How the Secretariat established a pledge's readiness. */
public enum AssessmentType {
    DOCUMENT_REVIEW,
    ASSESSMENT_ADVISORY_VISIT,
    SURU_ALIGNMENT,
    PRE_DEPLOYMENT_VISIT,
    RAPID_DEPLOYMENT_VERIFICATION
}
