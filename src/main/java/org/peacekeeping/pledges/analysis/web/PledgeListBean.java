package org.peacekeeping.pledges.analysis.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import org.peacekeeping.pledges.platform.CurrentActor;
import org.peacekeeping.pledges.pledge.PledgeFilter;
import org.peacekeeping.pledges.pledge.PledgeService;
import org.peacekeeping.pledges.pledge.PledgeSort;
import org.peacekeeping.pledges.pledge.web.ListCriteria;
import org.peacekeeping.pledges.pledge.web.PledgeTableModel;
import org.peacekeeping.pledges.web.Texts;

/**
 * The pledge list of analysts, reviewers and administrators ({@code /analysis/pledges.xhtml}). Its filters live in
 * the address ({@code ?event=&category=&status=&memberState=&q=&readinessAtLeast=&regionalGroup=}), so a filtered list can be bookmarked, shared and
 * reached from the dashboard; the toolbar's "apply" goes to the address of the new filters. The table is lazy:
 * the pledge service pages, sorts and filters in the database.
 */
@Named("pledgeList")
@ViewScoped
public class PledgeListBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Rows on a page until the user picks 50 or 100. */
    public static final int PAGE_SIZE = 25;

    @Inject
    private PledgeService pledges;

    @Inject
    private CurrentActor currentUser;

    @Inject
    private AnalysisLabels labels;

    private String event;
    private String category;
    private String status;
    private String memberState;
    private String q;
    private String readinessAtLeast;
    private String regionalGroup;

    /** The pledges themselves stay out of the view state: the model is made again when the view comes back. */
    private transient PledgeTableModel model;

    public PledgeTableModel getModel() {
        if (model == null) {
            model = new PledgeTableModel(this::filter,
                    (filter, order, page, size) -> pledges.list(currentUser.actor(), filter, order, page, size),
                    PledgeSort.Order.DEFAULT, PAGE_SIZE);
        }
        return model;
    }

    /** The filters as they are now: from the address, then as changed in the toolbar. */
    public ListCriteria getCriteria() {
        return ListCriteria.parse(event, category, status, memberState, q, readinessAtLeast, regionalGroup);
    }

    /**
     * Before the page is shown: a readiness level or regional group in the address that means nothing is dropped
     * with a message naming it, so that a reader does not take a list of every level or group for the one asked.
     */
    public void load() {
        for (String parameter : ListCriteria.dropped(readinessAtLeast, regionalGroup)) {
            String value = parameter.equals("readinessAtLeast") ? readinessAtLeast : regionalGroup;
            Texts.error(null, labels.text("list.dropped", labels.text("list.dropped." + parameter),
                    value.strip()));
        }
    }

    PledgeFilter filter() {
        return getCriteria().filter();
    }

    /**
     * Shows the list for the toolbar's filters at their own address (post, then redirect to a GET), cleaned of
     * anything that means nothing.
     */
    public String apply() {
        ListCriteria criteria = getCriteria();
        event = criteria.event();
        category = criteria.category() == null ? null : criteria.category().name();
        status = criteria.statusParameter();
        memberState = criteria.memberState();
        q = criteria.text();
        readinessAtLeast = criteria.readinessAtLeast() == null ? null : criteria.readinessAtLeast().name();
        regionalGroup = criteria.regionalGroup() == null ? null : criteria.regionalGroup().parameter();
        return "/analysis/pledges?faces-redirect=true&includeViewParams=true";
    }

    /** The filters as the address carries them, for a saved list to keep and to open again. */
    public java.util.Map<String, String> getSavedFilters() {
        ListCriteria criteria = getCriteria();
        java.util.Map<String, String> filters = new java.util.LinkedHashMap<>();
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
        if (criteria.text() != null) {
            filters.put("q", criteria.text());
        }
        return filters;
    }

    /** Query string of the register workbook of this list ({@code /api/reports/register}, SPEC §5, §6). */
    public String getRegisterQuery() {
        return getCriteria().queryString();
    }

    /**
     * When the list is filtered on a ministerial: its preparatory meetings' codes. The dashboard counts their
     * pledges towards the ministerial, but this list filters on the event a pledge was announced at.
     */
    public List<String> getPreparatoryMeetings() {
        return labels.preparatoryMeetings(getCriteria().event());
    }

    /** A last change's date, in the user's language (UTC, like the rest of the record). */
    public String date(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(labels.dateLocale()).format(instant.atOffset(ZoneOffset.UTC));
    }

    /** The statuses picked in the toolbar's multiple choice. */
    public List<String> getStatuses() {
        return new ArrayList<>(getCriteria().statuses().stream().sorted().map(Enum::name).toList());
    }

    public void setStatuses(List<String> statuses) {
        this.status = statuses == null || statuses.isEmpty() ? null : String.join(",", statuses);
    }

    public String getEvent() {
        return event;
    }

    public void setEvent(String event) {
        this.event = event;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getMemberState() {
        return memberState;
    }

    public void setMemberState(String memberState) {
        this.memberState = memberState;
    }

    public String getReadinessAtLeast() {
        return readinessAtLeast;
    }

    public void setReadinessAtLeast(String readinessAtLeast) {
        this.readinessAtLeast = readinessAtLeast;
    }

    public String getRegionalGroup() {
        return regionalGroup;
    }

    public void setRegionalGroup(String regionalGroup) {
        this.regionalGroup = regionalGroup;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
