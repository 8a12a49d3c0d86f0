package org.peacekeeping.pledges.pledge.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.peacekeeping.pledges.pledge.Page;
import org.peacekeeping.pledges.pledge.PledgeFilter;
import org.peacekeeping.pledges.pledge.PledgeSort;
import org.peacekeeping.pledges.pledge.PledgeStatus;
import org.peacekeeping.pledges.pledge.PledgeView;
import org.peacekeeping.pledges.pledge.ReadinessLevel;
import org.peacekeeping.pledges.reference.Category;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * Every pledge list's lazy table asks the pledge service once per page: every list call counts, so the count the
 * table asks for first comes with the page that follows.
 */
class PledgeTableModelTest {

    private record Call(PledgeFilter filter, PledgeSort.Order order, int page, int size) {
    }

    /** A pledge service holding {@code total} pledges, recording what it is asked. */
    private static final class FakeService implements PledgeTableModel.Source {

        private static final long serialVersionUID = 1L;
        final List<Call> calls = new ArrayList<>();
        final long total;

        FakeService(long total) {
            this.total = total;
        }

        @Override
        public Page<PledgeView> fetch(PledgeFilter filter, PledgeSort.Order order, int page, int size) {
            calls.add(new Call(filter, order, page, size));
            List<PledgeView> items = LongStream.range((long) page * size, Math.min(total, (long) (page + 1) * size))
                    .mapToObj(PledgeTableModelTest::pledge).toList();
            return new Page<>(total, page, size, items);
        }
    }

    private static PledgeView pledge(long id) {
        return new PledgeView(id, "PAK-2025-" + id, "PAK", "BERLIN-2025", Category.MEDICAL, "LEVEL_2_HOSPITAL",
                "Hospital " + id, null, 1, 57, 10, ReadinessLevel.LEVEL_1, null, null, null, null, null, List.of(),
                List.of(), PledgeStatus.APPROVED, 1, null, "fp", null, "fp", null, null, null, true);
    }

    private static final PledgeSort.Order NEWEST_FIRST = PledgeSort.Order.DEFAULT;

    private final PledgeFilter[] pageFilter = {PledgeFilter.ALL};
    private final FakeService service = new FakeService(100_000);
    private final PledgeTableModel model = new PledgeTableModel(() -> pageFilter[0], service, NEWEST_FIRST,
            Page.DEFAULT_SIZE);

    @Test
    void theFirstPageAndItsCountCostOneServiceCall() {
        assertEquals(100_000, model.count(Map.of()));
        List<PledgeView> rows = model.load(0, 50, Map.of(), Map.of());
        assertEquals(List.of(new Call(PledgeFilter.ALL, NEWEST_FIRST, 0, 50)), service.calls);
        assertEquals(50, rows.size());
        assertEquals(0L, rows.get(0).id());
        assertEquals(100_000, model.getRowCount());
    }

    @Test
    void aTableOfTwentyFiveRowsTakesThemFromThePageFetchedWhileCounting() {
        assertEquals(100_000, model.count(Map.of()));
        List<PledgeView> rows = model.load(0, 25, Map.of(), Map.of());
        assertEquals(1, service.calls.size(), service.calls.toString());
        assertEquals(25, rows.size());
        assertEquals(List.of(0L, 24L), List.of(rows.get(0).id(), rows.get(24).id()));
        assertEquals(100_000, model.getRowCount());
        rows = model.load(25, 25, Map.of(), Map.of());
        assertEquals(new Call(PledgeFilter.ALL, NEWEST_FIRST, 1, 25), service.calls.get(1), "page 2 is fetched");
        assertEquals(25L, rows.get(0).id());
    }

    @Test
    void turningThePageCostsOneCallForThatPage() {
        model.count(Map.of());
        model.load(0, 50, Map.of(), Map.of());
        assertEquals(100_000, model.count(Map.of()), "the filter did not change: its count is known");
        List<PledgeView> rows = model.load(100, 50, Map.of(), Map.of());
        assertEquals(2, service.calls.size(), service.calls.toString());
        assertEquals(new Call(PledgeFilter.ALL, NEWEST_FIRST, 2, 50), service.calls.get(1));
        assertEquals(100L, rows.get(0).id());
    }

    @Test
    void aSortChosenInTheTableGoesToTheServiceOnce() {
        model.count(Map.of());
        Map<String, SortMeta> byTitle = Map.of("title", SortMeta.builder().field("title").order(SortOrder.ASCENDING)
                .build());
        model.load(0, 50, byTitle, Map.of());
        PledgeSort.Order titleOrder = new PledgeSort.Order(PledgeSort.TITLE, false);
        assertEquals(new Call(PledgeFilter.ALL, titleOrder, 0, 50), service.calls.get(service.calls.size() - 1));
        // The next new filter prefetches in the order the table now shows, so its load reuses it.
        pageFilter[0] = new PledgeFilter(Set.of(PledgeStatus.RETURNED), null, null, null, null);
        int before = service.calls.size();
        model.count(Map.of());
        model.load(0, 50, byTitle, Map.of());
        assertEquals(before + 1, service.calls.size(), service.calls.toString());
        assertEquals(titleOrder, service.calls.get(before).order());
    }

    @Test
    void aNewFilterIsCountedAgain() {
        model.count(Map.of());
        model.load(0, 50, Map.of(), Map.of());
        PledgeFilter returned = new PledgeFilter(Set.of(PledgeStatus.RETURNED), null, null, null, null);
        pageFilter[0] = returned;
        model.count(Map.of());
        model.load(0, 50, Map.of(), Map.of());
        assertEquals(2, service.calls.size(), service.calls.toString());
        assertEquals(returned, service.calls.get(1).filter());
    }

    @Test
    void theTablesSortAndPageSizeGoToTheService() {
        model.count(Map.of());
        model.load(100, 50, Map.of("units", SortMeta.builder().field("units").order(SortOrder.ASCENDING).build()),
                Map.of());
        assertEquals(new Call(PledgeFilter.ALL, new PledgeSort.Order(PledgeSort.UNITS, false), 2, 50),
                service.calls.get(service.calls.size() - 1));
    }

    @Test
    void withoutASortTheListKeepsItsOwnDefaultOrder() {
        PledgeSort.Order oldestSubmittedFirst = new PledgeSort.Order(PledgeSort.SUBMITTED_AT, false);
        PledgeTableModel queue = new PledgeTableModel(() -> PledgeFilter.ALL, service, oldestSubmittedFirst, 50);
        queue.count(Map.of());
        queue.load(0, 50, Map.of(), Map.of());
        assertEquals(List.of(new Call(PledgeFilter.ALL, oldestSubmittedFirst, 0, 50)), service.calls);
    }

    @Test
    void aColumnFilterOfTheTableIsLaidOverThePagesFilters() {
        pageFilter[0] = new PledgeFilter(Set.of(PledgeStatus.APPROVED), null, null, null, null);
        Map<String, FilterMeta> byCategory = Map.of("category",
                FilterMeta.builder().field("category").filterValue("AVIATION").build());
        model.count(byCategory);
        model.load(0, 50, Map.of(), byCategory);
        assertEquals(1, service.calls.size(), service.calls.toString());
        assertEquals(new PledgeFilter(Set.of(PledgeStatus.APPROVED), null, Category.AVIATION, null, null),
                service.calls.get(0).filter());
    }

    @Test
    void noPageIsLargerThanTheServiceAllows() {
        model.load(0, 10_000, Map.of(), Map.of());
        assertEquals(Page.MAX_SIZE, service.calls.get(0).size());
    }

    @Test
    void rowsAreKeyedByTheirId() {
        List<PledgeView> rows = model.load(0, 25, Map.of(), Map.of());
        model.setWrappedData(rows);
        assertEquals("7", model.getRowKey(rows.get(7)));
        assertEquals(rows.get(7), model.getRowData("7"));
    }
}
