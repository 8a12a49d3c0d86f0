package org.peacekeeping.pledges.review.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.peacekeeping.pledges.platform.ConflictException;
import org.peacekeeping.pledges.platform.CurrentActor;
import org.peacekeeping.pledges.platform.ForbiddenException;
import org.peacekeeping.pledges.platform.InvalidInputException;
import org.peacekeeping.pledges.platform.NotFoundException;
import org.peacekeeping.pledges.review.AssessmentInput;
import org.peacekeeping.pledges.review.AssessmentService;
import org.peacekeeping.pledges.review.AssessmentState;
import org.peacekeeping.pledges.review.AssessmentView;
import org.peacekeeping.pledges.pledge.ChangesSinceApproval;
import org.peacekeeping.pledges.pledge.DeploymentInput;
import org.peacekeeping.pledges.pledge.HistoryView;
import org.peacekeeping.pledges.pledge.LifecycleViolation;
import org.peacekeeping.pledges.pledge.PledgeAction;
import org.peacekeeping.pledges.pledge.PledgeService;
import org.peacekeeping.pledges.pledge.PledgeStatus;
import org.peacekeeping.pledges.pledge.PledgeView;
import org.peacekeeping.pledges.pledge.ReadinessLevel;
import org.peacekeeping.pledges.pledge.web.PledgePages;
import org.peacekeeping.pledges.review.AssessmentOutcome;
import org.peacekeeping.pledges.review.AssessmentType;
import org.peacekeeping.pledges.web.Pages;
import org.peacekeeping.pledges.web.Texts;

/**
 * A reviewer's view of one pledge: its content and history, the decisions its state allows (with the comment SPEC
 * §3 asks for), and readiness assessments once approved. If someone else acted first, the page says so and shows
 * the pledge as it is now.
 */
@Named("reviewPledge")
@ViewScoped
public class ReviewPledgeBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PledgeService pledges;

    @Inject
    private AssessmentService assessmentService;

    @Inject
    private CurrentActor currentUser;

    private Long id;
    private PledgeView pledge;
    private List<HistoryView> history = List.of();
    private ChangesSinceApproval sinceApproval;
    private List<AssessmentView> assessments = List.of();
    private String comment;
    private AssessmentType assessmentType;
    private LocalDate assessedOn;
    private AssessmentOutcome outcome;
    private ReadinessLevel readinessLevel;
    private String notes;
    private String mission;
    private LocalDate deployedOn;
    private Integer deployedPersonnel;
    private Integer deployedWomen;
    private LocalDate repatriatedOn;

    public void load() {
        if (id == null) {
            Pages.notFound();
            return;
        }
        try {
            show(pledges.get(currentUser.actor(), id));
        } catch (NotFoundException e) {
            Pages.notFound();
        }
    }

    private void show(PledgeView view) {
        pledge = view;
        history = pledges.history(currentUser.actor(), view.id());
        sinceApproval = pledges.changesSinceApproval(currentUser.actor(), view.id());
        assessments = assessmentService.assessments(currentUser.actor(), view.id());
        comment = null;
    }

    /** Records the deployment of the approved pledge's unit (SPEC §10); every wrong field is named beside it. */
    public void deploy() {
        try {
            PledgeView after = pledges.deploy(currentUser.actor(), id, new DeploymentInput(mission, deployedOn,
                    deployedPersonnel, deployedWomen, comment, pledge.version()));
            show(after);
            mission = null;
            deployedOn = null;
            deployedPersonnel = null;
            deployedWomen = null;
            Texts.info(Texts.get("review.done", after.reference(), Texts.get("status." + after.status().name())));
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> Texts.error("deployForm:" + deployField(error.field()),
                    Texts.get("field.deployment." + error.field()) + ": " + error.message()));
        } catch (ConflictException | LifecycleViolation e) {
            refreshAfter(e);
        }
    }

    private static String deployField(String field) {
        return switch (field) {
            case "personnel" -> "deployedPersonnel";
            case "women" -> "deployedWomen";
            case "comment" -> "deployComment";
            default -> field;
        };
    }

    /** Records that the deployed unit came home, on the date given (today without one), with the comment. */
    public void repatriate() {
        try {
            PledgeView after = pledges.repatriate(currentUser.actor(), id, repatriatedOn, comment, pledge.version());
            show(after);
            repatriatedOn = null;
            Texts.info(Texts.get("review.done", after.reference(), Texts.get("status." + after.status().name())));
        } catch (LifecycleViolation e) {
            if (e.reason() == LifecycleViolation.Reason.COMMENT_REQUIRED) {
                Texts.error("repatriateForm:repatriationComment", Texts.get("review.commentRequired"));
            } else {
                refreshAfter(e);
            }
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> Texts.error("repatriateForm:" + (error.field().equals("comment")
                    ? "repatriationComment" : error.field()), error.message()));
        } catch (ConflictException e) {
            refreshAfter(e);
        }
    }

    /** A second reviewer confirms the assessment that raises the pledge to Rapid Deployment (four eyes). */
    public void confirm(long assessmentId) {
        try {
            assessmentService.confirm(currentUser.actor(), id, assessmentId, pledge.version());
            show(pledges.get(currentUser.actor(), id));
            Texts.info(Texts.get("review.confirmed", pledge.reference()));
        } catch (ForbiddenException e) {
            Texts.error(null, e.getMessage());
        } catch (ConflictException | LifecycleViolation | NotFoundException e) {
            refreshAfter(e);
        }
    }

    /** The assessment waiting for a second reviewer, if one does (SPEC §10). */
    public AssessmentView getPendingAssessment() {
        return assessments.stream().filter(a -> a.state() == AssessmentState.PENDING).findFirst().orElse(null);
    }

    /** Whether the signed-in reviewer may confirm the waiting assessment: not the one who proposed it. */
    public boolean isMayConfirm() {
        AssessmentView pending = getPendingAssessment();
        return pending != null && can("ASSESS") && !pending.recordedBy().equals(currentUser.actor().username());
    }

    public void act(String action) {
        PledgeAction chosen = PledgeAction.valueOf(action);
        try {
            PledgeView after = pledges.act(currentUser.actor(), id, chosen, comment, pledge.version());
            show(after);
            Texts.info(Texts.get("review.done", after.reference(), Texts.get("status." + after.status().name())));
        } catch (LifecycleViolation e) {
            if (e.reason() == LifecycleViolation.Reason.COMMENT_REQUIRED) {
                Texts.error("actionsForm:comment", Texts.get("review.commentRequired"));
            } else {
                refreshAfter(e);
            }
        } catch (ConflictException e) {
            refreshAfter(e);
        }
    }

    public void assess() {
        try {
            assessmentService.assess(currentUser.actor(), id, new AssessmentInput(assessmentType, assessedOn, outcome,
                    readinessLevel, notes, pledge.version()));
            show(pledges.get(currentUser.actor(), id));
            assessmentType = null;
            assessedOn = null;
            outcome = null;
            readinessLevel = null;
            notes = null;
            Texts.info(Texts.get("review.assessed", pledge.reference()));
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> Texts.error("assessmentForm:" + error.field(),
                    Texts.get("field.assessment." + error.field()) + ": " + error.message()));
        } catch (ConflictException | LifecycleViolation e) {
            refreshAfter(e);
        }
    }

    /** Someone else acted first, or the state no longer allows this: say so and show the pledge as it is now. */
    private void refreshAfter(RuntimeException e) {
        try {
            show(pledges.get(currentUser.actor(), id));
        } catch (NotFoundException gone) {
            Pages.notFound();
            return;
        }
        PledgePages.explainRefusal(e, pledge);
    }

    public boolean can(String action) {
        return PledgePages.can(pledge, currentUser.actor().role(), action);
    }

    public boolean isAnyDecision() {
        return can("START_REVIEW") || can("RETURN") || can("APPROVE") || can("REJECT") || can("REOPEN");
    }

    /** What changed since the last approval, for a pledge approved before and now back in review (SPEC §9). */
    public ChangesSinceApproval getSinceApproval() {
        return sinceApproval;
    }

    /** A reopened, returned or renewed pledge that was approved before: the reviewer sees what changed since. */
    public boolean isShowSinceApproval() {
        return sinceApproval != null && sinceApproval.approvedAt() != null
                && !pledge.status().approvedOrLater();
    }

    public List<HistoryView> getHistory() {
        return PledgePages.newestFirst(history);
    }

    public List<AssessmentView> getAssessments() {
        return assessments;
    }

    public AssessmentType[] getAssessmentTypes() {
        return AssessmentType.values();
    }

    public AssessmentOutcome[] getOutcomes() {
        return AssessmentOutcome.values();
    }

    public ReadinessLevel[] getLevels() {
        return new ReadinessLevel[] {ReadinessLevel.LEVEL_1, ReadinessLevel.LEVEL_2, ReadinessLevel.LEVEL_3,
            ReadinessLevel.RAPID_DEPLOYMENT};
    }

    public LocalDate getToday() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PledgeView getPledge() {
        return pledge;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public AssessmentType getAssessmentType() {
        return assessmentType;
    }

    public void setAssessmentType(AssessmentType assessmentType) {
        this.assessmentType = assessmentType;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public void setAssessedOn(LocalDate assessedOn) {
        this.assessedOn = assessedOn;
    }

    public AssessmentOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(AssessmentOutcome outcome) {
        this.outcome = outcome;
    }

    public ReadinessLevel getReadinessLevel() {
        return readinessLevel;
    }

    public void setReadinessLevel(ReadinessLevel readinessLevel) {
        this.readinessLevel = readinessLevel;
    }

    public String getMission() {
        return mission;
    }

    public void setMission(String mission) {
        this.mission = mission;
    }

    public LocalDate getDeployedOn() {
        return deployedOn;
    }

    public void setDeployedOn(LocalDate deployedOn) {
        this.deployedOn = deployedOn;
    }

    public Integer getDeployedPersonnel() {
        return deployedPersonnel;
    }

    public void setDeployedPersonnel(Integer deployedPersonnel) {
        this.deployedPersonnel = deployedPersonnel;
    }

    public Integer getDeployedWomen() {
        return deployedWomen;
    }

    public void setDeployedWomen(Integer deployedWomen) {
        this.deployedWomen = deployedWomen;
    }

    public LocalDate getRepatriatedOn() {
        return repatriatedOn;
    }

    public void setRepatriatedOn(LocalDate repatriatedOn) {
        this.repatriatedOn = repatriatedOn;
    }

    /** The earliest deployment date: the approval's. */
    public LocalDate getApprovedOn() {
        return pledge == null || pledge.approvedAt() == null ? null
                : pledge.approvedAt().atOffset(ZoneOffset.UTC).toLocalDate();
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
