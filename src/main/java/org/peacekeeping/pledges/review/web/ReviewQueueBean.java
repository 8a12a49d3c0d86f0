package org.peacekeeping.pledges.review.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import org.peacekeeping.pledges.platform.CurrentActor;
import org.peacekeeping.pledges.platform.ForbiddenException;
import org.peacekeeping.pledges.platform.InvalidInputException;
import org.peacekeeping.pledges.pledge.Page;
import org.peacekeeping.pledges.pledge.PledgeFilter;
import org.peacekeeping.pledges.pledge.PledgeService;
import org.peacekeeping.pledges.pledge.PledgeSort;
import org.peacekeeping.pledges.pledge.PledgeStatus;
import org.peacekeeping.pledges.pledge.PledgeView;
import org.peacekeeping.pledges.pledge.web.ListCriteria;
import org.peacekeeping.pledges.pledge.web.PledgeTableModel;
import org.peacekeeping.pledges.reference.Category;
import org.peacekeeping.pledges.review.AssessmentService;
import org.peacekeeping.pledges.review.BulkDecision;
import org.peacekeeping.pledges.review.BulkDecisionService;
import org.peacekeeping.pledges.review.BulkOutcome;
import org.peacekeeping.pledges.review.PendingConfirmation;
import org.peacekeeping.pledges.web.Texts;

/**
 * The reviewers' queue: submitted pledges and those under review, oldest submission first, and the Rapid Deployment
 * assessments that wait for a second reviewer's confirmation; pledges selected in it (checkboxes, by mouse or
 * keyboard) can be decided on together (SPEC §12), and the results of the last run are shown until the next one.
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

    @Inject
    private BulkDecisionService bulk;

    private List<PendingConfirmation> confirmations;
    private List<PledgeView> selected = new ArrayList<>();
    private String comment;
    private List<BulkOutcome> results = List.of();

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

    /**
     * The queue's filters as its address carries them ({@code ?status=&category=&memberState=&event=}), for a saved
     * list to keep and to open again.
     */
    public Map<String, String> getSavedFilters() {
        ListCriteria criteria = ListCriteria.parse(event, category == null ? null : category.name(),
                status == null ? null : status.name(), memberState, null);
        Map<String, String> filters = new LinkedHashMap<>();
        if (criteria.event() != null) {
            filters.put("event", criteria.event());
        }
        if (criteria.category() != null) {
            filters.put("category", criteria.category().name());
        }
        if (criteria.statusParameter() != null) {
            filters.put("status", criteria.statusParameter());
        }
        if (criteria.memberState() != null) {
            filters.put("memberState", criteria.memberState());
        }
        return filters;
    }

    /** The address's {@code status}: submitted or under review; anything else is dropped. */
    public String getStatusParameter() {
        return status == null ? null : status.name();
    }

    public void setStatusParameter(String name) {
        this.status = name == null ? null : java.util.Arrays.stream(getStatuses())
                .filter(s -> s.name().equalsIgnoreCase(name.strip())).findFirst().orElse(null);
    }

    /** The address's {@code category}; one that means nothing is dropped. */
    public String getCategoryParameter() {
        return category == null ? null : category.name();
    }

    public void setCategoryParameter(String name) {
        this.category = ListCriteria.parse(null, name, null, null, null).category();
    }

    /** The address's {@code memberState}; a malformed one is dropped. */
    public String getMemberStateParameter() {
        return memberState;
    }

    public void setMemberStateParameter(String code) {
        this.memberState = ListCriteria.parse(null, null, null, code, null).memberState();
    }

    /** The address's {@code event} code; a malformed one is dropped. */
    public String getEventParameter() {
        return event;
    }

    public void setEventParameter(String code) {
        this.event = ListCriteria.parse(code, null, null, null, null).event();
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

    /** Takes the decision ({@code START_REVIEW}, {@code APPROVE}, {@code RETURN}) on the selected pledges. */
    public void decide(String name) {
        BulkDecision decision = BulkDecision.valueOf(name);
        if (selected == null || selected.isEmpty()) {
            Texts.error("queue:bulkComment", Texts.get("review.bulk.noneSelected"));
            return;
        }
        try {
            results = bulk.decide(currentUser.actor(), decision, selected.stream().map(PledgeView::id).toList(),
                    comment);
            long done = results.stream().filter(BulkOutcome::done).count();
            Texts.info(Texts.get("review.bulk.summary", Texts.get("review.bulk.action." + decision.name()), done,
                    results.size() - done));
            selected = new ArrayList<>();
            comment = null;
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> Texts.error("queue:bulkComment", error.field().equals("comment")
                    ? Texts.get("review.commentRequired")
                    : Texts.get("review.bulk.tooMany", BulkDecision.MAX_IDS)));
        } catch (ForbiddenException e) {
            Texts.error("queue:bulkComment", e.getMessage());
        }
    }

    public List<PledgeView> getSelected() {
        return selected;
    }

    public void setSelected(List<PledgeView> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public List<BulkOutcome> getResults() {
        return results;
    }
}
