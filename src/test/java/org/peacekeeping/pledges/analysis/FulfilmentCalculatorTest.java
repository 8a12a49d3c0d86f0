package org.peacekeeping.pledges.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peacekeeping.pledges.analysis.Fulfilment.Funnel;
import org.peacekeeping.pledges.analysis.Fulfilment.Step;
import org.peacekeeping.pledges.analysis.FulfilmentCalculator.Cell;
import org.peacekeeping.pledges.analysis.FulfilmentCalculator.Deployments;
import org.peacekeeping.pledges.analysis.FulfilmentCalculator.Ministerial;
import org.peacekeeping.pledges.pledge.ReadinessLevel;
import org.peacekeeping.pledges.reference.Category;
import org.peacekeeping.pledges.reference.RegionalGroup;

class FulfilmentCalculatorTest {

    private static final Ministerial SEOUL = new Ministerial("SEOUL-2021", "Seoul", LocalDate.of(2021, 12, 7),
            Set.of("SEOUL-2021", "SEOUL-2021-PREP"));
    private static final Ministerial ACCRA = new Ministerial("ACCRA-2023", "Accra", LocalDate.of(2023, 12, 5),
            Set.of("ACCRA-2023"));
    private static final Map<String, RegionalGroup> GROUPS = Map.of("GHA", RegionalGroup.AFRICAN,
            "PAK", RegionalGroup.ASIA_PACIFIC);

    private static Cell cell(String event, String state, String status, ReadinessLevel level, long pledges) {
        return new Cell(event, Category.MILITARY_UNIT, state, status, level, pledges, pledges, 100 * pledges,
                10 * pledges);
    }

    @Test
    void eachStatusAndLevelReachesItsStepsAndNoFurther() {
        assertEquals(List.of(1L, 0L, 0L, 0L, 0L, 0L), pledgesPerStep(cell("S", "GHA", "SUBMITTED",
                ReadinessLevel.LEVEL_2, 1)));
        assertEquals(List.of(1L, 0L, 0L, 0L, 0L, 0L), pledgesPerStep(cell("S", "GHA", "LAPSED",
                ReadinessLevel.LEVEL_3, 1)), "a lapsed pledge no longer stands approved");
        assertEquals(List.of(1L, 1L, 0L, 0L, 0L, 0L), pledgesPerStep(cell("S", "GHA", "APPROVED",
                ReadinessLevel.LEVEL_1, 1)));
        assertEquals(List.of(1L, 1L, 1L, 0L, 0L, 0L), pledgesPerStep(cell("S", "GHA", "APPROVED",
                ReadinessLevel.LEVEL_2, 1)));
        assertEquals(List.of(1L, 1L, 1L, 1L, 0L, 0L), pledgesPerStep(cell("S", "GHA", "APPROVED",
                ReadinessLevel.LEVEL_3, 1)));
        assertEquals(List.of(1L, 1L, 1L, 1L, 1L, 0L), pledgesPerStep(cell("S", "GHA", "APPROVED",
                ReadinessLevel.RAPID_DEPLOYMENT, 1)));
        assertEquals(List.of(1L, 1L, 1L, 0L, 0L, 1L), pledgesPerStep(cell("S", "GHA", "DEPLOYED",
                ReadinessLevel.LEVEL_2, 1)), "deployed is part of approved whatever the level");
        assertEquals(List.of(1L, 1L, 0L, 0L, 0L, 1L), pledgesPerStep(cell("S", "GHA", "REPATRIATED",
                ReadinessLevel.LEVEL_1, 1)));
        assertEquals(List.of(1L, 0L, 0L, 0L, 0L, 0L), pledgesPerStep(cell("S", "GHA", "REJECTED",
                ReadinessLevel.NONE, 1)));
    }

    private static List<Long> pledgesPerStep(Cell cell) {
        return FulfilmentCalculator.funnel(cell).steps().stream().map(Step::pledges).toList();
    }

    @Test
    void aMinisterialCountsItsPreparatoryMeetingsAndNothingElse() {
        Fulfilment fulfilment = FulfilmentCalculator.fulfilment(List.of(SEOUL, ACCRA), List.of(
                cell("SEOUL-2021", "GHA", "DEPLOYED", ReadinessLevel.LEVEL_3, 2),
                cell("SEOUL-2021-PREP", "PAK", "APPROVED", ReadinessLevel.LEVEL_1, 3),
                cell("BERLIN-2025", "PAK", "APPROVED", ReadinessLevel.LEVEL_1, 7),
                cell("ACCRA-2023", "KIR", "SUBMITTED", ReadinessLevel.NONE, 1)), GROUPS,
                Map.of("SEOUL-2021", new Deployments(List.of(40L, 10L), 120, 20),
                        "SEOUL-2021-PREP", new Deployments(List.of(25L, 90L), 60, 10)));

        assertEquals(List.of("SEOUL-2021", "ACCRA-2023"), fulfilment.ministerials().stream()
                .map(Fulfilment.Ministerial::event).toList(), "in the order given, Berlin not asked for");
        Fulfilment.Ministerial seoul = fulfilment.ministerials().get(0);
        assertEquals(new Step(5, 5, 500, 50), seoul.total().announced());
        assertEquals(new Step(5, 5, 500, 50), seoul.total().approved());
        assertEquals(new Step(2, 2, 200, 20), seoul.total().level3OrHigher());
        assertEquals(new Step(2, 2, 200, 20), seoul.total().deployed());
        assertEquals(32.5, seoul.medianDaysToDeployment(),
                "the mean of the middle two of 10, 25, 40, 90, its preparatory meeting's included");
        assertEquals(180, seoul.deployedPersonnel());
        assertEquals(List.of(RegionalGroup.AFRICAN, RegionalGroup.ASIA_PACIFIC), seoul.byRegionalGroup().stream()
                .map(Fulfilment.ByRegionalGroup::regionalGroup).toList());
        assertEquals(new Step(3, 3, 300, 30), seoul.byRegionalGroup().get(1).funnel().approved());

        Fulfilment.Ministerial accra = fulfilment.ministerials().get(1);
        assertNull(accra.medianDaysToDeployment());
        assertEquals(1, accra.byRegionalGroup().size(), "a state in no group still counts, under none");
        assertNull(accra.byRegionalGroup().get(0).regionalGroup());
        assertEquals(Step.NONE, accra.total().approved());
    }

    @Test
    void theGroupsAndCategoriesAddUpToTheTotal() {
        List<Cell> cells = List.of(
                new Cell("ACCRA-2023", Category.MEDICAL, "GHA", "APPROVED", ReadinessLevel.LEVEL_2, 4, 4, 300, 90),
                new Cell("ACCRA-2023", Category.AVIATION, "PAK", "DEPLOYED", ReadinessLevel.RAPID_DEPLOYMENT, 1, 2,
                        140, 12),
                new Cell("ACCRA-2023", Category.MEDICAL, "KIR", "RETURNED", ReadinessLevel.NONE, 2, 2, 40, 20));
        Fulfilment.Ministerial accra = FulfilmentCalculator.fulfilment(List.of(ACCRA), cells, GROUPS, Map.of())
                .ministerials().get(0);
        Funnel byGroups = accra.byRegionalGroup().stream().map(Fulfilment.ByRegionalGroup::funnel)
                .reduce(Funnel.EMPTY, Funnel::plus);
        Funnel byCategories = accra.byCategory().stream().map(Fulfilment.ByCategory::funnel)
                .reduce(Funnel.EMPTY, Funnel::plus);
        assertEquals(accra.total(), byGroups);
        assertEquals(accra.total(), byCategories);
        assertEquals(new Step(7, 8, 480, 122), accra.total().announced());
        assertEquals(new Step(1, 2, 140, 12), accra.total().rapidDeployment());
    }

    @Test
    void theMedianOfWholeDays() {
        assertNull(FulfilmentCalculator.median(List.of()));
        assertEquals(7.0, FulfilmentCalculator.median(List.of(7L)));
        assertEquals(20.0, FulfilmentCalculator.median(List.of(30L, 10L, 20L)));
    }
}
