package org.peacekeeping.pledges.pledge.web;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.peacekeeping.pledges.platform.Actor;
import org.peacekeeping.pledges.pledge.Page;
import org.peacekeeping.pledges.pledge.PledgeFilter;
import org.peacekeeping.pledges.pledge.PledgeService;
import org.peacekeeping.pledges.pledge.PledgeSort;
import org.peacekeeping.pledges.pledge.PledgeView;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy table over {@link PledgeService#list}: the database filters, counts, sorts and pages, so the
 * table stays fast however many pledges there are. The filter comes from the page's own filter fields.
 *
 * <p>The table asks for the count and then for the page; one service call answers both. The count fetches the
 * first page in the last order used (each list call counts too), and the load that follows takes its rows from that
 * page when it asks for the first page in the same order (the count fetches a full default page, as the table has
 * not told its page size yet); paging with an unchanged filter reuses the last known total for the count. Before, every
 * render counted twice: once for {@code count()} and again inside the page's own list call.
 */
public class PledgeTableModel extends LazyDataModel<PledgeView> {

    private static final long serialVersionUID = 1L;

    private final transient PledgeService pledges;
    private final transient Supplier<Actor> actor;
    private final transient Supplier<PledgeFilter> filter;
    private final PledgeSort.Order defaultOrder;

    private record Request(PledgeFilter filter, PledgeSort.Order order, int page, int size) {
    }

    private transient PledgeSort.Order lastOrder;
    private transient PledgeFilter countedFilter;
    private transient long countedTotal;
    private transient Request prefetched;
    private transient Page<PledgeView> prefetchedPage;

    public PledgeTableModel(PledgeService pledges, Supplier<Actor> actor, Supplier<PledgeFilter> filter,
                            PledgeSort.Order defaultOrder) {
        this.pledges = pledges;
        this.actor = actor;
        this.filter = filter;
        this.defaultOrder = defaultOrder;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        PledgeFilter current = filter.get();
        if (current.equals(countedFilter)) {
            return clamp(countedTotal);
        }
        // A new filter starts on the first page: fetch it now, and the load that follows takes it.
        Request first = new Request(current, lastOrder == null ? defaultOrder : lastOrder, 0, pageSize(0));
        prefetchedPage = fetch(first);
        prefetched = first;
        return clamp(prefetchedPage.total());
    }

    @Override
    public List<PledgeView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = pageSize(pageSize);
        Request request = new Request(filter.get(), order(sortBy), Math.max(first, 0) / size, size);
        Page<PledgeView> page = covered(request) ? firstRows(prefetchedPage, size) : fetch(request);
        prefetched = null;
        prefetchedPage = null;
        lastOrder = request.order();
        setRowCount(clamp(page.total()));
        return page.items();
    }

    /**
     * Whether the page fetched while counting holds the one asked for: the same filter and order, the first page,
     * and at least as many rows (the count runs before the table has told its page size, so it fetches a full
     * default page, and the table then asks for its own, often smaller, first page).
     */
    private boolean covered(Request request) {
        return prefetched != null && request.page() == 0 && prefetched.page() == 0
                && request.filter().equals(prefetched.filter()) && request.order().equals(prefetched.order())
                && request.size() <= prefetched.size();
    }

    private static Page<PledgeView> firstRows(Page<PledgeView> page, int size) {
        return new Page<>(page.total(), 0, size, page.items().subList(0, Math.min(size, page.items().size())));
    }

    private Page<PledgeView> fetch(Request request) {
        Page<PledgeView> page = pledges.list(actor.get(), request.filter(), request.order(), request.page(),
                request.size());
        countedFilter = request.filter();
        countedTotal = page.total();
        return page;
    }

    private int pageSize(int asked) {
        int size = asked > 0 ? asked : getPageSize() > 0 ? getPageSize() : Page.DEFAULT_SIZE;
        return Math.max(1, Math.min(size, Page.MAX_SIZE));
    }

    private PledgeSort.Order order(Map<String, SortMeta> sortBy) {
        return sortBy.values().stream().filter(meta -> meta.getOrder() != SortOrder.UNSORTED).findFirst()
                .flatMap(meta -> PledgeSort.ofField(meta.getField())
                        .map(column -> new PledgeSort.Order(column, meta.getOrder() == SortOrder.DESCENDING)))
                .orElse(defaultOrder);
    }

    private static int clamp(long total) {
        return (int) Math.min(total, Integer.MAX_VALUE);
    }

    @Override
    public String getRowKey(PledgeView pledge) {
        return String.valueOf(pledge.id());
    }
}
