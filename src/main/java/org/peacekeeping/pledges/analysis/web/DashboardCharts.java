package org.peacekeeping.pledges.analysis.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.peacekeeping.pledges.analysis.Dashboard;
import org.peacekeeping.pledges.pledge.PledgeStatus;

/**
 * The dashboard's four charts as Chart.js configurations. Pure: the texts come from a function of bundle keys
 * ({@code category.MEDICAL}, {@code chart.pledges}, ...), so that the charts speak the page's language and a test
 * can read them.
 */
public record DashboardCharts(String category, String regionalGroup, String status, String women) {

    /** Colours with at least 3:1 contrast against white (WCAG 1.4.11), told apart by more than hue where it counts. */
    static final String BLUE = "#0b4f8a";
    static final String TEAL = "#1b7f79";
    static final String ORANGE = "#b35900";
    static final String GREY = "#5f6b7a";
    static final List<String> PALETTE = List.of(BLUE, TEAL, ORANGE, "#6a3d9a", "#2e7d45", "#a1286a", GREY);

    /** Each status in the hue of its badge on the pages ({@code .status-*}), dark enough for a bar. */
    static final Map<PledgeStatus, String> STATUS_COLORS = Map.of(
            PledgeStatus.DRAFT, GREY,
            PledgeStatus.SUBMITTED, "#2f6fb7",
            PledgeStatus.UNDER_REVIEW, "#6a3d9a",
            PledgeStatus.RETURNED, "#9a7300",
            PledgeStatus.APPROVED, "#2e7d45",
            PledgeStatus.REJECTED, "#b3261e",
            PledgeStatus.LAPSED, "#8a4f1d",
            PledgeStatus.WITHDRAWN, "#7a8594",
            PledgeStatus.DEPLOYED, "#1b6f78",
            PledgeStatus.REPATRIATED, "#3f7a55");

    public static DashboardCharts of(Dashboard dashboard, Function<String, String> text, Locale locale) {
        return new DashboardCharts(category(dashboard, text, locale), regionalGroup(dashboard, text, locale),
                status(dashboard, text, locale), women(dashboard, text, locale));
    }

    /** Pledges and personnel per category, on two scales; horizontal, since category names are long. */
    static String category(Dashboard dashboard, Function<String, String> text, Locale locale) {
        List<Dashboard.CategoryRow> rows = dashboard.byCategory();
        return ChartJson.bar(rows.stream().map(row -> text.apply("category." + row.category().name())).toList())
                .horizontal()
                .series(text.apply("chart.pledges"), rows.stream().map(row -> row.figures().pledges()).toList(), BLUE)
                .seriesOnSecondAxis(text.apply("chart.personnel"),
                        rows.stream().map(row -> row.figures().personnel()).toList(), TEAL)
                .axisTitles(text.apply("chart.pledges"), text.apply("chart.personnel"))
                .aspectRatio(1.3)
                .locale(locale)
                .json();
    }

    /** Pledges per regional group, a slice each. */
    static String regionalGroup(Dashboard dashboard, Function<String, String> text, Locale locale) {
        List<Dashboard.GroupRow> rows = dashboard.byRegionalGroup();
        return ChartJson.doughnut(rows.stream().map(row -> text.apply(groupKey(row))).toList())
                .series(text.apply("chart.pledges"), rows.stream().map(row -> row.figures().pledges()).toList(),
                        PALETTE.subList(0, Math.min(rows.size(), PALETTE.size())))
                .aspectRatio(1.3)
                .locale(locale)
                .json();
    }

    /** Pledges per status after DRAFT, each bar in its status's colour. */
    static String status(Dashboard dashboard, Function<String, String> text, Locale locale) {
        List<Dashboard.StatusRow> rows = dashboard.byStatus();
        return ChartJson.bar(rows.stream().map(row -> text.apply("status." + row.status().name())).toList())
                .series(text.apply("chart.pledges"), rows.stream().map(row -> row.figures().pledges()).toList(),
                        rows.stream().map(row -> STATUS_COLORS.get(row.status())).toList())
                .axisTitles(text.apply("chart.pledges"), null)
                .withoutLegend()
                .aspectRatio(1.3)
                .locale(locale)
                .json();
    }

    /** The share of women beside the target, in percent, per kind of personnel that has a target. */
    static String women(Dashboard dashboard, Function<String, String> text, Locale locale) {
        List<Dashboard.GenderRow> rows = dashboard.womenByPersonnelKind().stream()
                .filter(row -> row.targetPercent() != null).toList();
        return ChartJson.bar(rows.stream().map(row -> text.apply("kind." + row.kind().name())).toList())
                .series(text.apply("chart.womenShare"), rows.stream().map(row -> percent(row.share())).toList(),
                        ORANGE)
                .series(new MessageFormat(text.apply("chart.target"), locale).format(new Object[] {
                        targetYear(dashboard)}), rows.stream().map(Dashboard.GenderRow::targetPercent).toList(), GREY)
                .axisTitles(text.apply("chart.percent"), null)
                .suggestedMax(rows.stream().map(Dashboard.GenderRow::targetPercent)
                        .reduce(BigDecimal.ZERO, BigDecimal::max).add(BigDecimal.TEN))
                .aspectRatio(1.3)
                .locale(locale)
                .json();
    }

    /** The target year as a word, not a number (no "2,028"); empty when no target is set. */
    static String targetYear(Dashboard dashboard) {
        return dashboard.targetYear() == null ? "" : String.valueOf(dashboard.targetYear());
    }

    static String groupKey(Dashboard.GroupRow row) {
        return "group." + (row.group() == null ? "NONE" : row.group().name());
    }

    /** A fraction as a percentage to one decimal (0.1534 becomes 15.3), or null. */
    static BigDecimal percent(Double share) {
        return share == null ? null : BigDecimal.valueOf(share).movePointRight(2).setScale(1, RoundingMode.HALF_UP);
    }
}
