package org.peacekeeping.pledges.pledge.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peacekeeping.pledges.pledge.PledgeFilter;
import org.peacekeeping.pledges.pledge.PledgeSort;
import org.peacekeeping.pledges.pledge.PledgeStatus;
import org.peacekeeping.pledges.pledge.ReadinessLevel;
import org.peacekeeping.pledges.pledge.web.PledgeTableQuery;
import org.peacekeeping.pledges.reference.Category;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.MatchMode;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** What the data table asks for, in the pledge service's terms. */
class PledgeTableQueryTest {

    private static final PledgeFilter BASE = new PledgeFilter(Set.of(PledgeStatus.APPROVED), "PAK", Category.MEDICAL,
            "BERLIN-2025", "hospital");

    private static Map<String, SortMeta> sorts(SortMeta... metas) {
        Map<String, SortMeta> map = new LinkedHashMap<>();
        for (SortMeta meta : metas) {
            map.put(meta.getField(), meta);
        }
        return map;
    }

    private static SortMeta sort(String field, SortOrder order, int priority) {
        return SortMeta.builder().field(field).order(order).priority(priority).build();
    }

    private static Map<String, FilterMeta> filters(FilterMeta... metas) {
        Map<String, FilterMeta> map = new LinkedHashMap<>();
        for (FilterMeta meta : metas) {
            map.put(meta.getField(), meta);
        }
        return map;
    }

    private static FilterMeta filter(String field, Object value) {
        return FilterMeta.builder().field(field).filterValue(value).matchMode(MatchMode.EXACT).build();
    }

    @Test
    void anUnsortedTableShowsTheNewestChangeFirst() {
        assertEquals(PledgeSort.Order.DEFAULT, PledgeTableQuery.order(Map.of(), PledgeSort.Order.DEFAULT));
        assertEquals(PledgeSort.Order.DEFAULT, PledgeTableQuery.order(null, PledgeSort.Order.DEFAULT));
        assertEquals(PledgeSort.Order.DEFAULT,
                PledgeTableQuery.order(sorts(sort("personnel", SortOrder.UNSORTED, 0)), PledgeSort.Order.DEFAULT));
    }

    @Test
    void aColumnsFieldNamesTheServicesSortAndItsDirection() {
        assertEquals(new PledgeSort.Order(PledgeSort.PERSONNEL, true),
                PledgeTableQuery.order(sorts(sort("personnel", SortOrder.DESCENDING, 0)), PledgeSort.Order.DEFAULT));
        assertEquals(new PledgeSort.Order(PledgeSort.MEMBER_STATE, false),
                PledgeTableQuery.order(sorts(sort("memberState", SortOrder.ASCENDING, 0)), PledgeSort.Order.DEFAULT));
        assertEquals(new PledgeSort.Order(PledgeSort.READINESS_LEVEL, false),
                PledgeTableQuery.order(sorts(sort("readinessLevel", SortOrder.ASCENDING, 0)), PledgeSort.Order.DEFAULT));
    }

    @Test
    void theSortWithTheHighestPriorityWins() {
        assertEquals(new PledgeSort.Order(PledgeSort.TITLE, false), PledgeTableQuery.order(sorts(
                sort("updatedAt", SortOrder.DESCENDING, 2), sort("title", SortOrder.ASCENDING, 1)), PledgeSort.Order.DEFAULT));
    }

    @Test
    void aColumnTheServiceCannotSortOnFallsBackToTheDefaultOrder() {
        assertEquals(PledgeSort.Order.DEFAULT,
                PledgeTableQuery.order(sorts(sort("description", SortOrder.ASCENDING, 0)), PledgeSort.Order.DEFAULT));
    }

    @Test
    void withoutTableFiltersThePagesFiltersApply() {
        assertEquals(BASE, PledgeTableQuery.filter(BASE, Map.of()));
        assertEquals(BASE, PledgeTableQuery.filter(BASE, null));
        assertEquals(PledgeFilter.ALL, PledgeTableQuery.filter(null, Map.of()));
    }

    @Test
    void aColumnFilterOverridesThePagesFilterOnTheSameField() {
        PledgeFilter filter = PledgeTableQuery.filter(BASE, filters(filter("category", "AVIATION"),
                filter("status", List.of("SUBMITTED", "UNDER_REVIEW")), filter("memberState", "jpn"),
                filter("event", "ACCRA-2023")));
        assertEquals(new PledgeFilter(Set.of(PledgeStatus.SUBMITTED, PledgeStatus.UNDER_REVIEW), "JPN",
                Category.AVIATION, "ACCRA-2023", "hospital"), filter);
    }

    @Test
    void thePagesReadinessAndRegionalGroupSurviveTheTablesOwnFilters() {
        PledgeFilter base = new PledgeFilter(Set.of(PledgeStatus.APPROVED), null, null, "BERLIN-2025", null,
                ReadinessLevel.LEVEL_2, PledgeFilter.Group.NO_GROUP);
        PledgeFilter filter = PledgeTableQuery.filter(base, filters(filter("category", "AVIATION")));
        assertEquals(ReadinessLevel.LEVEL_2, filter.readinessAtLeast());
        assertEquals(PledgeFilter.Group.NO_GROUP, filter.regionalGroup());
        assertEquals(Category.AVIATION, filter.category());
    }

    @Test
    void theGlobalFilterSearchesTheText() {
        assertEquals("eod", PledgeTableQuery.filter(BASE, filters(filter(FilterMeta.GLOBAL_FILTER_KEY, " eod ")))
                .text());
        assertEquals("PAK-2025", PledgeTableQuery.filter(BASE, filters(filter("reference", "PAK-2025"))).text());
    }

    @Test
    void enumValuesAndArraysAreUnderstoodToo() {
        assertEquals(Set.of(PledgeStatus.LAPSED, PledgeStatus.WITHDRAWN), PledgeTableQuery.filter(null,
                filters(filter("status", new Object[] {PledgeStatus.LAPSED, "withdrawn"}))).statuses());
        assertEquals(Category.C_IED,
                PledgeTableQuery.filter(null, filters(filter("category", Category.C_IED))).category());
    }

    @Test
    void emptyAndUnknownFiltersChangeNothing() {
        assertEquals(BASE, PledgeTableQuery.filter(BASE, filters(filter("category", ""), filter("units", "3"))));
    }
}
