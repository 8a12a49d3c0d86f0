package org.peacekeeping.pledges.pledge.rest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peacekeeping.pledges.platform.InvalidInputException;
import org.peacekeeping.pledges.pledge.PledgeFilter;
import org.peacekeeping.pledges.pledge.PledgeSort;
import org.peacekeeping.pledges.pledge.PledgeStatus;
import org.peacekeeping.pledges.pledge.ReadinessLevel;
import org.peacekeeping.pledges.reference.Category;
import org.peacekeeping.pledges.reference.RegionalGroup;

/** The list's query parameters, as the list and its downloads read them. */
class PledgeListParametersTest {

    private static PledgeListParameters status(String status) {
        return new PledgeListParameters(status, null, null, null, null, null);
    }

    private static PledgeListParameters sort(String sort) {
        return new PledgeListParameters(null, null, null, null, null, sort);
    }

    @Test
    void everyFilterIsReadWhateverItsCase() {
        PledgeFilter filter = new PledgeListParameters("submitted, Under_Review", " pak ", "medical",
                " BERLIN-2025 ", "hospital", null).filter();
        assertAll(
                () -> assertEquals(Set.of(PledgeStatus.SUBMITTED, PledgeStatus.UNDER_REVIEW), filter.statuses()),
                () -> assertEquals("PAK", filter.memberState()),
                () -> assertEquals(Category.MEDICAL, filter.category()),
                () -> assertEquals("BERLIN-2025", filter.event()),
                () -> assertEquals("hospital", filter.text()));
    }

    @Test
    void absentParametersFilterNothing() {
        PledgeFilter filter = new PledgeListParameters().filter();
        assertAll(
                () -> assertEquals(Set.of(), filter.statuses()),
                () -> assertNull(filter.memberState()),
                () -> assertNull(filter.category()),
                () -> assertNull(filter.event()));
    }

    @Test
    void anUnknownStatusIsRefusedWithTheParameterNamed() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> status("SUBMITTED,PENDING").filter());
        assertEquals("status", refused.errors().get(0).field());
    }

    @Test
    void anUnknownCategoryIsRefusedWithTheParameterNamed() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> new PledgeListParameters(null, null, "cavalry", null, null, null).filter());
        assertEquals("category", refused.errors().get(0).field());
    }

    @Test
    void aLowestReadinessLevelAndARegionalGroupAreReadWhateverTheirCase() {
        PledgeFilter filter = new PledgeListParameters(null, null, null, null, null, " level_2 ",
                "african", null).filter();
        assertAll(
                () -> assertEquals(ReadinessLevel.LEVEL_2, filter.readinessAtLeast()),
                () -> assertEquals(PledgeFilter.Group.of(RegionalGroup.AFRICAN), filter.regionalGroup()));
        assertEquals(PledgeFilter.Group.NO_GROUP, new PledgeListParameters(null, null, null, null, null, null,
                "None", null).filter().regionalGroup(), "NONE: the states in no group");
        PledgeFilter absent = new PledgeListParameters(null, null, null, null, null, " ", "", null).filter();
        assertAll(() -> assertNull(absent.readinessAtLeast()), () -> assertNull(absent.regionalGroup()));
    }

    @Test
    void anUnknownReadinessLevelIsRefusedWithTheParameterNamedAndTheLevelsThatExist() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> new PledgeListParameters(null, null, null, null, null, "LEVEL_9", null, null).filter());
        assertAll(
                () -> assertEquals("readinessAtLeast", refused.errors().get(0).field()),
                () -> assertEquals("must be one of [NONE, LEVEL_1, LEVEL_2, LEVEL_3, RAPID_DEPLOYMENT]",
                        refused.errors().get(0).message()));
    }

    @Test
    void anUnknownRegionalGroupIsRefusedWithTheParameterNamedAndTheGroupsThatExist() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> new PledgeListParameters(null, null, null, null, null, null, "NORDIC", null).filter());
        assertAll(
                () -> assertEquals("regionalGroup", refused.errors().get(0).field()),
                () -> assertEquals("must be one of [AFRICAN, ASIA_PACIFIC, EASTERN_EUROPEAN, "
                        + "LATIN_AMERICAN_AND_CARIBBEAN, WESTERN_EUROPEAN_AND_OTHERS, NONE]",
                        refused.errors().get(0).message()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-personnel", "personnel,desc", "PERSONNEL,DESC"})
    void aSortCanBeDescending(String sort) {
        assertEquals(new PledgeSort.Order(PledgeSort.PERSONNEL, true), sort(sort).order());
    }

    @ParameterizedTest
    @ValueSource(strings = {"personnel", "personnel,asc", " personnel "})
    void aSortIsAscendingUnlessSaidOtherwise(String sort) {
        assertEquals(new PledgeSort.Order(PledgeSort.PERSONNEL, false), sort(sort).order());
    }

    @Test
    void withoutASortTheListsDefaultOrderApplies() {
        assertEquals(PledgeSort.Order.DEFAULT, sort("  ").order());
    }

    @Test
    void anUnknownSortFieldIsRefusedWithTheFieldsThatExist() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> sort("-colour").order());
        assertAll(
                () -> assertEquals("sort", refused.errors().get(0).field()),
                () -> assertEquals("Sort by one of " + PledgeSort.fields(), refused.errors().get(0).message()));
    }
}
