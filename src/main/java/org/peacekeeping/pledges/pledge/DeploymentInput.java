package org.peacekeeping.pledges.pledge;

import java.time.LocalDate;
import java.util.List;
import org.peacekeeping.pledges.platform.Problem.FieldError;

/**
 * What a reviewer records about a deployment (SPEC §10): {@code personnel} and {@code women} absent mean "as pledged";
 * the comment says why more deployed than were pledged, where that is the case.
 *
 * @param malformed the fields that could not even be read, with why: reported with the rule errors in one answer
 */
public record DeploymentInput(String mission, LocalDate deployedOn, Integer personnel, Integer women, String comment,
                              Long version, List<FieldError> malformed) {

    public DeploymentInput {
        malformed = malformed == null ? List.of() : List.copyOf(malformed);
    }

    /** Well-typed input, as the review page makes it. */
    public DeploymentInput(String mission, LocalDate deployedOn, Integer personnel, Integer women, String comment,
                           Long version) {
        this(mission, deployedOn, personnel, women, comment, version, List.of());
    }

    boolean isMalformed(String field) {
        return malformed.stream().anyMatch(error -> error.field().equals(field));
    }
}
