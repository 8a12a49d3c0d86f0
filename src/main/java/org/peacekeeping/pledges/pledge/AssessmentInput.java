package org.peacekeeping.pledges.pledge;

import java.time.LocalDate;
import org.peacekeeping.pledges.review.AssessmentOutcome;
import org.peacekeeping.pledges.review.AssessmentType;

/** What a reviewer records about an assessment; the readiness level is optional for an unsuccessful one. */
public record AssessmentInput(AssessmentType type, LocalDate assessedOn, AssessmentOutcome outcome,
                              ReadinessLevel readinessLevel, String notes, Long version) {
}
