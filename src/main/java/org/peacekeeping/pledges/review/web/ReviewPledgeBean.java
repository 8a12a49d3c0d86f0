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
import org.peacekeeping.pledges.platform.InvalidInputException;
import org.peacekeeping.pledges.platform.NotFoundException;
import org.peacekeeping.pledges.review.AssessmentInput;
import org.peacekeeping.pledges.review.AssessmentService;
import org.peacekeeping.pledges.review.AssessmentView;
import org.peacekeeping.pledges.pledge.ChangesSinceApproval;
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
        return sinceApproval != null && sinceApproval.approvedAt() != null && pledge.status() != PledgeStatus.APPROVED;
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

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
