package org.peacekeeping.pledges.requirement;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peacekeeping.pledges.pledge.ReadinessLevel;
import org.peacekeeping.pledges.reference.Category;

/** Requirements against approved pledges, merged from the database's two GROUP BY results. */
class GapCalculatorTest {

    private static GapCalculator.Required required(String type, int sortOrder, long quantity) {
        return new GapCalculator.Required(type, Category.MEDICAL, type.toLowerCase(), sortOrder, quantity);
    }

    private static GapCalculator.Pledged pledged(String type, int sortOrder, ReadinessLevel level, long units,
                                                 long personnel) {
        return new GapCalculator.Pledged(type, Category.MEDICAL, type.toLowerCase(), sortOrder, level, units,
                personnel);
    }

    private static GapReport.Row only(GapReport report) {
        assertEquals(1, report.rows().size(), report.rows().toString());
        return report.rows().get(0);
    }

    @Test
    void theGapIsWhatIsRequiredLessWhatIsPledgedAtAllLevels() {
        GapReport.Row row = only(GapCalculator.report("BERLIN-2025", List.of(required("HOSPITAL", 1, 10)),
                List.of(pledged("HOSPITAL", 1, ReadinessLevel.LEVEL_1, 3, 171),
                        pledged("HOSPITAL", 1, ReadinessLevel.RAPID_DEPLOYMENT, 2, 114))));
        assertAll(
                () -> assertEquals(10, row.required()),
                () -> assertEquals(5, row.pledgedTotal()),
                () -> assertEquals(285, row.pledgedPersonnel()),
                () -> assertEquals(5, row.gap()),
                () -> assertEquals(0.5, row.coveredShare()));
    }

    @Test
    void pledgedUnitsAreShownForAllFiveLevelsInOrderWithZeros() {
        GapReport.Row row = only(GapCalculator.report(null, List.of(required("HOSPITAL", 1, 4)),
                List.of(pledged("HOSPITAL", 1, ReadinessLevel.LEVEL_2, 1, 57))));
        assertEquals(List.of("NONE", "LEVEL_1", "LEVEL_2", "LEVEL_3", "RAPID_DEPLOYMENT"),
                List.copyOf(row.pledged().keySet()));
        assertEquals(Map.of("NONE", 0L, "LEVEL_1", 0L, "LEVEL_2", 1L, "LEVEL_3", 0L, "RAPID_DEPLOYMENT", 0L),
                row.pledged());
        assertEquals(1, row.pledgedAt(ReadinessLevel.LEVEL_2));
    }

    @Test
    void overPledgingLeavesNoGapAndACoveredShareAboveOne() {
        GapReport.Row row = only(GapCalculator.report(null, List.of(required("HOSPITAL", 1, 2)),
                List.of(pledged("HOSPITAL", 1, ReadinessLevel.LEVEL_3, 3, 171))));
        assertEquals(0, row.gap());
        assertEquals(1.5, row.coveredShare());
    }

    @Test
    void aTypeWithNothingPledgedHasItsWholeRequirementAsGap() {
        GapReport.Row row = only(GapCalculator.report(null, List.of(required("HOSPITAL", 1, 7)), List.of()));
        assertAll(
                () -> assertEquals(0, row.pledgedTotal()),
                () -> assertEquals(7, row.gap()),
                () -> assertEquals(0.0, row.coveredShare()),
                () -> assertTrue(row.pledged().values().stream().allMatch(units -> units == 0)));
    }

    @Test
    void aTypeWithPledgesButNoRequirementHasNoGapAndNoCoveredShare() {
        GapReport.Row row = only(GapCalculator.report(null, List.of(),
                List.of(pledged("HOSPITAL", 1, ReadinessLevel.LEVEL_1, 2, 114))));
        assertAll(
                () -> assertEquals(0, row.required()),
                () -> assertEquals(2, row.pledgedTotal()),
                () -> assertEquals(0, row.gap()),
                () -> assertNull(row.coveredShare()));
    }

    @Test
    void theCoveredShareIsRoundedToFourDecimals() {
        GapReport.Row row = only(GapCalculator.report(null, List.of(required("HOSPITAL", 1, 3)),
                List.of(pledged("HOSPITAL", 1, ReadinessLevel.LEVEL_1, 2, 114))));
        assertEquals(0.6667, row.coveredShare());
    }

    @Test
    void rowsFollowTheTaxonomyOrderNotTheQueryOrder() {
        GapReport report = GapCalculator.report(null,
                List.of(required("ENGINEERS", 30, 1), required("INFANTRY", 10, 1)),
                List.of(pledged("HELICOPTERS", 20, ReadinessLevel.LEVEL_1, 1, 80),
                        pledged("AARDVARK_TEAM", 30, ReadinessLevel.LEVEL_1, 1, 8)));
        assertEquals(List.of("INFANTRY", "HELICOPTERS", "AARDVARK_TEAM", "ENGINEERS"),
                report.rows().stream().map(GapReport.Row::capabilityType).toList());
    }

    @Test
    void eachRowCarriesItsTypesCategoryAndName() {
        GapReport.Row row = only(GapCalculator.report(null,
                List.of(new GapCalculator.Required("FPU", Category.FORMED_POLICE_UNIT, "Formed police unit", 5, 2)),
                List.of()));
        assertEquals("FPU", row.capabilityType());
        assertEquals(Category.FORMED_POLICE_UNIT, row.category());
        assertEquals("Formed police unit", row.name());
    }

    @Test
    void totalsAddUpTheRowsAndOverPledgingOneTypeDoesNotFillAnothersGap() {
        GapReport report = GapCalculator.report("BERLIN-2025",
                List.of(required("INFANTRY", 1, 4), required("HOSPITAL", 2, 2)),
                List.of(pledged("INFANTRY", 1, ReadinessLevel.LEVEL_1, 1, 850),
                        pledged("HOSPITAL", 2, ReadinessLevel.LEVEL_2, 5, 285)));
        assertEquals(new GapReport.Totals(6, 6, 1135, 3), report.totals());
        assertEquals("BERLIN-2025", report.event());
    }

    @Test
    void nothingRequiredAndNothingPledgedGivesAnEmptyReportWithZeroTotals() {
        GapReport report = GapCalculator.report(null, List.of(), List.of());
        assertTrue(report.rows().isEmpty());
        assertEquals(new GapReport.Totals(0, 0, 0, 0), report.totals());
    }
}
