package org.peacekeeping.pledges.pledge.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peacekeeping.pledges.pledge.PledgeFilter;
import org.peacekeeping.pledges.pledge.PledgeStatus;
import org.peacekeeping.pledges.pledge.ReadinessLevel;
import org.peacekeeping.pledges.pledge.web.ListCriteria;
import org.peacekeeping.pledges.reference.Category;
import org.peacekeeping.pledges.reference.RegionalGroup;

/** The pledge list's address: read forgivingly, written back the same way for links and downloads. */
class ListCriteriaTest {

    @Test
    void theAddressesParametersBecomeThePledgeFilter() {
        PledgeFilter filter = ListCriteria.parse("BERLIN-2025", "medical", "approved,SUBMITTED", "pak", " hospital ")
                .filter();
        assertEquals(new PledgeFilter(Set.of(PledgeStatus.APPROVED, PledgeStatus.SUBMITTED), "PAK", Category.MEDICAL,
                "BERLIN-2025", "hospital"), filter);
    }

    @Test
    void valuesThatMeanNothingAreDroppedInsteadOfFailingThePage() {
        ListCriteria criteria = ListCriteria.parse("no such event!", "TANKS", "APPROVED,SHREDDED,,", "PAKISTAN", "  ");
        assertNull(criteria.event());
        assertNull(criteria.category());
        assertEquals(Set.of(PledgeStatus.APPROVED), criteria.statuses());
        assertNull(criteria.memberState());
        assertNull(criteria.text());
    }

    @Test
    void draftsAreNeverAskedFor() {
        assertEquals(Set.of(), ListCriteria.statuses("DRAFT"));
    }

    @Test
    void noParametersMeanEveryPledgeTheUserMaySee() {
        ListCriteria criteria = ListCriteria.parse(null, null, null, null, null);
        assertTrue(criteria.unfiltered());
        assertEquals(PledgeFilter.ALL, criteria.filter());
        assertEquals("", criteria.queryString());
    }

    @Test
    void theQueryStringListsTheSetFiltersInAFixedOrderWithStatusesInLifecycleOrder() {
        assertEquals("event=ACCRA-2023&category=C_IED&status=SUBMITTED%2CAPPROVED&memberState=GHA&q=EOD+%26+search",
                ListCriteria.parse("ACCRA-2023", "C_IED", "APPROVED,SUBMITTED", "GHA", "EOD & search").queryString());
    }

    @Test
    void aLowestReadinessLevelAndARegionalGroupBecomeTheFilterAndTravelInTheQueryString() {
        ListCriteria criteria = ListCriteria.parse("BERLIN-2025", null, "APPROVED,DEPLOYED,REPATRIATED", null, null,
                "level_3", "african");
        assertEquals(new PledgeFilter(Set.of(PledgeStatus.APPROVED, PledgeStatus.DEPLOYED, PledgeStatus.REPATRIATED),
                null, null, "BERLIN-2025", null, ReadinessLevel.LEVEL_3, PledgeFilter.Group.of(RegionalGroup.AFRICAN)),
                criteria.filter());
        assertEquals("event=BERLIN-2025&status=APPROVED%2CDEPLOYED%2CREPATRIATED&readinessAtLeast=LEVEL_3"
                + "&regionalGroup=AFRICAN", criteria.queryString());
        assertEquals("regionalGroup=NONE", ListCriteria.parse(null, null, null, null, null, null, "none")
                .queryString(), "the states in no group");
    }

    @Test
    void aReadinessOrRegionalGroupThatMeansNothingIsDroppedAndSaidSo() {
        ListCriteria criteria = ListCriteria.parse(null, null, null, null, null, "LEVEL_9", "NORDIC");
        assertNull(criteria.readinessAtLeast());
        assertNull(criteria.regionalGroup());
        assertTrue(criteria.unfiltered());
        assertEquals(List.of("readinessAtLeast", "regionalGroup"), ListCriteria.dropped("LEVEL_9", "NORDIC"));
        assertEquals(List.of(), ListCriteria.dropped("rapid_deployment", " NONE "));
        assertEquals(List.of(), ListCriteria.dropped(null, " "));
    }

    @Test
    void aVeryLongSearchIsCut() {
        assertEquals(ListCriteria.TEXT_MAX, ListCriteria.parse(null, null, null, null, "x".repeat(5000)).text().length());
    }
}
