package org.peacekeeping.pledges.pledge.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.peacekeeping.pledges.pledge.Page;
import org.peacekeeping.pledges.pledge.PledgeFilter;
import org.peacekeeping.pledges.pledge.PledgeService;
import org.peacekeeping.pledges.pledge.PledgeSort;
import org.peacekeeping.pledges.pledge.PledgeView;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The one PrimeFaces lazy table over pledges (the focal points' list, the reviewers' queue, the analysts' list): a
 * page at a time from {@link PledgeService#list}, so the database filters, counts, sorts and pages, whatever the
 * number of pledges. The page's filters come from its own fields ({@link Filters}, read at every request), with the
 * table's column filters laid over them ({@link PledgeTableQuery}).
 *
 * <p>The table asks for the count and then for the page; one service call answers both. The count fetches the
 * first page in the last order used (each list call counts too), and the load that follows takes its rows from that
 * page when it asks for the first page in the same order (the count fetches a full default page, as the table has
 * not told its page size yet); paging with an unchanged filter reuses the last known total for the count.
 */
public class PledgeTableModel extends LazyDataModel<PledgeView> {

    private static final long serialVersionUID = 1L;

    /** Where the pages come from: the pledge service, for the signed-in user. */
    @FunctionalInterface
    public interface Source extends Serializable {
        Page<PledgeView> fetch(PledgeFilter filter, PledgeSort.Order order, int page, int size);
    }

    /** The page's filters (address and toolbar), read at every request. */
    @FunctionalInterface
    public interface Filters extends Supplier<PledgeFilter>, Serializable {
    }

    private record Request(PledgeFilter filter, PledgeSort.Order order, int page, int size) {
    }

    private final Filters filters;
    private final Source source;
    private final PledgeSort.Order defaultOrder;
    private final int defaultPageSize;

    private transient PledgeSort.Order lastOrder;
    private transient PledgeFilter countedFilter;
    private transient long countedTotal;
    private transient Request prefetched;
    private transient Page<PledgeView> prefetchedPage;

    /**
     * @param defaultOrder    the order before the user sorts a column
     * @param defaultPageSize the page fetched while counting, before the table has told its own size
     */
    public PledgeTableModel(Filters filters, Source source, PledgeSort.Order defaultOrder, int defaultPageSize) {
        this.filters = Objects.requireNonNull(filters, "filters");
        this.source = Objects.requireNonNull(source, "source");
        this.defaultOrder = Objects.requireNonNull(defaultOrder, "defaultOrder");
        this.defaultPageSize = defaultPageSize;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        PledgeFilter filter = PledgeTableQuery.filter(filters.get(), filterBy);
        if (filter.equals(countedFilter)) {
            return clamp(countedTotal);
        }
        // A new filter starts on the first page: fetch it now, and the load that follows takes it.
        Request first = new Request(filter, lastOrder == null ? defaultOrder : lastOrder, 0, pageSize(0));
        prefetchedPage = fetch(first);
        prefetched = first;
        return clamp(prefetchedPage.total());
    }

    @Override
    public List<PledgeView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                 Map<String, FilterMeta> filterBy) {
        int size = pageSize(pageSize);
        Request request = new Request(PledgeTableQuery.filter(filters.get(), filterBy),
                PledgeTableQuery.order(sortBy, defaultOrder), Math.max(first, 0) / size, size);
        Page<PledgeView> page = covered(request) ? firstRows(prefetchedPage, size) : fetch(request);
        prefetched = null;
        prefetchedPage = null;
        lastOrder = request.order();
        setRowCount(clamp(page.total()));
        return page.items();
    }

    @Override
    public String getRowKey(PledgeView pledge) {
        return String.valueOf(pledge.id());
    }

    @Override
    public PledgeView getRowData(String rowKey) {
        List<PledgeView> rows = getWrappedData();
        return rows == null ? null
                : rows.stream().filter(p -> String.valueOf(p.id()).equals(rowKey)).findFirst().orElse(null);
    }

    /**
     * Whether the page fetched while counting holds the one asked for: the same filter and order, the first page,
     * and at least as many rows (the table often asks for a smaller first page than the default fetched).
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
        Page<PledgeView> page = source.fetch(request.filter(), request.order(), request.page(), request.size());
        countedFilter = request.filter();
        countedTotal = page.total();
        return page;
    }

    private int pageSize(int asked) {
        int size = asked > 0 ? asked : getPageSize() > 0 ? getPageSize() : defaultPageSize;
        return Math.max(1, Math.min(size, Page.MAX_SIZE));
    }

    private static int clamp(long total) {
        return (int) Math.min(total, Integer.MAX_VALUE);
    }
}
