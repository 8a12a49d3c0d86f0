package org.peacekeeping.pledges.analysis.web;

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
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The lazy table model asks the service for one page at a time and no more often than needed. */
class PledgeLazyModelTest {

    private record Call(PledgeFilter filter, PledgeSort.Order order, int page, int size) {
    }

    /** A pledge service holding {@code total} pledges, recording what it is asked. */
    private static final class FakeService implements PledgeLazyModel.Source {

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
                    .mapToObj(PledgeLazyModelTest::pledge).toList();
            return new Page<>(total, page, size, items);
        }
    }

    private static PledgeView pledge(long id) {
        return new PledgeView(id, "PAK-2025-" + id, "PAK", "BERLIN-2025", Category.MEDICAL, "LEVEL_2_HOSPITAL",
                "Hospital " + id, null, 1, 57, 10, ReadinessLevel.LEVEL_1, null, null, null, null, null, List.of(),
                List.of(), PledgeStatus.APPROVED, 1, null, "fp", null, "fp", null, null, null, true);
    }

    private final PledgeFilter[] pageFilter = {PledgeFilter.ALL};
    private final FakeService service = new FakeService(100_000);
    private final PledgeLazyModel model = new PledgeLazyModel(() -> pageFilter[0], service, 25);

    @Test
    void aNewListCostsOneCallForTheCountAndTheFirstPage() {
        assertEquals(100_000, model.count(Map.of()));
        List<PledgeView> rows = model.load(0, 25, Map.of(), Map.of());
        assertEquals(1, service.calls.size(), service.calls.toString());
        assertEquals(25, rows.size());
        assertEquals(0L, rows.get(0).id());
        assertEquals(100_000, model.getRowCount());
    }

    @Test
    void turningThePageCostsOneCallAndAsksForThatPage() {
        model.count(Map.of());
        model.load(0, 25, Map.of(), Map.of());
        assertEquals(100_000, model.count(Map.of()));
        List<PledgeView> rows = model.load(50, 25, Map.of(), Map.of());
        assertEquals(2, service.calls.size());
        assertEquals(new Call(PledgeFilter.ALL, PledgeSort.Order.DEFAULT, 2, 25), service.calls.get(1));
        assertEquals(50L, rows.get(0).id());
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
    void theToolbarsFiltersAreReadAtEveryRequest() {
        model.count(Map.of());
        model.load(0, 25, Map.of(), Map.of());
        pageFilter[0] = new PledgeFilter(Set.of(PledgeStatus.LAPSED), null, null, null, null);
        model.count(Map.of());
        model.load(0, 25, Map.of(), Map.of());
        assertEquals(2, service.calls.size());
        assertEquals(pageFilter[0], service.calls.get(1).filter());
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
