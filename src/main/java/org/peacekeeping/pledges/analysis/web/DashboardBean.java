package org.peacekeeping.pledges.analysis.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.peacekeeping.pledges.analysis.Dashboard;
import org.peacekeeping.pledges.analysis.DashboardService;
import org.peacekeeping.pledges.platform.CurrentActor;
import org.peacekeeping.pledges.pledge.web.ListCriteria;
import org.peacekeeping.pledges.web.Texts;

/**
 * The analysts' dashboard ({@code /analysis/index.xhtml?event=&pending=}): an event and whether pending pledges
 * count are chosen on the page (or in the address); the figures are computed once per choice. They are transient:
 * a session replicated to another instance carries only the choice, and the figures are read again there.
 */
@Named("dashboard")
@ViewScoped
public class DashboardBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DashboardService service;

    @Inject
    private CurrentActor currentUser;

    @Inject
    private AnalysisLabels labels;

    private String event;
    private boolean includePending;

    private transient Dashboard data;
    private transient DashboardCharts charts;
    private transient Locale chartsLocale;

    /**
     * Before the page is shown (f:viewAction): an event in the address that does not exist is dropped with a
     * message, rather than a 404 for a mistyped link.
     */
    public void load() {
        if (event != null && labels.events().stream().noneMatch(option -> option.value().equals(event))) {
            Texts.error(null, labels.text("dashboard.unknownEvent", event));
            event = null;
        }
        refresh();
    }

    /** After a change of event or of what counts: the figures are read again. */
    public void refresh() {
        data = null;
        charts = null;
    }

    public Dashboard getData() {
        if (data == null) {
            data = service.dashboard(currentUser.actor(), event, includePending);
        }
        return data;
    }

    public DashboardCharts getCharts() {
        Locale locale = labels.locale();
        if (charts == null || !locale.equals(chartsLocale)) {
            charts = DashboardCharts.of(getData(), labels.texts(), locale);
            chartsLocale = locale;
        }
        return charts;
    }

    /** A text of the gender targets' section, naming the year the shares are measured against. */
    public String targetText(String key) {
        return labels.text(key, DashboardCharts.targetYear(getData()));
    }

    /** The counted statuses as the pledge list's {@code status} parameter, in lifecycle order. */
    public String getCountedStatuses() {
        return new ListCriteria(null, null, getData().counted(), null, null).statusParameter();
    }

    /** The names of the preparatory meetings whose pledges count towards the chosen ministerial. */
    public String getPreparatoryMeetings() {
        List<String> codes = labels.preparatoryMeetings(event);
        return codes.stream().map(code -> labels.eventShort(code)).collect(Collectors.joining(", "));
    }

    /** Query string of the ministerial summary workbook for the same choice (SPEC §5, §6). */
    public String getSummaryQuery() {
        return new ListCriteria(event, null, Set.of(), null, null).queryString()
                + (event == null ? "" : "&") + "includePending=" + includePending;
    }

    public String getEvent() {
        return event;
    }

    public void setEvent(String event) {
        this.event = event == null || event.isBlank() ? null : event.strip();
    }

    public boolean isIncludePending() {
        return includePending;
    }

    public void setIncludePending(boolean includePending) {
        this.includePending = includePending;
    }
}
