package org.peacekeeping.pledges.analysis.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.peacekeeping.pledges.pledge.Page;
import org.peacekeeping.pledges.pledge.PledgeFilter;
import org.peacekeeping.pledges.pledge.PledgeSort;
import org.peacekeeping.pledges.pledge.PledgeView;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Pledges for a lazy PrimeFaces data table, a page at a time from the pledge service: the database filters,
 * counts, sorts and pages, whatever the number of pledges. The table asks for the count and then for the page; the
 * service answers both at once, so a new filter costs one call (the count fetches the first page, which the load
 * then takes) and paging costs one call (the count of an unchanged filter is the last one known).
 */
public class PledgeLazyModel extends LazyDataModel<PledgeView> {

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
    private final int defaultPageSize;

    private transient PledgeSort.Order lastOrder;
    private transient PledgeFilter countedFilter;
    private transient long countedTotal;
    private transient Request prefetched;
    private transient Page<PledgeView> prefetchedPage;

    public PledgeLazyModel(Filters filters, Source source, int defaultPageSize) {
        this.filters = Objects.requireNonNull(filters, "filters");
        this.source = Objects.requireNonNull(source, "source");
        this.defaultPageSize = defaultPageSize;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        PledgeFilter filter = PledgeTableQuery.filter(filters.get(), filterBy);
        if (filter.equals(countedFilter)) {
            return clamp(countedTotal);
        }
        // A new filter starts on the first page: fetch it now, and the load that follows takes it.
        Request first = new Request(filter, lastOrder == null ? PledgeSort.Order.DEFAULT : lastOrder, 0, pageSize(0));
        prefetchedPage = fetch(first);
        prefetched = first;
        return clamp(prefetchedPage.total());
    }

    @Override
    public List<PledgeView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                 Map<String, FilterMeta> filterBy) {
        int size = pageSize(pageSize);
        Request request = new Request(PledgeTableQuery.filter(filters.get(), filterBy), PledgeTableQuery.order(sortBy),
                Math.max(first, 0) / size, size);
        Page<PledgeView> page = request.equals(prefetched) ? prefetchedPage : fetch(request);
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

    private Page<PledgeView> fetch(Request request) {
        Page<PledgeView> page = source.fetch(request.filter(), request.order(), request.page(), request.size());
        countedFilter = request.filter();
        countedTotal = page.total();
        return page;
    }

    private int pageSize(int asked) {
        int size = asked > 0 ? asked : getPageSize() > 0 ? getPageSize() : defaultPageSize;
        return Math.min(size, Page.MAX_SIZE);
    }

    private static int clamp(long total) {
        return (int) Math.min(total, Integer.MAX_VALUE);
    }
}
