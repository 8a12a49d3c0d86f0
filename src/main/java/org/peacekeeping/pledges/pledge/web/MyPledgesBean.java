package org.peacekeeping.pledges.pledge.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import org.peacekeeping.pledges.platform.CurrentActor;
import org.peacekeeping.pledges.pledge.PledgeFilter;
import org.peacekeeping.pledges.pledge.PledgeService;
import org.peacekeeping.pledges.pledge.PledgeSort;
import org.peacekeeping.pledges.pledge.PledgeStatus;
import org.peacekeeping.pledges.reference.Category;

/** A focal point's list of its state's pledges, filtered and paged by the database. */
@Named("myPledges")
@ViewScoped
public class MyPledgesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PledgeService pledges;

    @Inject
    private CurrentActor currentUser;

    private PledgeStatus status;
    private Category category;
    private String event;
    private String text;
    /** Made again when the view comes back on another instance: the model's services do not travel with it. */
    private transient PledgeTableModel model;

    PledgeFilter filter() {
        Set<PledgeStatus> statuses = status == null ? Set.of() : EnumSet.of(status);
        return new PledgeFilter(statuses, null, category, event, text);
    }

    /** The register download link's query: the same filters as the table. */
    public String getRegisterQuery() {
        StringBuilder query = new StringBuilder();
        if (status != null) {
            query.append("&status=").append(status.name());
        }
        if (category != null) {
            query.append("&category=").append(category.name());
        }
        if (event != null) {
            query.append("&event=").append(java.net.URLEncoder.encode(event, java.nio.charset.StandardCharsets.UTF_8));
        }
        if (text != null && !text.isBlank()) {
            query.append("&q=").append(java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8));
        }
        return query.length() == 0 ? "" : "?" + query.substring(1);
    }

    public PledgeTableModel getModel() {
        if (model == null) {
            model = new PledgeTableModel(pledges, currentUser::actor, this::filter, PledgeSort.Order.DEFAULT);
        }
        return model;
    }

    public PledgeStatus[] getStatuses() {
        return PledgeStatus.values();
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

    public String getEvent() {
        return event;
    }

    public void setEvent(String event) {
        this.event = event;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
