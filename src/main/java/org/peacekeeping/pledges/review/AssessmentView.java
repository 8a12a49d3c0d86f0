package org.peacekeeping.pledges.review;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.peacekeeping.pledges.pledge.ReadinessLevel;

/** A recorded assessment as pages and the API show it, with where it stands under the four-eyes rule. */
public record AssessmentView(long id, long pledgeId, AssessmentType type, LocalDate assessedOn,
                             AssessmentOutcome outcome, ReadinessLevel readinessFrom, ReadinessLevel readinessTo,
                             String notes, String recordedBy, Instant recordedAt, AssessmentState state,
                             String confirmedBy, Instant confirmedAt) implements Serializable {

    static AssessmentView of(Assessment assessment) {
        return new AssessmentView(assessment.id(), assessment.pledgeId(), assessment.type(), assessment.assessedOn(),
                assessment.outcome(), assessment.readinessFrom(), assessment.readinessTo(), assessment.notes(),
                assessment.recordedBy(), assessment.recordedAt(), assessment.state(), assessment.confirmedBy(),
                assessment.confirmedAt());
    }
}
