package org.peacekeeping.pledges.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peacekeeping.pledges.analysis.PledgeFigures;
import org.peacekeeping.pledges.analysis.PledgeFigures.Cell;
import org.peacekeeping.pledges.pledge.PledgeStatus;
import org.peacekeeping.pledges.reference.Category;
import org.peacekeeping.pledges.reference.PersonnelKind;
import org.peacekeeping.pledges.reference.RegionalGroup;
import org.peacekeeping.pledges.report.SummaryFigures.ByCategoryAndGroup;
import org.peacekeeping.pledges.report.SummaryFigures.ByEvent;
import org.peacekeeping.pledges.report.SummaryFigures.ByState;
import org.peacekeeping.pledges.report.SummaryFigures.ByStatus;
import org.peacekeeping.pledges.report.SummaryFigures.ByType;
import org.peacekeeping.pledges.report.SummaryFigures.Figures;
import org.peacekeeping.pledges.report.SummaryFigures.Selection;
import org.peacekeeping.pledges.report.SummaryFigures.Totals;
import org.peacekeeping.pledges.requirement.GapReport;

/**
 * The summary's breakdowns, read off the figures the dashboard reads too ({@link PledgeFigures}): they add the
 * database's cells up as the per-breakdown GROUP BY queries did.
 */
class SummaryFiguresTest {

    private static final List<PledgeFigures.State> STATES = List.of(
            new PledgeFigures.State("CIV", "Côte d'Ivoire", RegionalGroup.AFRICAN),
            new PledgeFigures.State("CUB", "Cuba", RegionalGroup.LATIN_AMERICAN_AND_CARIBBEAN),
            new PledgeFigures.State("CMR", "Cameroon", RegionalGroup.AFRICAN),
            new PledgeFigures.State("USA", "United States of America", null));
    private static final List<PledgeFigures.Type> TYPES = List.of(
            new PledgeFigures.Type("LEVEL_2_HOSPITAL", "Level 2 hospital", Category.MEDICAL,
                    PersonnelKind.CONTINGENT, 20),
            new PledgeFigures.Type("INFANTRY_BATTALION", "Infantry battalion", Category.MILITARY_UNIT,
                    PersonnelKind.CONTINGENT, 1),
            new PledgeFigures.Type("IPO", "Individual police officers", Category.INDIVIDUAL_POLICE,
                    PersonnelKind.INDIVIDUAL_POLICE, 30));
    private static final List<PledgeFigures.Event> EVENTS = List.of(
            new PledgeFigures.Event("BERLIN-2025", "Berlin Ministerial", LocalDate.of(2025, 5, 13)),
            new PledgeFigures.Event("ISLAMABAD-2025", "Islamabad preparatory", LocalDate.of(2025, 4, 15)));

    private static final List<Cell> CELLS = List.of(
            cell(PledgeStatus.APPROVED, "CUB", "INFANTRY_BATTALION", "BERLIN-2025", false, 2, 1700, 170),
            cell(PledgeStatus.APPROVED, "CIV", "LEVEL_2_HOSPITAL", "ISLAMABAD-2025", true, 1, 60, 20),
            cell(PledgeStatus.SUBMITTED, "CIV", "IPO", null, false, 3, 30, 12),
            cell(PledgeStatus.APPROVED, "USA", "LEVEL_2_HOSPITAL", "BERLIN-2025", true, 1, 70, 10),
            cell(PledgeStatus.RETURNED, "CMR", "INFANTRY_BATTALION", "BERLIN-2025", false, 1, 850, 50),
            cell(PledgeStatus.WITHDRAWN, "CMR", "INFANTRY_BATTALION", "BERLIN-2025", false, 1, 850, 90));

    private final SummaryFigures sums = summary(true);

    private static SummaryFigures summary(boolean includePending) {
        return SummaryFigures.of(new Selection(null, includePending), Instant.EPOCH, "analyst",
                new PledgeFigures(CELLS, new PledgeFigures.Reference(STATES, TYPES, EVENTS),
                        PledgeFigures.counted(includePending)), Map.of(),
                new GapReport(null, List.of(), new GapReport.Totals(0, 0, 0, 0)), List.of());
    }

    private static Cell cell(PledgeStatus status, String state, String type, String event, boolean synthetic,
                             long pledges, long personnel, long women) {
        Category category = TYPES.stream().filter(t -> t.code().equals(type)).findFirst().orElseThrow().category();
        return new Cell(status, state, category, type, event, synthetic, pledges, pledges, personnel, women);
    }

    @Test
    void totalsCountPledgesStatesAndSyntheticOnes() {
        assertEquals(new Totals(new Figures(8, 8, 2710, 262), 4, 2), sums.totals());
        assertEquals(new Totals(new Figures(4, 4, 1830, 200), 3, 2), summary(false).totals());
    }

    @Test
    void byStatusInLifecycleOrderWithDistinctStates() {
        assertEquals(List.of(
                new ByStatus(PledgeStatus.SUBMITTED, new Figures(3, 3, 30, 12), 1),
                new ByStatus(PledgeStatus.RETURNED, new Figures(1, 1, 850, 50), 1),
                new ByStatus(PledgeStatus.APPROVED, new Figures(4, 4, 1830, 200), 3)), sums.byStatus());
        assertEquals(List.of(new ByStatus(PledgeStatus.APPROVED, new Figures(4, 4, 1830, 200), 3)),
                summary(false).byStatus(), "the workbook holds the counted statuses only");
    }

    @Test
    void byEventInDateOrderWithPledgesWithoutAnEventLast() {
        assertEquals(List.of(
                new ByEvent("ISLAMABAD-2025", "Islamabad preparatory", new Figures(1, 1, 60, 20), 1),
                new ByEvent("BERLIN-2025", "Berlin Ministerial", new Figures(4, 4, 2620, 230), 3),
                new ByEvent(null, null, new Figures(3, 3, 30, 12), 1)), sums.byEvent());
    }

    @Test
    void byStateInEnglishNameOrderAccentsIncludedWithTheirApprovedPledges() {
        assertEquals(List.of("Cameroon", "Côte d'Ivoire", "Cuba", "United States of America"),
                sums.byState().stream().map(ByState::name).toList());
        assertEquals(new ByState("CIV", "Côte d'Ivoire", RegionalGroup.AFRICAN, new Figures(4, 4, 90, 32), 1),
                sums.byState().get(1));
    }

    @Test
    void byCategoryAndGroupKeepsStatesInNoGroupApart() {
        List<ByCategoryAndGroup> medical = sums.byGroup().stream()
                .filter(row -> row.category() == Category.MEDICAL).toList();
        assertEquals(List.of(new ByCategoryAndGroup(Category.MEDICAL, RegionalGroup.AFRICAN, new Figures(1, 1, 60, 20)),
                new ByCategoryAndGroup(Category.MEDICAL, null, new Figures(1, 1, 70, 10))), medical);
    }

    @Test
    void byTypeInTaxonomyOrderAndByKindOfPersonnel() {
        assertEquals(List.of("INFANTRY_BATTALION", "LEVEL_2_HOSPITAL", "IPO"),
                sums.byType().stream().map(ByType::code).toList());
        assertEquals(new Figures(5, 5, 2680, 250), sums.byKind().get(0).figures());
        assertEquals(PersonnelKind.CONTINGENT, sums.byKind().get(0).kind());
    }
}
