package org.peacekeeping.pledges.analysis.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.peacekeeping.pledges.analysis.Fulfilment;
import org.peacekeeping.pledges.pledge.PledgeFilter;
import org.peacekeeping.pledges.reference.Category;
import org.peacekeeping.pledges.reference.RegionalGroup;

/** Each step of the funnel links to the list whose filters hold exactly that step's pledges. */
class FulfilmentBeanTest {

    private static String list(String step) {
        return FulfilmentBean.criteria("BERLIN-2025", step, null, null).queryString();
    }

    @Test
    void announcedIsEveryStatusAfterDraft() {
        assertEquals("event=BERLIN-2025&status=SUBMITTED%2CUNDER_REVIEW%2CRETURNED%2CAPPROVED%2CREJECTED%2CLAPSED"
                + "%2CWITHDRAWN%2CDEPLOYED%2CREPATRIATED", list("announced"));
    }

    @Test
    void approvedAndTheReadinessStepsAreTheApprovedOrLaterStatusesAtTheirLowestLevel() {
        String approved = "event=BERLIN-2025&status=APPROVED%2CDEPLOYED%2CREPATRIATED";
        assertEquals(approved, list("approved"));
        assertEquals(approved + "&readinessAtLeast=LEVEL_2", list("level2OrHigher"));
        assertEquals(approved + "&readinessAtLeast=LEVEL_3", list("level3OrHigher"));
        assertEquals(approved + "&readinessAtLeast=RAPID_DEPLOYMENT", list("rapidDeployment"));
    }

    @Test
    void deployedIsDeployedOrRepatriatedWhateverTheLevel() {
        assertEquals("event=BERLIN-2025&status=DEPLOYED%2CREPATRIATED", list("deployed"));
    }

    @Test
    void aCategoryOrGroupRowNarrowsItsStepsList() {
        assertEquals("event=SEOUL-2021&category=MEDICAL&status=APPROVED%2CDEPLOYED%2CREPATRIATED"
                + "&readinessAtLeast=LEVEL_3", FulfilmentBean.criteria("SEOUL-2021", "level3OrHigher",
                Category.MEDICAL, null).queryString());
        assertEquals("event=SEOUL-2021&status=DEPLOYED%2CREPATRIATED&regionalGroup=AFRICAN",
                FulfilmentBean.criteria("SEOUL-2021", "deployed", null, PledgeFilter.Group.of(RegionalGroup.AFRICAN))
                        .queryString());
        assertEquals("event=SEOUL-2021&status=APPROVED%2CDEPLOYED%2CREPATRIATED&regionalGroup=NONE",
                FulfilmentBean.criteria("SEOUL-2021", "approved", null, PledgeFilter.Group.of(null)).queryString(),
                "the row of the states in no group");
    }

    @Test
    void everyStepHasItsList() {
        for (String step : Fulfilment.STEP_NAMES) {
            assertEquals("BERLIN-2025", FulfilmentBean.criteria("BERLIN-2025", step, null, null).event(), step);
        }
        assertThrows(IllegalArgumentException.class, () -> FulfilmentBean.criteria("BERLIN-2025", "pledged", null,
                null));
    }
}
