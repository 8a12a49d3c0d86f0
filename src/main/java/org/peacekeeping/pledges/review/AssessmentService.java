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
import org.peacekeeping.pledges.platform.ForbiddenException;
import org.peacekeeping.pledges.platform.InvalidInputException;
import org.peacekeeping.pledges.platform.NotFoundException;
import org.peacekeeping.pledges.platform.Role;
import org.peacekeeping.pledges.platform.RuleConflictException;
import org.peacekeeping.pledges.platform.Problem.FieldError;
import org.peacekeeping.pledges.pledge.Pledge;
import org.peacekeeping.pledges.pledge.PledgeAction;
import org.peacekeeping.pledges.pledge.PledgeDetails;
import org.peacekeeping.pledges.pledge.PledgeService;
import org.peacekeeping.pledges.pledge.ReadinessLevel;

/**
 * Readiness assessments (SPEC §2): a reviewer records how an approved pledge was assessed and the readiness level it
 * established, each one transaction with the pledge's new level and its history entry. Who may see and assess a
 * pledge is the pledge feature's rule ({@link PledgeService#forAction}). One that raises a pledge to Rapid Deployment
 * waits for a second, different reviewer ({@link #confirm}); until then the pledge keeps its level (SPEC §10).
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
        boolean fourEyes = Assessment.needsSecondReviewer(pledge.readinessLevel(), level, input.outcome());
        if (fourEyes) {
            assessments.ofPledge(pledge.id()).stream().filter(a -> a.state() == AssessmentState.PENDING).findFirst()
                    .ifPresent(waiting -> {
                        throw new RuleConflictException("Rapid Deployment for " + pledge.reference()
                                + " was already proposed by " + waiting.recordedBy() + " and waits for a second "
                                + "reviewer: confirm that assessment (" + waiting.id() + ") instead of proposing "
                                + "another.", pledge.version(), pledge.status().name());
                    });
        }
        Assessment assessment = new Assessment(pledge.id(), input.type(), input.assessedOn(), input.outcome(),
                pledge.readinessLevel(), level, input.notes(), actor.username(), now);
        String summary = input.type() + " " + input.outcome() + (input.notes() == null ? "" : ": " + input.notes());
        if (fourEyes) {
            assessment.awaitConfirmation();
            assessments.add(assessment);
            pledges.assessReadiness(actor, pledge, pledge.readinessLevel(), summary + " (" + ReadinessLevel.RAPID_DEPLOYMENT
                    + " proposed by " + actor.username() + "; waits for a second reviewer's confirmation)", now);
        } else {
            assessments.add(assessment);
            pledges.assessReadiness(actor, pledge, level, summary, now);
        }
        return AssessmentView.of(assessment);
    }

    /**
     * A second reviewer confirms an assessment that raises the pledge to Rapid Deployment (SPEC §10, four eyes): only
     * then does the pledge take the level. The reviewer who proposed it is refused (403, saying why); an assessment
     * that does not wait for a confirmation, or a pledge no longer approved, is a conflict (409).
     */
    public AssessmentView confirm(Actor actor, long pledgeId, long assessmentId, Long version) {
        Pledge pledge = pledges.forAction(actor, pledgeId, PledgeAction.ASSESS, version);
        Assessment assessment = assessments.find(assessmentId).filter(a -> a.pledgeId().equals(pledge.id()))
                .orElseThrow(() -> new NotFoundException("Pledge " + pledge.reference() + " has no assessment "
                        + assessmentId + "."));
        if (assessment.state() != AssessmentState.PENDING) {
            throw new RuleConflictException("Assessment " + assessmentId + " of " + pledge.reference()
                    + (assessment.state() == AssessmentState.CONFIRMED ? " was already confirmed by "
                    + assessment.confirmedBy() : " took effect when it was recorded") + "; it waits for no confirmation.",
                    pledge.version(), pledge.status().name());
        }
        if (assessment.recordedBy().equals(actor.username())) {
            throw new ForbiddenException("You proposed Rapid Deployment for " + pledge.reference() + " yourself: "
                    + "four eyes are needed, so a second, different reviewer must confirm it.");
        }
        Instant now = Instant.now();
        assessment.confirm(actor.username(), now);
        pledges.assessReadiness(actor, pledge, assessment.readinessTo(), "Confirmed " + assessment.type() + " "
                + assessment.outcome() + " of " + assessment.assessedOn() + ", proposed by "
                + assessment.recordedBy() + " (four eyes)", now);
        return AssessmentView.of(assessment);
    }

    /**
     * The assessments waiting for a second reviewer on approved pledges, oldest first, for the reviewers' queue;
     * nobody else reviews, so nobody else sees them.
     */
    public List<PendingConfirmation> pendingConfirmations(Actor actor) {
        if (!actor.is(Role.REVIEWER)) {
            return List.of();
        }
        return assessments.pending().stream().map(row -> {
            Assessment a = (Assessment) row[0];
            return new PendingConfirmation(a.id(), a.pledgeId(), (String) row[1], (String) row[2], (String) row[3],
                    (ReadinessLevel) row[4], a.type(), a.assessedOn(), a.recordedBy(), a.recordedAt());
        }).toList();
    }

    /**
     * The same assessments for a machine client ({@code GET /api/assessments?state=PENDING}): a reviewer's script
     * finds what waits for its confirmation; anyone else is refused rather than told there is nothing.
     */
    public List<PendingConfirmation> waitingForConfirmation(Actor actor) {
        if (!actor.is(Role.REVIEWER)) {
            throw new ForbiddenException("Only reviewers confirm Rapid Deployment assessments (four eyes).");
        }
        return pendingConfirmations(actor);
    }

    private static LocalDate today(Instant now) {
        return now.atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
