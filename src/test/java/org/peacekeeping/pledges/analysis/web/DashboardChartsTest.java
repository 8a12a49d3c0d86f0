package org.peacekeeping.pledges.analysis.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.peacekeeping.pledges.analysis.Dashboard;
import org.peacekeeping.pledges.analysis.Dashboard.Figures;
import org.peacekeeping.pledges.pledge.PledgeStatus;
import org.peacekeeping.pledges.reference.Category;
import org.peacekeeping.pledges.reference.PersonnelKind;
import org.peacekeeping.pledges.reference.RegionalGroup;
import org.peacekeeping.pledges.requirement.GapReport;

/** The dashboard's four charts, read back as a browser's Chart.js would get them. */
class DashboardChartsTest {

    /** Shows which key each text came from. */
    private static final Function<String, String> KEYS = key -> "[" + key + "]";

    private static final Dashboard DASHBOARD = new Dashboard("BERLIN-2025", false, Dashboard.APPROVED,
            new Figures(12, 5, 2000, 300),
            List.of(new Dashboard.CategoryRow(Category.MILITARY_UNIT, new Figures(2, 2, 1700, 200)),
                    new Dashboard.CategoryRow(Category.MEDICAL, new Figures(10, 4, 300, 100))),
            List.of(new Dashboard.GroupRow(RegionalGroup.AFRICAN, new Figures(7, 3, 1500, 200)),
                    new Dashboard.GroupRow(null, new Figures(5, 2, 500, 100))),
            List.of(new Dashboard.StatusRow(PledgeStatus.SUBMITTED, new Figures(4, 3, 400, 40), false),
                    new Dashboard.StatusRow(PledgeStatus.APPROVED, new Figures(12, 5, 2000, 300), true)),
            2028,
            List.of(new Dashboard.GenderRow(PersonnelKind.CONTINGENT, 1700, 200, new BigDecimal("15.00")),
                    new Dashboard.GenderRow(PersonnelKind.INDIVIDUAL_POLICE, 0, 0, new BigDecimal("30.00")),
                    new Dashboard.GenderRow(PersonnelKind.NOT_DEPLOYED, 300, 100, null)),
            List.of(), new GapReport("BERLIN-2025", List.of(), new GapReport.Totals(0, 0, 0, 0)));

    private static final DashboardCharts CHARTS = DashboardCharts.of(DASHBOARD, KEYS, Locale.FRENCH);

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    private static List<String> labels(String json) {
        return parse(json).getJsonObject("data").getJsonArray("labels").getValuesAs(JsonString::getString);
    }

    private static JsonArray data(String json, int dataset) {
        return parse(json).getJsonObject("data").getJsonArray("datasets").getJsonObject(dataset).getJsonArray("data");
    }

    @Test
    void theCategoryChartShowsPledgesAndPersonnelPerCategoryInTheTaxonomysOrder() {
        assertEquals(List.of("[category.MILITARY_UNIT]", "[category.MEDICAL]"), labels(CHARTS.category()));
        assertEquals(List.of(2, 10), data(CHARTS.category(), 0).getValuesAs(JsonNumber::intValue));
        assertEquals(List.of(1700, 300), data(CHARTS.category(), 1).getValuesAs(JsonNumber::intValue));
        assertEquals("x2", parse(CHARTS.category()).getJsonObject("data").getJsonArray("datasets").getJsonObject(1)
                .getString("xAxisID"));
    }

    @Test
    void statesInNoRegionalGroupHaveASliceOfTheirOwn() {
        assertEquals(List.of("[group.AFRICAN]", "[group.NONE]"), labels(CHARTS.regionalGroup()));
        assertEquals(List.of(7, 5), data(CHARTS.regionalGroup(), 0).getValuesAs(JsonNumber::intValue));
    }

    @Test
    void eachStatusBarHasTheColourOfItsBadge() {
        JsonObject dataset = parse(CHARTS.status()).getJsonObject("data").getJsonArray("datasets").getJsonObject(0);
        assertEquals(List.of(DashboardCharts.STATUS_COLORS.get(PledgeStatus.SUBMITTED),
                DashboardCharts.STATUS_COLORS.get(PledgeStatus.APPROVED)),
                dataset.getJsonArray("backgroundColor").getValuesAs(JsonString::getString));
        assertEquals(List.of("[status.SUBMITTED]", "[status.APPROVED]"), labels(CHARTS.status()));
    }

    @Test
    void theWomenChartComparesSharesWithTargetsInPercentForKindsThatHaveATarget() {
        assertEquals(List.of("[kind.CONTINGENT]", "[kind.INDIVIDUAL_POLICE]"), labels(CHARTS.women()));
        JsonArray shares = data(CHARTS.women(), 0);
        assertEquals(new BigDecimal("11.8"), shares.getJsonNumber(0).bigDecimalValue());
        assertTrue(shares.isNull(1), "no personnel: no share, rather than 0 %");
        assertEquals(List.of(new BigDecimal("15.00"), new BigDecimal("30.00")),
                data(CHARTS.women(), 1).getValuesAs(JsonNumber::bigDecimalValue));
    }

    @Test
    void theWomenChartKeepsTheHighestTargetInView() {
        assertEquals(new BigDecimal("40.00"), parse(CHARTS.women()).getJsonObject("options").getJsonObject("scales")
                .getJsonObject("y").getJsonNumber("suggestedMax").bigDecimalValue());
    }

    @Test
    void theChartsSpeakTheUsersLanguage() {
        assertEquals("[chart.pledges]", parse(CHARTS.category()).getJsonObject("data").getJsonArray("datasets")
                .getJsonObject(0).getString("label"));
        assertEquals("fr", parse(CHARTS.status()).getJsonObject("options").getString("locale"));
    }
}
