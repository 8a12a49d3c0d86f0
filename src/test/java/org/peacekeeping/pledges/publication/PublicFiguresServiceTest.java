package org.peacekeeping.pledges.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peacekeeping.pledges.pledge.PledgeStatus;
import org.peacekeeping.pledges.publication.PublicFigures.Ministerial;
import org.peacekeeping.pledges.publication.PublicFiguresService.Counted;
import org.peacekeeping.pledges.reference.Category;

class PublicFiguresServiceTest {

    private static final Ministerial BERLIN = new Ministerial("BERLIN-2025", "Berlin", "Berlin", "Berlin",
            LocalDate.of(2025, 5, 13));

    @Test
    void approvedIsPublishedAndNothingBeforeItOrClosed() {
        for (PledgeStatus status : List.of(PledgeStatus.APPROVED, PledgeStatus.DEPLOYED, PledgeStatus.REPATRIATED)) {
            assertTrue(PublicFiguresService.PUBLISHED.contains(status), status.name());
        }
        for (PledgeStatus status : List.of(PledgeStatus.DRAFT, PledgeStatus.SUBMITTED, PledgeStatus.UNDER_REVIEW,
                PledgeStatus.RETURNED, PledgeStatus.REJECTED, PledgeStatus.LAPSED, PledgeStatus.WITHDRAWN)) {
            assertFalse(PublicFiguresService.PUBLISHED.contains(status), status.name());
        }
    }

    @Test
    void statesWithoutAGroupAreCountedUnderNoneAndBreakdownsAddUp() {
        PublicFigures figures = PublicFiguresService.publish(BERLIN, List.of("BERLIN-2025"), List.of(
                new Counted("PAK", Category.MEDICAL, 3, 3, 270, false),
                new Counted("KIR", Category.MEDICAL, 4, 4, 40, true),
                new Counted("PAK", Category.AVIATION, 5, 5, 500, false)), Map.of());
        assertEquals(12, figures.total().pledges().number());
        assertEquals(List.of("MEDICAL", "AVIATION").stream().sorted().toList(),
                figures.byCategory().stream().map(PublicFigures.Row::key).sorted().toList());
        assertEquals(List.of(PublicFiguresService.NO_GROUP), figures.byRegionalGroup().stream()
                .map(PublicFigures.Row::key).toList(), "states unknown here have no group");
        assertTrue(figures.synthetic());
        assertEquals(2, figures.states().size());
    }

    @Test
    void aTotalUnderThreeShowsNoBreakdown() {
        PublicFigures figures = PublicFiguresService.publish(BERLIN, List.of("BERLIN-2025"), List.of(
                new Counted("PAK", Category.MEDICAL, 1, 1, 90, false),
                new Counted("GHA", Category.AVIATION, 1, 1, 30, false)), Map.of());
        assertEquals("<3", figures.total().pledges().text());
        assertEquals(List.of(), figures.byCategory());
        assertEquals(List.of(), figures.byRegionalGroup());
        assertEquals(2, figures.states().size(), "the states that pledged are listed still");
    }

    @Test
    void noPledgeMeansZeroAndNoBreakdown() {
        PublicFigures figures = PublicFiguresService.publish(BERLIN, List.of("BERLIN-2025"), List.of(), Map.of());
        assertEquals("0", figures.total().pledges().text());
        assertEquals(List.of(), figures.states());
    }
}
