package org.peacekeeping.pledges.savedlist;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.peacekeeping.pledges.pledge.PledgeStatus;

/** Which pledges a followed list reports: those it matches now and has not reported, each once, the first few shown. */
class DigestSelectionTest {

    private static DigestSelection.Match match(long id) {
        return new DigestSelection.Match(id, "PAK-2025-" + id, "Pledge " + id, "PAK", PledgeStatus.SUBMITTED);
    }

    private static List<DigestSelection.Match> matches(long... ids) {
        return LongStream.of(ids).mapToObj(DigestSelectionTest::match).toList();
    }

    @Test
    void whatWasReportedOrHeldWhenFollowedIsLeftOut() {
        DigestSelection.Section section = DigestSelection.select(7, "Mine", "pledges/index.xhtml",
                matches(5, 4, 3, 2, 1), Set.of(1L, 3L, 9L), 10);
        assertAll(
                () -> assertEquals(3, section.total()),
                () -> assertEquals(List.of(5L, 4L, 2L), section.newIds()),
                () -> assertEquals(List.of("PAK-2025-5", "PAK-2025-4", "PAK-2025-2"),
                        section.shown().stream().map(DigestSelection.Match::reference).toList(), "in the list's order"));
    }

    @Test
    void allNewMatchesCountAndAreRecordedButOnlyTheFirstAreShown() {
        DigestSelection.Section section = DigestSelection.select(7, "Mine", "x", matches(1, 2, 3, 4, 5), Set.of(), 2);
        assertAll(
                () -> assertEquals(5, section.total()),
                () -> assertEquals(List.of(1L, 2L), section.shown().stream().map(DigestSelection.Match::id).toList()),
                () -> assertEquals(List.of(1L, 2L, 3L, 4L, 5L), section.newIds()));
    }

    @Test
    void nothingNewIsAnEmptySectionAndARowTwiceCountsOnce() {
        assertAll(
                () -> assertEquals(0, DigestSelection.select(7, "Mine", "x", matches(1, 2), Set.of(1L, 2L), 10)
                        .total()),
                () -> assertEquals(0, DigestSelection.select(7, "Mine", "x", List.of(), Set.of(), 10).total()),
                () -> assertEquals(1, DigestSelection.select(7, "Mine", "x", matches(4, 4), Set.of(), 10).total()));
    }
}
