package org.peacekeeping.pledges.review;

import java.time.LocalDate;
import java.util.List;
import org.peacekeeping.pledges.platform.Problem.FieldError;
import org.peacekeeping.pledges.pledge.ReadinessLevel;

/**
 * What a reviewer records about an assessment; the readiness level is optional for an unsuccessful one.
 *
 * @param malformed the fields that could not even be read, with why: reported with the rule errors in one answer
 */
public record AssessmentInput(AssessmentType type, LocalDate assessedOn, AssessmentOutcome outcome,
                              ReadinessLevel readinessLevel, String notes, Long version, List<FieldError> malformed) {

    public AssessmentInput {
        malformed = malformed == null ? List.of() : List.copyOf(malformed);
    }

    /** Well-typed input, as the review page makes it. */
    public AssessmentInput(AssessmentType type, LocalDate assessedOn, AssessmentOutcome outcome,
                           ReadinessLevel readinessLevel, String notes, Long version) {
        this(type, assessedOn, outcome, readinessLevel, notes, version, List.of());
    }

    boolean isMalformed(String field) {
        return malformed.stream().anyMatch(error -> error.field().equals(field));
    }
}
