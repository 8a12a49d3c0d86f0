package org.peacekeeping.pledges.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peacekeeping.pledges.analysis.Dashboard.Figures;
import org.peacekeeping.pledges.analysis.Dashboard.GenderRow;
import org.peacekeeping.pledges.pledge.PledgeStatus;
import org.peacekeeping.pledges.reference.PersonnelKind;

/** The dashboard's own arithmetic: shares and targets. The counting itself is the database's. */
class DashboardTest {

    @Test
    void theWomensShareIsWomenOverPersonnelToFourDecimals() {
        assertEquals(0.153, new Figures(3, 2, 1000, 153).womenShare());
        assertEquals(0.3333, new Figures(1, 1, 3, 1).womenShare());
    }

    @Test
    void thereIsNoShareWithoutPersonnel() {
        assertNull(Figures.NONE.womenShare());
        assertNull(new GenderRow(PersonnelKind.CONTINGENT, 0, 0, new BigDecimal("15.00")).share());
    }

    @Test
    void aShareExactlyAtTheTargetMeetsIt() {
        assertTrue(new GenderRow(PersonnelKind.CONTINGENT, 100, 15, new BigDecimal("15.00")).meetsTarget());
        assertFalse(new GenderRow(PersonnelKind.CONTINGENT, 1000, 149, new BigDecimal("15.00")).meetsTarget());
    }

    @Test
    void noTargetOrNoPersonnelNeverMeetsATarget() {
        assertFalse(new GenderRow(PersonnelKind.NOT_DEPLOYED, 40, 40, null).meetsTarget());
        assertFalse(new GenderRow(PersonnelKind.INDIVIDUAL_POLICE, 0, 0, new BigDecimal("30.00")).meetsTarget());
    }

    @Test
    void theTargetIsAlsoGivenAsAFraction() {
        assertEquals(0.25, new GenderRow(PersonnelKind.STAFF_OFFICER_MILITARY_OBSERVER, 1, 0,
                new BigDecimal("25.00")).target());
    }

    @Test
    void pendingMeansSubmittedUnderReviewAndReturnedBesidesApprovedOrLater() {
        assertEquals(Set.of(PledgeStatus.APPROVED, PledgeStatus.DEPLOYED, PledgeStatus.REPATRIATED),
                Dashboard.counted(false));
        assertEquals(Set.of(PledgeStatus.SUBMITTED, PledgeStatus.UNDER_REVIEW, PledgeStatus.RETURNED,
                PledgeStatus.APPROVED, PledgeStatus.DEPLOYED, PledgeStatus.REPATRIATED), Dashboard.counted(true));
        assertFalse(Dashboard.AFTER_DRAFT.contains(PledgeStatus.DRAFT));
    }
}
