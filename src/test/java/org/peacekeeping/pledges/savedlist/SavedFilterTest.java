package org.peacekeeping.pledges.savedlist;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peacekeeping.pledges.platform.InvalidInputException;
import org.peacekeeping.pledges.platform.Problem.FieldError;
import org.peacekeeping.pledges.pledge.PledgeStatus;
import org.peacekeeping.pledges.reference.Category;

/** What a saved list may keep of a list's filters: what the page reads, in its canonical form, and nothing else. */
class SavedFilterTest {

    @Test
    void theFiltersAreKeptAsThePagesCanonicalQueryString() {
        SavedFilter filter = SavedFilter.of(ListPage.ALL_PLEDGES, Map.of("q", " hospital & co ", "status",
                "approved,submitted", "category", "medical", "event", "berlin-2025", "memberState", "pak"));
        assertAll(
                () -> assertEquals("event=BERLIN-2025&category=MEDICAL&status=SUBMITTED%2CAPPROVED&memberState=PAK"
                        + "&q=hospital+%26+co", filter.query()),
                () -> assertEquals("analysis/pledges.xhtml?" + filter.query(), filter.address()),
                () -> assertEquals(Set.of(PledgeStatus.SUBMITTED, PledgeStatus.APPROVED),
                        filter.pledgeFilter().statuses()),
                () -> assertEquals(Category.MEDICAL, filter.pledgeFilter().category()),
                () -> assertEquals(filter, SavedFilter.ofQuery(ListPage.ALL_PLEDGES, filter.query()), "read back"));
    }

    @Test
    void noFilterIsTheWholeListAndTheQueueWithoutAStatusShowsBothOfItsStatuses() {
        SavedFilter queue = SavedFilter.of(ListPage.REVIEW_QUEUE, Map.of("status", " "));
        assertAll(
                () -> assertEquals("", queue.query()),
                () -> assertEquals("review/index.xhtml", queue.address()),
                () -> assertEquals(Set.of(PledgeStatus.SUBMITTED, PledgeStatus.UNDER_REVIEW),
                        queue.pledgeFilter().statuses()));
    }

    @ParameterizedTest(name = "{0}: {1}={2}")
    @CsvSource({
        "MY_PLEDGES, memberState, JPN, filter.memberState",
        "REVIEW_QUEUE, q, hospital, filter.q",
        "ALL_PLEDGES, sort, title, filter.sort",
        "ALL_PLEDGES, status, DRAFT, filter.status",
        "ALL_PLEDGES, status, 'APPROVED,NONSENSE', filter.status",
        "REVIEW_QUEUE, status, APPROVED, filter.status",
        "MY_PLEDGES, status, 'DRAFT,SUBMITTED', filter.status",
        "ALL_PLEDGES, category, WEAPONS, filter.category",
        "ALL_PLEDGES, event, '<script>', filter.event",
        "ALL_PLEDGES, memberState, PAKI, filter.memberState",
        "ALL_PLEDGES, memberState, '1=1', filter.memberState",
    })
    void aFilterThePageCannotUseIsRefusedWithTheParameterNamed(ListPage page, String name, String value,
                                                               String field) {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> SavedFilter.of(page, Map.of(name, value)));
        assertEquals(List.of(field), refused.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void aLongOrMultiLineSearchIsRefused() {
        assertAll(
                () -> assertThrows(InvalidInputException.class,
                        () -> SavedFilter.of(ListPage.ALL_PLEDGES, Map.of("q", "x".repeat(201)))),
                () -> assertThrows(InvalidInputException.class,
                        () -> SavedFilter.of(ListPage.ALL_PLEDGES, Map.of("q", "a\nb"))),
                () -> assertEquals("q=" + "x".repeat(200),
                        SavedFilter.of(ListPage.ALL_PLEDGES, Map.of("q", "x".repeat(200))).query()));
    }

    @Test
    void aTamperedStoredQueryIsRefusedToo() {
        assertAll(
                () -> assertThrows(InvalidInputException.class,
                        () -> SavedFilter.ofQuery(ListPage.MY_PLEDGES, "status=DRAFT&status=SUBMITTED")),
                () -> assertThrows(InvalidInputException.class,
                        () -> SavedFilter.ofQuery(ListPage.MY_PLEDGES, "q=%zz")),
                () -> assertTrue(SavedFilter.ofQuery(ListPage.MY_PLEDGES, "status=DRAFT").pledgeFilter().statuses()
                        .contains(PledgeStatus.DRAFT), "a focal point's list keeps its drafts"));
    }
}
