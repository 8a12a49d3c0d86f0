package org.peacekeeping.pledges.pledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peacekeeping.pledges.reference.Category;
import org.peacekeeping.pledges.reference.RegionalGroup;

/** A list's filter and scope become one JPQL condition with its parameters, the same for page, count and register. */
class PledgeConditionTest {

    @Test
    void noFilterInEveryStateIsEveryPledge() {
        PledgeCondition condition = PledgeCondition.of(PledgeFilter.ALL, null, false);
        assertEquals("", condition.where());
        assertEquals(Map.of(), condition.parameters());
    }

    @Test
    void aFocalPointSeesItsOwnStateDraftsIncludedAndEveryoneElseNoDrafts() {
        PledgeCondition focalPoint = PledgeCondition.of(PledgeFilter.ALL, "GHA", false);
        assertEquals(" WHERE p.memberStateCode = :ownState", focalPoint.where());
        assertEquals(Map.of("ownState", "GHA"), focalPoint.parameters());

        PledgeCondition analyst = PledgeCondition.of(PledgeFilter.ALL, null, true);
        assertEquals(" WHERE p.status <> :draft", analyst.where());
        assertEquals(Map.of("draft", PledgeStatus.DRAFT), analyst.parameters());
    }

    @Test
    void aPartnersFocalPointAlsoSeesTheJointPledgesItsStateIsAPartnerOf() {
        PledgeCondition partner = PledgeCondition.of(PledgeFilter.ALL, "DEU", List.of(7L, 9L), false);
        assertEquals(" WHERE (p.memberStateCode = :ownState OR p.id IN :partnerOf)", partner.where());
        assertEquals(Map.of("ownState", "DEU", "partnerOf", List.of(7L, 9L)), partner.parameters());
        assertEquals(" WHERE p.memberStateCode = :ownState",
                PledgeCondition.of(PledgeFilter.ALL, "DEU", List.of(), false).where(), "a partner of none");
        assertEquals(" WHERE p.status <> :draft", PledgeCondition.of(PledgeFilter.ALL, null, List.of(), true).where(),
                "others see every state's pledges but drafts, joint or not");
    }

    @Test
    void statusesAreSortedSqlLiteralsSoThatAPartialIndexCanAnswerThem() {
        PledgeCondition condition = PledgeCondition.of(new PledgeFilter(
                Set.of(PledgeStatus.UNDER_REVIEW, PledgeStatus.SUBMITTED), null, null, null, null), null, true);
        assertEquals(" WHERE p.status <> :draft"
                + " AND SQL('? IN (''SUBMITTED'', ''UNDER_REVIEW'')', p.status)", condition.where());
        assertEquals(Map.of("draft", PledgeStatus.DRAFT), condition.parameters());
    }

    @Test
    void everyFilterIsOnThePledgesOwnColumnsWithItsValueBound() {
        PledgeCondition condition = PledgeCondition.of(new PledgeFilter(Set.of(PledgeStatus.APPROVED), "NPL",
                Category.MEDICAL, "BERLIN-2025", "  Hospital  "), "NPL", false);
        assertEquals(" WHERE p.memberStateCode = :ownState"
                + " AND SQL('? IN (''APPROVED'')', p.status)"
                + " AND p.memberStateCode = :memberState"
                + " AND p.category = :category"
                + " AND p.eventCode IN (SELECT x.code FROM PledgingEvent x WHERE x.code = :event"
                + " OR x.ministerial = :event)"
                + " AND (LOWER(p.reference) LIKE :text ESCAPE '!' OR LOWER(p.title) LIKE :text ESCAPE '!'"
                + " OR LOWER(p.description) LIKE :text ESCAPE '!')", condition.where());
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("ownState", "NPL");
        expected.put("memberState", "NPL");
        expected.put("category", Category.MEDICAL);
        expected.put("event", "BERLIN-2025");
        expected.put("text", "%hospital%");
        assertEquals(expected, condition.parameters());
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(condition.parameters().keySet()));
    }

    @Test
    void aLowestReadinessLevelListsThatLevelAndEveryHigherOneAsTheFunnelCountsThem() {
        PledgeFilter levelTwo = new PledgeFilter(Set.of(), null, null, null, null, ReadinessLevel.LEVEL_2, null);
        PledgeCondition condition = PledgeCondition.of(levelTwo, null, true);
        assertEquals(" WHERE p.status <> :draft AND p.readinessLevel IN :readiness", condition.where());
        assertEquals(List.of(ReadinessLevel.LEVEL_2, ReadinessLevel.LEVEL_3, ReadinessLevel.RAPID_DEPLOYMENT),
                condition.parameters().get("readiness"));
        assertEquals(List.of(ReadinessLevel.RAPID_DEPLOYMENT), PledgeCondition.of(new PledgeFilter(Set.of(), null,
                null, null, null, ReadinessLevel.RAPID_DEPLOYMENT, null), null, true).parameters().get("readiness"),
                "the highest level is the rapid deployment step itself");
        assertEquals(List.of(ReadinessLevel.values()), PledgeCondition.of(new PledgeFilter(Set.of(), null,
                null, null, null, ReadinessLevel.NONE, null), null, true).parameters().get("readiness"));
    }

    @Test
    void aRegionalGroupIsThatOfThePledgesOwnMemberStateAndNoneIsTheStatesInNoGroup() {
        PledgeCondition african = PledgeCondition.of(new PledgeFilter(Set.of(), null, null, null, null, null,
                PledgeFilter.Group.of(RegionalGroup.AFRICAN)), null, false);
        assertEquals(" WHERE p.memberStateCode IN (SELECT m.iso3 FROM MemberState m"
                + " WHERE m.regionalGroup = :regionalGroup)", african.where());
        assertEquals(Map.of("regionalGroup", RegionalGroup.AFRICAN), african.parameters());

        PledgeCondition none = PledgeCondition.of(new PledgeFilter(Set.of(), null, null, null, null, null,
                PledgeFilter.Group.NO_GROUP), null, false);
        assertEquals(" WHERE p.memberStateCode IN (SELECT m.iso3 FROM MemberState m"
                + " WHERE m.regionalGroup IS NULL)", none.where());
        assertEquals(Map.of(), none.parameters());
    }

    @Test
    void aRegionalGroupNamesParseInAnyCaseWithNoneForNoGroup() {
        assertEquals(Optional.of(PledgeFilter.Group.of(RegionalGroup.ASIA_PACIFIC)),
                PledgeFilter.Group.parse(" asia_pacific "));
        assertEquals(Optional.of(PledgeFilter.Group.NO_GROUP), PledgeFilter.Group.parse("none"));
        assertEquals(Optional.empty(), PledgeFilter.Group.parse("NORDIC"));
        assertEquals("NONE", PledgeFilter.Group.NO_GROUP.parameter());
        assertEquals("AFRICAN", PledgeFilter.Group.of(RegionalGroup.AFRICAN).parameter());
    }

    @Test
    void theSearchTextMatchesLiterallyItsWildcardsAndEscapeEscaped() {
        PledgeCondition condition = PledgeCondition.of(new PledgeFilter(null, null, null, null, "100%_Sure!"),
                null, true);
        assertEquals("%100!%!_sure!!%", condition.parameters().get("text"));
    }

    @Test
    void theParametersCannotBeChangedAfterwards() {
        PledgeCondition condition = PledgeCondition.of(PledgeFilter.ALL, "GHA", true);
        assertThrows(UnsupportedOperationException.class, () -> condition.parameters().put("ownState", "NPL"));
    }
}
