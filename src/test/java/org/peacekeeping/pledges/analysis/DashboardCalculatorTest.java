package org.peacekeeping.pledges.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peacekeeping.pledges.analysis.Dashboard.Figures;
import org.peacekeeping.pledges.analysis.PledgeFigures.Cell;
import org.peacekeeping.pledges.pledge.PledgeStatus;
import org.peacekeeping.pledges.reference.Category;
import org.peacekeeping.pledges.reference.GenderTarget;
import org.peacekeeping.pledges.reference.PersonnelKind;
import org.peacekeeping.pledges.reference.RegionalGroup;
import org.peacekeeping.pledges.requirement.GapReport;

/** The dashboard read off the figures that the database's grouped cells add up to. */
class DashboardCalculatorTest {

    private static final GapReport NO_GAPS = new GapReport(null, List.of(), new GapReport.Totals(0, 0, 0, 0));

    private static final PledgeFigures.Reference REFERENCE = new PledgeFigures.Reference(
            List.of(new PledgeFigures.State("PAK", "Pakistan", RegionalGroup.ASIA_PACIFIC),
                    new PledgeFigures.State("JPN", "Japan", RegionalGroup.ASIA_PACIFIC),
                    new PledgeFigures.State("GHA", "Ghana", RegionalGroup.AFRICAN),
                    new PledgeFigures.State("USA", "United States of America", null)),
            List.of(new PledgeFigures.Type("INFANTRY_BATTALION", "Infantry battalion", Category.MILITARY_UNIT,
                            PersonnelKind.CONTINGENT, 1),
                    new PledgeFigures.Type("FORMED_POLICE_UNIT", "Formed police unit", Category.FORMED_POLICE_UNIT,
                            PersonnelKind.FORMED_POLICE_UNIT, 10),
                    new PledgeFigures.Type("LEVEL_2_HOSPITAL", "Level 2 hospital", Category.MEDICAL,
                            PersonnelKind.CONTINGENT, 20),
                    new PledgeFigures.Type("TRAINING_COURSE_SEATS", "Training course seats",
                            Category.TRAINING_CAPACITY_BUILDING, PersonnelKind.NOT_DEPLOYED, 90)),
            List.of());

    private static final GenderTargets TARGETS = new GenderTargets(2028, Map.of(PersonnelKind.CONTINGENT,
            new BigDecimal("15.00"), PersonnelKind.FORMED_POLICE_UNIT, new BigDecimal("20.00"),
            PersonnelKind.INDIVIDUAL_POLICE, new BigDecimal("30.00")));

    private static Cell cell(String state, Category category, String type, PledgeStatus status, long pledges,
                             long personnel, long women) {
        return new Cell(status, state, category, type, "BERLIN-2025", false, pledges, pledges, personnel, women);
    }

    private static final List<Cell> CELLS = List.of(
            cell("PAK", Category.MILITARY_UNIT, "INFANTRY_BATTALION", PledgeStatus.APPROVED, 2, 1700, 150),
            cell("PAK", Category.MEDICAL, "LEVEL_2_HOSPITAL", PledgeStatus.APPROVED, 1, 57, 12),
            cell("GHA", Category.FORMED_POLICE_UNIT, "FORMED_POLICE_UNIT", PledgeStatus.APPROVED, 1, 140, 30),
            cell("USA", Category.TRAINING_CAPACITY_BUILDING, "TRAINING_COURSE_SEATS", PledgeStatus.APPROVED, 1, 20,
                    8),
            cell("JPN", Category.MEDICAL, "LEVEL_2_HOSPITAL", PledgeStatus.SUBMITTED, 1, 57, 20),
            cell("GHA", Category.MILITARY_UNIT, "INFANTRY_BATTALION", PledgeStatus.WITHDRAWN, 1, 850, 100));

    private static Dashboard dashboard(boolean includePending) {
        return dashboard("BERLIN-2025", includePending, CELLS, 10);
    }

    private static Dashboard dashboard(String event, boolean includePending, List<Cell> cells, int leading) {
        return DashboardCalculator.dashboard(event, includePending, new PledgeFigures(cells, REFERENCE,
                PledgeFigures.counted(includePending)), TARGETS, leading, NO_GAPS);
    }

    @Test
    void theTotalsCountApprovedPledgesAndEachStateOnce() {
        assertEquals(new Figures(5, 3, 1917, 200), dashboard(false).totals());
    }

    @Test
    void deployedAndRepatriatedPledgesCountAsTheApprovedPledgesTheyWere() {
        List<Cell> cells = List.of(
                cell("PAK", Category.MILITARY_UNIT, "INFANTRY_BATTALION", PledgeStatus.APPROVED, 1, 850, 50),
                cell("KOR", Category.MEDICAL, "LEVEL_2_HOSPITAL", PledgeStatus.DEPLOYED, 1, 57, 12),
                cell("GHA", Category.FORMED_POLICE_UNIT, "FORMED_POLICE_UNIT", PledgeStatus.REPATRIATED, 1, 140, 30),
                cell("JPN", Category.MEDICAL, "LEVEL_2_HOSPITAL", PledgeStatus.SUBMITTED, 1, 57, 20));
        assertEquals(new Figures(3, 3, 1047, 92), dashboard("BERLIN-2025", false, cells, 10).totals());
        assertEquals(new Figures(4, 4, 1104, 112), dashboard("BERLIN-2025", true, cells, 10).totals());
    }

    @Test
    void pendingPledgesCountWhenAskedFor() {
        assertEquals(new Figures(6, 4, 1974, 220), dashboard(true).totals());
    }

    @Test
    void categoriesComeInTheTaxonomysOrderWithTheirOwnStateCounts() {
        List<Dashboard.CategoryRow> rows = dashboard(true).byCategory();
        assertEquals(List.of(Category.MILITARY_UNIT, Category.FORMED_POLICE_UNIT, Category.MEDICAL,
                Category.TRAINING_CAPACITY_BUILDING), rows.stream().map(Dashboard.CategoryRow::category).toList());
        assertEquals(new Figures(2, 2, 114, 32), rows.get(2).figures());
    }

    @Test
    void statesInNoRegionalGroupComeLastAsTheirOwnRow() {
        List<Dashboard.GroupRow> rows = dashboard(false).byRegionalGroup();
        assertEquals(RegionalGroup.AFRICAN, rows.get(0).group());
        assertEquals(new Figures(3, 1, 1757, 162), rows.get(1).figures());
        assertNull(rows.get(2).group());
        assertEquals(3, rows.size());
    }

    @Test
    void everyStatusAfterDraftIsShownAndMarkedWhenCounted() {
        List<Dashboard.StatusRow> rows = dashboard(false).byStatus();
        assertEquals(List.of(PledgeStatus.SUBMITTED, PledgeStatus.APPROVED, PledgeStatus.WITHDRAWN),
                rows.stream().map(Dashboard.StatusRow::status).toList());
        assertEquals(List.of(false, true, false), rows.stream().map(Dashboard.StatusRow::counted).toList());
        assertEquals(new Figures(1, 1, 850, 100), rows.get(2).figures());
    }

    @Test
    void everyKindWithATargetIsShownEvenWithoutPersonnelAndOthersOnlyWithPersonnel() {
        List<Dashboard.GenderRow> rows = dashboard(false).womenByPersonnelKind();
        assertEquals(List.of(PersonnelKind.CONTINGENT, PersonnelKind.FORMED_POLICE_UNIT,
                PersonnelKind.INDIVIDUAL_POLICE, PersonnelKind.NOT_DEPLOYED),
                rows.stream().map(Dashboard.GenderRow::kind).toList());
        assertEquals(new Dashboard.GenderRow(PersonnelKind.CONTINGENT, 1757, 162, new BigDecimal("15.00")),
                rows.get(0));
        assertEquals(0, rows.get(2).personnel());
        assertNull(rows.get(3).targetPercent());
    }

    @Test
    void theLeadingStatesAreThoseWithTheMostPersonnelTiesByCode() {
        List<Cell> tie = List.of(
                cell("JPN", Category.MEDICAL, "LEVEL_2_HOSPITAL", PledgeStatus.APPROVED, 1, 57, 20),
                cell("GHA", Category.MEDICAL, "LEVEL_2_HOSPITAL", PledgeStatus.APPROVED, 1, 57, 10),
                cell("PAK", Category.MILITARY_UNIT, "INFANTRY_BATTALION", PledgeStatus.APPROVED, 1, 850, 90));
        List<Dashboard.StateRow> rows = dashboard(null, false, tie, 2).leadingStates();
        assertEquals(List.of("PAK", "GHA"), rows.stream().map(Dashboard.StateRow::memberState).toList());
        assertEquals(RegionalGroup.AFRICAN, rows.get(1).group());
    }

    @Test
    void withoutPledgesNothingIsCountedButTheTargetsStillShow() {
        Dashboard empty = dashboard(null, false, List.of(), 10);
        assertEquals(Figures.NONE, empty.totals());
        assertEquals(List.of(), empty.byCategory());
        assertEquals(3, empty.womenByPersonnelKind().size());
        assertEquals(2028, empty.targetYear());
    }

    @Test
    void theTargetsAreThoseOfTheFirstTargetYearNotBeforeTheEventElseTheLatest() {
        List<GenderTarget> targets = List.of(new GenderTarget(PersonnelKind.CONTINGENT, 2028, new BigDecimal("15")),
                new GenderTarget(PersonnelKind.CONTINGENT, 2030, new BigDecimal("18")),
                new GenderTarget(PersonnelKind.INDIVIDUAL_POLICE, 2030, new BigDecimal("32")));
        assertEquals(new GenderTargets(2028, Map.of(PersonnelKind.CONTINGENT, new BigDecimal("15.00"))),
                GenderTargets.applying(targets, LocalDate.of(2025, 5, 13)));
        assertEquals(2030, GenderTargets.applying(targets, LocalDate.of(2029, 1, 1)).year());
        assertEquals(new BigDecimal("32.00"), GenderTargets.applying(targets, LocalDate.of(2099, 6, 1)).percents()
                .get(PersonnelKind.INDIVIDUAL_POLICE));
        assertEquals(new GenderTargets(null, Map.of()), GenderTargets.applying(List.of(), LocalDate.of(2025, 1, 1)));
    }
}
