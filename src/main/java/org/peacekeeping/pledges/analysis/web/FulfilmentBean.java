package org.peacekeeping.pledges.analysis.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.peacekeeping.pledges.analysis.Fulfilment;
import org.peacekeeping.pledges.analysis.FulfilmentService;
import org.peacekeeping.pledges.platform.CurrentActor;
import org.peacekeeping.pledges.platform.InvalidInputException;
import org.peacekeeping.pledges.platform.NotFoundException;
import org.peacekeeping.pledges.pledge.PledgeStatus;
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

    /** A step of one funnel as a table row: its name's key, its figures and its share of the announced pledges. */
    public record StepRow(String step, Fulfilment.Step figures, Double shareOfAnnounced, String statuses) {
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

    /** The funnel's steps of a funnel as rows, each with the statuses of the list that shows its pledges. */
    public List<StepRow> steps(Fulfilment.Funnel funnel) {
        List<Fulfilment.Step> steps = funnel.steps();
        long announced = funnel.announced().pledges();
        return IntStream.range(0, steps.size()).mapToObj(i -> new StepRow(Fulfilment.STEP_NAMES.get(i), steps.get(i),
                announced == 0 ? null : (double) steps.get(i).pledges() / announced,
                statuses(Fulfilment.STEP_NAMES.get(i)))).toList();
    }

    /**
     * The statuses of the pledge list that holds a step's pledges: every status after DRAFT for the announced ones,
     * the approved-or-later ones for approved and the readiness steps (the list then shows their levels), the
     * deployed ones for deployed.
     */
    public String statusParameter(String step) {
        return statuses(step);
    }

    static String statuses(String step) {
        Set<String> names = switch (step) {
            case "announced" -> Arrays.stream(PledgeStatus.values()).filter(s -> s != PledgeStatus.DRAFT)
                    .map(Enum::name).collect(Collectors.toSet());
            case "deployed" -> Set.of(PledgeStatus.DEPLOYED.name(), PledgeStatus.REPATRIATED.name());
            default -> PledgeStatus.APPROVED_OR_LATER.stream().map(Enum::name).collect(Collectors.toSet());
        };
        return Arrays.stream(PledgeStatus.values()).map(Enum::name).filter(names::contains)
                .collect(Collectors.joining(","));
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
