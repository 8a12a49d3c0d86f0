package org.peacekeeping.pledges.pledge.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.peacekeeping.pledges.platform.CurrentActor;
import org.peacekeeping.pledges.pledge.Page;
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
        PledgeFilter filter = filter();
        String query = new ListCriteria(filter.event(), filter.category(), filter.statuses(), null, filter.text())
                .queryString();
        return query.isEmpty() ? "" : "?" + query;
    }

    /**
     * The filters as the list's address carries them ({@code ?status=&category=&event=&q=}), for a saved list to keep
     * and to open again.
     */
    public Map<String, String> getSavedFilters() {
        Map<String, String> filters = new LinkedHashMap<>();
        ListCriteria criteria = new ListCriteria(event, category, status == null ? Set.of() : EnumSet.of(status), null,
                text);
        put(filters, "event", criteria.event());
        put(filters, "category", category == null ? null : category.name());
        put(filters, "status", criteria.statusParameter());
        put(filters, "q", criteria.text());
        return filters;
    }

    private static void put(Map<String, String> filters, String name, String value) {
        if (value != null && !value.isBlank()) {
            filters.put(name, value);
        }
    }

    /** The address's {@code status}: one status (drafts too); one that means nothing is dropped. */
    public String getStatusParameter() {
        return status == null ? null : status.name();
    }

    public void setStatusParameter(String name) {
        this.status = name == null ? null : java.util.Arrays.stream(PledgeStatus.values())
                .filter(s -> s.name().equalsIgnoreCase(name.strip())).findFirst().orElse(null);
    }

    /** The address's {@code category}; one that means nothing is dropped. */
    public String getCategoryParameter() {
        return category == null ? null : category.name();
    }

    public void setCategoryParameter(String name) {
        this.category = ListCriteria.parse(null, name, null, null, null).category();
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
                    PledgeSort.Order.DEFAULT, Page.DEFAULT_SIZE);
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
