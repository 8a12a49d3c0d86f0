package org.peacekeeping.pledges.analysis.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import org.peacekeeping.pledges.analysis.Fulfilment;
import org.peacekeeping.pledges.analysis.FulfilmentService;
import org.peacekeeping.pledges.platform.CurrentActor;
import org.peacekeeping.pledges.platform.InvalidInputException;
import org.peacekeeping.pledges.platform.NotFoundException;
import org.peacekeeping.pledges.pledge.PledgeFilter;
import org.peacekeeping.pledges.pledge.PledgeStatus;
import org.peacekeeping.pledges.pledge.ReadinessLevel;
import org.peacekeeping.pledges.pledge.web.ListCriteria;
import org.peacekeeping.pledges.reference.Category;
import org.peacekeeping.pledges.reference.RegionalGroup;
import org.peacekeeping.pledges.web.Texts;

/**
 * The fulfilment page ({@code /analysis/fulfilment.xhtml?event=}): what became of each ministerial's pledges, the
 * ministerials side by side or one of them, with the figures of {@code GET /api/fulfilment}. The figures are
 * transient: a session replicated to another instance carries only the choice.
 */
@Named("fulfilment")
@ViewScoped
public class FulfilmentBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * A step of one funnel as a table row: its name's key, its figures, its share of the announced pledges and the
     * query string of the pledge list that holds exactly its pledges.
     */
    public record StepRow(String step, Fulfilment.Step figures, Double shareOfAnnounced, String listQuery) {
    }

    @Inject
    private FulfilmentService service;

    @Inject
    private CurrentActor currentUser;

    @Inject
    private AnalysisLabels labels;

    private String event;

    private transient Fulfilment data;
    private transient String chart;
    private transient Locale chartLocale;

    /** Before the page is shown: an event in the address that is no ministerial is dropped with a message. */
    public void load() {
        refresh();
        try {
            data = service.fulfilment(currentUser.actor(), event);
        } catch (NotFoundException | InvalidInputException e) {
            Texts.error(null, labels.text("fulfilment.unknownEvent", event));
            event = null;
        }
    }

    public void refresh() {
        data = null;
        chart = null;
    }

    public Fulfilment getData() {
        if (data == null) {
            data = service.fulfilment(currentUser.actor(), event);
        }
        return data;
    }

    /** The ministerials to choose from, in the order they were held. */
    public List<AnalysisLabels.Option> getMinisterials() {
        return service.ministerials().stream()
                .map(code -> new AnalysisLabels.Option(code, labels.eventShort(code))).toList();
    }

    /** The funnel's steps of a ministerial's total as rows, each with the list that shows its pledges. */
    public List<StepRow> steps(String event, Fulfilment.Funnel funnel) {
        List<Fulfilment.Step> steps = funnel.steps();
        long announced = funnel.announced().pledges();
        return IntStream.range(0, steps.size()).mapToObj(i -> new StepRow(Fulfilment.STEP_NAMES.get(i), steps.get(i),
                announced == 0 ? null : (double) steps.get(i).pledges() / announced,
                criteria(event, Fulfilment.STEP_NAMES.get(i), null, null).queryString())).toList();
    }

    /** The names of the funnel's steps, in order, as the columns of the tables by category and by group. */
    public List<String> getStepNames() {
        return Fulfilment.STEP_NAMES;
    }

    /** The pledges of one funnel at the step of that name. */
    public long pledges(Fulfilment.Funnel funnel, String step) {
        return funnel.steps().get(Fulfilment.STEP_NAMES.indexOf(step)).pledges();
    }

    /** The query string of the list of a ministerial's pledges at one step, of one category. */
    public String categoryList(String event, String step, Category category) {
        return criteria(event, step, category, null).queryString();
    }

    /** The query string of the list of a ministerial's pledges at one step, of one regional group (null: none). */
    public String groupList(String event, String step, RegionalGroup group) {
        return criteria(event, step, null, PledgeFilter.Group.of(group)).queryString();
    }

    /**
     * The pledge list's filters that hold exactly the pledges of one step of a ministerial's funnel (SPEC §10; the
     * rules of {@code FulfilmentCalculator.funnel}): every status after DRAFT for announced; the approved-or-later
     * statuses for approved, with the lowest readiness level for the readiness steps; deployed and repatriated for
     * deployed, whatever the level. The list's event filter counts a ministerial's preparatory meetings, as the
     * funnel does; {@code category} and {@code group} narrow it to a row of the tables by category and by group.
     */
    static ListCriteria criteria(String event, String step, Category category, PledgeFilter.Group group) {
        Set<PledgeStatus> statuses = switch (step) {
            case "announced" -> EnumSet.complementOf(EnumSet.of(PledgeStatus.DRAFT));
            case "deployed" -> EnumSet.of(PledgeStatus.DEPLOYED, PledgeStatus.REPATRIATED);
            case "approved", "level2OrHigher", "level3OrHigher", "rapidDeployment" -> PledgeStatus.APPROVED_OR_LATER;
            default -> throw new IllegalArgumentException("No funnel step " + step);
        };
        ReadinessLevel atLeast = switch (step) {
            case "level2OrHigher" -> ReadinessLevel.LEVEL_2;
            case "level3OrHigher" -> ReadinessLevel.LEVEL_3;
            case "rapidDeployment" -> ReadinessLevel.RAPID_DEPLOYMENT;
            default -> null;
        };
        return new ListCriteria(event, category, statuses, null, null, atLeast, group);
    }

    /** The ministerials' funnels side by side: pledges at each step, one series per ministerial. */
    public String getChart() {
        Locale locale = labels.locale();
        if (chart == null || !locale.equals(chartLocale)) {
            List<Fulfilment.Ministerial> ministerials = getData().ministerials();
            ChartJson bar = ChartJson.bar(Fulfilment.STEP_NAMES.stream()
                    .map(step -> labels.text("fulfilment.step." + step)).toList());
            for (int i = 0; i < ministerials.size(); i++) {
                Fulfilment.Ministerial ministerial = ministerials.get(i);
                bar.series(labels.eventShort(ministerial.event()), ministerial.total().steps().stream()
                        .map(Fulfilment.Step::pledges).toList(),
                        DashboardCharts.PALETTE.get(i % DashboardCharts.PALETTE.size()));
            }
            chart = bar.axisTitles(labels.text("chart.pledges"), null).aspectRatio(2).locale(locale).json();
            chartLocale = locale;
        }
        return chart;
    }

    /** Days as a person reads them ("42", "42.5"), or a dash when nothing deployed. */
    public String days(Double days) {
        if (days == null) {
            return "—";
        }
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(labels.locale());
        format.setMaximumFractionDigits(1);
        return format.format(days);
    }

    public String getEvent() {
        return event;
    }

    public void setEvent(String event) {
        this.event = event == null || event.isBlank() ? null : event.strip();
    }
}
