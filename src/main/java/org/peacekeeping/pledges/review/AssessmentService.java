package org.peacekeeping.pledges.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.peacekeeping.pledges.platform.Actor;
import org.peacekeeping.pledges.platform.InvalidInputException;
import org.peacekeeping.pledges.platform.Problem.FieldError;
import org.peacekeeping.pledges.pledge.Pledge;
import org.peacekeeping.pledges.pledge.PledgeAction;
import org.peacekeeping.pledges.pledge.PledgeDetails;
import org.peacekeeping.pledges.pledge.PledgeService;
import org.peacekeeping.pledges.pledge.ReadinessLevel;

/**
 * Readiness assessments (SPEC §2): a reviewer records how an approved pledge was assessed and the readiness level it
 * established, each one transaction with the pledge's new level and its history entry. Who may see and assess a
 * pledge is the pledge feature's rule ({@link PledgeService#forAction}).
 */
@ApplicationScoped
@Transactional
public class AssessmentService {

    @Inject
    private PledgeService pledges;

    @Inject
    private AssessmentRepository assessments;

    /** The assessments recorded on a pledge the actor may see, oldest first. */
    public List<AssessmentView> assessments(Actor actor, long pledgeId) {
        long id = pledges.get(actor, pledgeId).id();
        return assessments.ofPledge(id).stream().map(AssessmentView::of).toList();
    }

    /** A reviewer records an assessment of an approved pledge and, with it, the readiness level it established. */
    public AssessmentView assess(Actor actor, long pledgeId, AssessmentInput input) {
        Pledge pledge = pledges.forAction(actor, pledgeId, PledgeAction.ASSESS, input.version());
        List<FieldError> errors = new ArrayList<>(input.malformed());
        if (input.type() == null && !input.isMalformed("type")) {
            errors.add(new FieldError("type", "Say how the pledge was assessed"));
        }
        if (input.outcome() == null && !input.isMalformed("outcome")) {
            errors.add(new FieldError("outcome", "Say what the assessment concluded"));
        }
        Instant now = Instant.now();
        if (!input.isMalformed("assessedOn")
                && (input.assessedOn() == null || input.assessedOn().isAfter(today(now)))) {
            errors.add(new FieldError("assessedOn", "Give the date of the assessment, not in the future"));
        }
        if (input.notes() != null && input.notes().length() > PledgeDetails.TEXT_MAX) {
            errors.add(new FieldError("notes", "At most " + PledgeDetails.TEXT_MAX + " characters"));
        }
        ReadinessLevel level = input.readinessLevel() != null ? input.readinessLevel() : pledge.readinessLevel();
        if (!level.atLeast(ReadinessLevel.LEVEL_1) && !input.isMalformed("readinessLevel")) {
            errors.add(new FieldError("readinessLevel", "An approved pledge is at least at LEVEL_1"));
        }
        if (input.outcome() == AssessmentOutcome.UNSUCCESSFUL && level.compareTo(pledge.readinessLevel()) > 0) {
            errors.add(new FieldError("readinessLevel", "An unsuccessful assessment cannot raise the readiness level"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The assessment is incomplete or wrong", errors);
        }
        Assessment assessment = new Assessment(pledge.id(), input.type(), input.assessedOn(), input.outcome(),
                pledge.readinessLevel(), level, input.notes(), actor.username(), now);
        assessments.add(assessment);
        String summary = input.type() + " " + input.outcome() + (input.notes() == null ? "" : ": " + input.notes());
        pledges.assessReadiness(actor, pledge, level, summary, now);
        return AssessmentView.of(assessment);
    }

    private static LocalDate today(Instant now) {
        return now.atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
