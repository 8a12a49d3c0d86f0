package org.peacekeeping.pledges.review.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import org.peacekeeping.pledges.platform.CurrentActor;
import org.peacekeeping.pledges.pledge.Page;
import org.peacekeeping.pledges.pledge.PledgeFilter;
import org.peacekeeping.pledges.pledge.PledgeService;
import org.peacekeeping.pledges.pledge.PledgeSort;
import org.peacekeeping.pledges.pledge.PledgeStatus;
import org.peacekeeping.pledges.pledge.web.PledgeTableModel;
import org.peacekeeping.pledges.reference.Category;
import org.peacekeeping.pledges.review.AssessmentService;
import org.peacekeeping.pledges.review.PendingConfirmation;

/**
 * The reviewers' queue: submitted pledges and those under review, oldest submission first, and the Rapid Deployment
 * assessments that wait for a second reviewer's confirmation.
 */
@Named("reviewQueue")
@ViewScoped
public class ReviewQueueBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PledgeService pledges;

    @Inject
    private CurrentActor currentUser;

    @Inject
    private AssessmentService assessments;

    private List<PendingConfirmation> confirmations;

    private PledgeStatus status;
    private Category category;
    private String memberState;
    private String event;
    /** Made again when the view comes back on another instance: the model's services do not travel with it. */
    private transient PledgeTableModel model;

    private PledgeFilter filter() {
        EnumSet<PledgeStatus> statuses = status == null
                ? EnumSet.of(PledgeStatus.SUBMITTED, PledgeStatus.UNDER_REVIEW) : EnumSet.of(status);
        return new PledgeFilter(statuses, memberState == null || memberState.isBlank() ? null
                : memberState.strip().toUpperCase(), category, event, null);
    }

    public PledgeTableModel getModel() {
        if (model == null) {
            model = new PledgeTableModel(this::filter,
                    (filter, order, page, size) -> pledges.list(currentUser.actor(), filter, order, page, size),
                    new PledgeSort.Order(PledgeSort.SUBMITTED_AT, false), Page.DEFAULT_SIZE);
        }
        return model;
    }

    /** Assessments raising a pledge to Rapid Deployment that wait for a second reviewer (SPEC §10), oldest first. */
    public List<PendingConfirmation> getConfirmations() {
        if (confirmations == null) {
            confirmations = assessments.pendingConfirmations(currentUser.actor());
        }
        return confirmations;
    }

    /** Whether the signed-in reviewer may confirm this one: not their own proposal. */
    public boolean mayConfirm(PendingConfirmation confirmation) {
        return !confirmation.proposedBy().equals(currentUser.actor().username());
    }

    public PledgeStatus[] getStatuses() {
        return new PledgeStatus[] {PledgeStatus.SUBMITTED, PledgeStatus.UNDER_REVIEW};
    }

    public PledgeStatus getStatus() {
        return status;
    }

    public void setStatus(PledgeStatus status) {
        this.status = status;
    }

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public String getMemberState() {
        return memberState;
    }

    public void setMemberState(String memberState) {
        this.memberState = memberState;
    }

    public String getEvent() {
        return event;
    }

    public void setEvent(String event) {
        this.event = event;
    }
}
